package fr.agora.council.ui;

import fr.agora.council.domain.OrganisationType;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An association's candidacy as the form collects it, with the rules a form can check as Bean Validation
 * constraints, so that the form's binder reports every missing or wrong field at once (issue 13). The service checks
 * again, with the rules only it knows (a duplicate).
 */
public class AssociationCandidacy {

    @NotBlank(message = "{candidacy.error.organisation}")
    @Size(max = 160, message = "{candidacy.error.organisation}")
    private String organisation = "";
    @NotNull(message = "{candidacy.error.organisation-type}")
    private OrganisationType organisationType;
    @NotNull(message = "{candidacy.error.territory}")
    private String territory;
    @NotBlank(message = "{candidacy.error.last-name}")
    @Size(max = 100, message = "{candidacy.error.last-name}")
    private String lastName = "";
    @NotBlank(message = "{candidacy.error.first-name}")
    @Size(max = 100, message = "{candidacy.error.first-name}")
    private String firstName = "";
    @Email(message = "{candidacy.error.email}")
    private String email = "";
    private String phone = "";
    @NotBlank(message = "{candidacy.error.titulaire}")
    @Size(max = 160, message = "{candidacy.error.titulaire}")
    private String titulaire = "";
    @Email(message = "{candidacy.error.email}")
    private String titulaireEmail = "";
    @NotBlank(message = "{candidacy.error.suppleant}")
    @Size(max = 160, message = "{candidacy.error.suppleant}")
    private String suppleant = "";
    @Email(message = "{candidacy.error.email}")
    private String suppleantEmail = "";
    @AssertTrue(message = "{candidacy.error.consent}")
    private boolean consent;

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public OrganisationType getOrganisationType() {
        return organisationType;
    }

    public void setOrganisationType(OrganisationType organisationType) {
        this.organisationType = organisationType;
    }

    public String getTerritory() {
        return territory;
    }

    public void setTerritory(String territory) {
        this.territory = territory;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getTitulaire() {
        return titulaire;
    }

    public void setTitulaire(String titulaire) {
        this.titulaire = titulaire;
    }

    public String getTitulaireEmail() {
        return titulaireEmail;
    }

    public void setTitulaireEmail(String titulaireEmail) {
        this.titulaireEmail = titulaireEmail;
    }

    public String getSuppleant() {
        return suppleant;
    }

    public void setSuppleant(String suppleant) {
        this.suppleant = suppleant;
    }

    public String getSuppleantEmail() {
        return suppleantEmail;
    }

    public void setSuppleantEmail(String suppleantEmail) {
        this.suppleantEmail = suppleantEmail;
    }

    public boolean isConsent() {
        return consent;
    }

    public void setConsent(boolean consent) {
        this.consent = consent;
    }
}
