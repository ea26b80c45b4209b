package fr.agora.budget.service;

import fr.agora.shared.domain.GeoPoint;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * The content of a proposal, as the form binds it. The constraints are those of a deposit (a draft may be
 * incomplete); the service checks them again, with the rules that need the edition (envelope, city bounds).
 */
public class ProposalForm {

    @NotBlank(message = "{budget.proposal.title-required}")
    @Size(max = 160, message = "{budget.proposal.title-too-long}")
    private String title = "";

    @NotBlank(message = "{budget.proposal.description-required}")
    @Size(max = 5000, message = "{budget.proposal.description-too-long}")
    private String description = "";

    @NotNull(message = "{budget.proposal.category-required}")
    private Long categoryId;

    @NotNull(message = "{budget.proposal.location-required}")
    private GeoPoint location;

    private Long territoryId;

    @NotNull(message = "{budget.proposal.cost-required}")
    @Positive(message = "{budget.proposal.cost-positive}")
    private Long estimatedEuros;

    @AssertTrue(message = "{budget.proposal.investment-required}")
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
