package fr.agora.meetings.ui;

import fr.agora.shared.domain.GeoPoint;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** The chantier form's bean. */
public class ChantierBean {

    @NotBlank
    @Size(max = 200)
    private String title = "";
    @NotBlank
    @Size(max = 255)
    private String location = "";
    /** Checked by the service (inside Amiens Métropole); no Bean Validation here, as a required mark on the map
     * field gives its group an ARIA attribute it does not allow. */
    private GeoPoint point;
    @NotBlank
    @Size(max = 500)
    private String services = "";
    @NotBlank
    @Size(max = 4000)
    private String information = "";
    @Size(max = 2000)
    private String documents = "";
    @NotNull
    private LocalDate worksStart;
    @NotNull
    private LocalDate opensOn;
    @NotNull
    private LocalDate closesOn;

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
    }

    public GeoPoint getPoint() {
        return point;
    }

    public void setPoint(GeoPoint point) {
        this.point = point;
    }

    public String getServices() {
        return services;
    }

    public void setServices(String services) {
        this.services = services;
    }

    public String getInformation() {
        return information;
    }

    public void setInformation(String information) {
        this.information = information;
    }

    public String getDocuments() {
        return documents;
    }

    public void setDocuments(String documents) {
        this.documents = documents;
    }

    public LocalDate getWorksStart() {
        return worksStart;
    }

    public void setWorksStart(LocalDate worksStart) {
        this.worksStart = worksStart;
    }

    public LocalDate getOpensOn() {
        return opensOn;
    }

    public void setOpensOn(LocalDate opensOn) {
        this.opensOn = opensOn;
    }

    public LocalDate getClosesOn() {
        return closesOn;
    }

    public void setClosesOn(LocalDate closesOn) {
        this.closesOn = closesOn;
    }
}
