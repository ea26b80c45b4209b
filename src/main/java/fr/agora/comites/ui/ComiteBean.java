package fr.agora.comites.ui;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;

/** The comité profile form's bean. */
public class ComiteBean {

    @Size(max = 160)
    private String associativeStatus = "";
    @Size(max = 160)
    private String president = "";
    @Email
    @Size(max = 254)
    private String contactEmail = "";
    @Size(max = 32)
    private String contactPhone = "";
    @Size(max = 255)
    private String premises = "";

    public String getAssociativeStatus() {
        return associativeStatus;
    }

    public void setAssociativeStatus(String associativeStatus) {
        this.associativeStatus = associativeStatus;
    }

    public String getPresident() {
        return president;
    }

    public void setPresident(String president) {
        this.president = president;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }

    public String getPremises() {
        return premises;
    }

    public void setPremises(String premises) {
        this.premises = premises;
    }
}
