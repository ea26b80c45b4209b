package fr.agora.budget.service;

import fr.agora.shared.domain.GeoPoint;

/**
 * The content of a proposal, as the form binds it (a bean for {@code Binder}). A draft may be incomplete; the form
 * checks a deposit's required fields and the service and the aggregate check everything again, with the rules that
 * need the edition (envelope, city bounds).
 */
public class ProposalForm {

    private String title = "";

    private String description = "";

    private Long categoryId;

    private GeoPoint location;

    private Long territoryId;

    private Long estimatedEuros;

    private boolean investment;

    public ProposalForm() {
    }

    public ProposalForm(String title, String description, Long categoryId, GeoPoint location, Long territoryId,
            Long estimatedEuros, boolean investment) {
        this.title = title;
        this.description = description;
        this.categoryId = categoryId;
        this.location = location;
        this.territoryId = territoryId;
        this.estimatedEuros = estimatedEuros;
        this.investment = investment;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Long getCategoryId() {
        return categoryId;
    }

    public void setCategoryId(Long categoryId) {
        this.categoryId = categoryId;
    }

    public GeoPoint getLocation() {
        return location;
    }

    public void setLocation(GeoPoint location) {
        this.location = location;
    }

    public Long getTerritoryId() {
        return territoryId;
    }

    public void setTerritoryId(Long territoryId) {
        this.territoryId = territoryId;
    }

    public Long getEstimatedEuros() {
        return estimatedEuros;
    }

    public void setEstimatedEuros(Long estimatedEuros) {
        this.estimatedEuros = estimatedEuros;
    }

    public boolean isInvestment() {
        return investment;
    }

    public void setInvestment(boolean investment) {
        this.investment = investment;
    }
}
