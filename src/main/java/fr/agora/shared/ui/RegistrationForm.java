package fr.agora.shared.ui;

import fr.agora.shared.service.TerritoryData;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What the registration form collects, with its rules as Bean Validation constraints: the form's
 * {@code BeanValidationBinder} checks every field at once. The service checks again (e-mail taken, password policy).
 */
public class RegistrationForm {

    @NotBlank(message = "{register.email-invalid}")
    @Size(max = 254, message = "{register.email-invalid}")
    private String email = "";
    @NotBlank(message = "{register.name-required}")
    @Size(max = 120, message = "{register.name-required}")
    private String displayName = "";
    @NotBlank(message = "{password.too-short}")
    private String password = "";
    private String confirm = "";
    private TerritoryData quartier;
    @AssertTrue(message = "{register.consent-required}")
    private boolean consent;

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getConfirm() {
        return confirm;
    }

    public void setConfirm(String confirm) {
        this.confirm = confirm;
    }

    public TerritoryData getQuartier() {
        return quartier;
    }

    public void setQuartier(TerritoryData quartier) {
        this.quartier = quartier;
    }

    public boolean isConsent() {
        return consent;
    }

    public void setConsent(boolean consent) {
        this.consent = consent;
    }
}
