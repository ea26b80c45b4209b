package fr.agora.budget.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.value.ValueChangeMode;
import fr.agora.budget.service.BudgetSettings;
import fr.agora.budget.service.CategoryData;
import fr.agora.budget.service.ProposalForm;
import fr.agora.budget.service.ProposalQueries;
import fr.agora.shared.service.TerritoryData;
import fr.agora.shared.ui.map.GeoPointField;
import fr.agora.shared.ui.map.MapSettings;
import java.util.List;
import java.util.Objects;

/**
 * The fields of a proposal, bound to a {@link ProposalForm} with {@link Binder}: title, description, category, the
 * point on the map (or typed coordinates, the keyboard path) inside the city, the territory when the map cannot
 * tell, the estimated cost and the investment declaration. {@link #validate()} shows every error at once.
 */
class ProposalFields extends Composite<VerticalLayout> {

    final TextField title = new TextField();
    final TextArea description = new TextArea();
    final RadioButtonGroup<Long> category = new RadioButtonGroup<>();
    final GeoPointField location;
    final ComboBox<Long> territory = new ComboBox<>();
    final IntegerField cost = new IntegerField();
    final Checkbox investment = new Checkbox();
    final Binder<ProposalForm> binder = new Binder<>(ProposalForm.class);
    private ProposalForm bean = new ProposalForm();

    ProposalFields(ProposalQueries queries, MapSettings mapSettings, BudgetSettings bounds) {
        List<CategoryData> categories = queries.categories();
        List<TerritoryData> territories = queries.territories();
        title.setLabel(getTranslation("budget.form.title"));
        title.setMaxLength(160);
        title.setWidthFull();
        title.setId("budget-title");
        title.setValueChangeMode(ValueChangeMode.LAZY);
        description.setLabel(getTranslation("budget.form.description"));
        description.setMaxLength(5000);
        description.setWidthFull();
        description.setId("budget-description");
        description.setValueChangeMode(ValueChangeMode.LAZY);
        category.setLabel(getTranslation("budget.form.category"));
        category.setItems(categories.stream().map(CategoryData::id).toList());
        category.setItemLabelGenerator(id -> categories.stream().filter(c -> c.id() == id).findFirst()
                .map(c -> c.label(getLocale())).orElse(""));
        category.setId("budget-category");
        location = new GeoPointField(getTranslation("budget.form.location"), mapSettings);
        location.setBounds(bounds.minLat(), bounds.minLon(), bounds.maxLat(), bounds.maxLon());
        location.setId("budget-location");
        location.setWidthFull();
        location.setHelperText(getTranslation("budget.form.location.help"));
        territory.setLabel(getTranslation("budget.form.territory"));
        territory.setItems(territories.stream().map(TerritoryData::id).toList());
        territory.setItemLabelGenerator(id -> territories.stream().filter(t -> Objects.equals(t.id(), id)).findFirst()
                .map(TerritoryData::name).orElse(""));
        territory.setHelperText(getTranslation("budget.form.territory.help"));
        territory.setClearButtonVisible(true);
        territory.setId("budget-territory");
        cost.setLabel(getTranslation("budget.form.cost"));
        cost.setSuffixComponent(new com.vaadin.flow.component.html.Span("€"));
        cost.setMin(1);
        cost.setId("budget-cost-field");
        cost.setValueChangeMode(ValueChangeMode.LAZY);
        investment.setLabel(getTranslation("budget.form.investment"));
        investment.setId("budget-investment");

        binder.forField(title).asRequired(getTranslation("budget.proposal.title-required"))
                .bind(ProposalForm::getTitle, ProposalForm::setTitle);
        binder.forField(description).asRequired(getTranslation("budget.proposal.description-required"))
                .bind(ProposalForm::getDescription, ProposalForm::setDescription);
        binder.forField(category).asRequired(getTranslation("budget.proposal.category-required"))
                .bind(ProposalForm::getCategoryId, ProposalForm::setCategoryId);
        // not asRequired: it would put aria-required on the field's group, which axe refuses
        binder.forField(location).withValidator(p -> p != null, getTranslation("budget.proposal.location-required"))
                .withValidator(p -> p == null || location.isInside(p), getTranslation("budget.proposal.location-outside"))
                .bind(ProposalForm::getLocation, ProposalForm::setLocation);
        binder.forField(territory).bind(ProposalForm::getTerritoryId, ProposalForm::setTerritoryId);
        binder.forField(cost).asRequired(getTranslation("budget.proposal.cost-required"))
                .withValidator(v -> v > 0, getTranslation("budget.proposal.cost-positive"))
                .bind(f -> f.getEstimatedEuros() == null ? null : f.getEstimatedEuros().intValue(),
                        (f, v) -> f.setEstimatedEuros(v == null ? null : v.longValue()));
        binder.forField(investment).withValidator(Boolean::booleanValue, getTranslation("budget.proposal.investment-required"))
                .bind(ProposalForm::isInvestment, ProposalForm::setInvestment);

        VerticalLayout layout = getContent();
        layout.setPadding(false);
        layout.add(title, description, category, location, territory, cost, investment);
    }

    void read(ProposalForm form) {
        bean = form;
        binder.readBean(form);
    }

    /** What the fields hold, complete or not (for a draft). */
    ProposalForm draft() {
        ProposalForm copy = new ProposalForm(bean.getTitle(), bean.getDescription(), bean.getCategoryId(),
                bean.getLocation(), bean.getTerritoryId(), bean.getEstimatedEuros(), bean.isInvestment());
        binder.writeBeanAsDraft(copy, true);
        return copy;
    }

    /** Validates every field at once, showing each error; the bean when all is right. */
    java.util.Optional<ProposalForm> validate() {
        ProposalForm copy = draft();
        return binder.validate().isOk() ? java.util.Optional.of(copy) : java.util.Optional.empty();
    }
}
