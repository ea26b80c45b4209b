package fr.agora.council.ui;

import fr.agora.council.pool.EuStatus;
import fr.agora.council.pool.Sex;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A resident's candidacy as the form collects it, with the rules a form can check as Bean Validation constraints,
 * so that the form's binder reports every missing or wrong field at once. The service checks again, with the rules
 * only it knows (the minimum age on the call's closing day, a duplicate).
 */
public class ResidentCandidacy {

    @NotBlank(message = "{candidacy.error.last-name}")
    @Size(max = 100, message = "{candidacy.error.last-name}")
    private String lastName = "";
    @NotBlank(message = "{candidacy.error.first-name}")
    @Size(max = 100, message = "{candidacy.error.first-name}")
    private String firstName = "";
    private String email = "";
    private String phone = "";
    @NotNull(message = "{candidacy.error.territory}")
    private String territory;
    @NotBlank(message = "{candidacy.error.address}")
    @Size(max = 255, message = "{candidacy.error.address}")
    private String address = "";
    @Pattern(regexp = "^$|^[0-9]{5}$", message = "{candidacy.error.postcode}")
    private String postcode = "";
    @NotNull(message = "{candidacy.error.birth-date}")
    @Past(message = "{candidacy.error.birth-date}")
    private LocalDate birthDate;
    @NotNull(message = "{candidacy.error.sex}")
    private Sex sex;
    private EuStatus eu = EuStatus.UNKNOWN;
    private boolean resides;
    @AssertTrue(message = "{candidacy.error.consent}")
    private boolean consent;

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

    public String getTerritory() {
        return territory;
    }

    public void setTerritory(String territory) {
        this.territory = territory;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getPostcode() {
        return postcode;
    }

    public void setPostcode(String postcode) {
        this.postcode = postcode;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
    }

    public Sex getSex() {
        return sex;
    }

    public void setSex(Sex sex) {
        this.sex = sex;
    }

    public EuStatus getEu() {
        return eu;
    }

    public void setEu(EuStatus eu) {
        this.eu = eu;
    }

    public boolean isResides() {
        return resides;
    }

    public void setResides(boolean resides) {
        this.resides = resides;
    }

    public boolean isConsent() {
        return consent;
    }

    public void setConsent(boolean consent) {
        this.consent = consent;
    }
}
