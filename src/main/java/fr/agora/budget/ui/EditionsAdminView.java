package fr.agora.budget.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import fr.agora.budget.domain.EnvelopeKind;
import fr.agora.budget.domain.Phase;
import fr.agora.budget.service.EditionData;
import fr.agora.budget.service.EditionForm;
import fr.agora.budget.service.CategoryService;
import fr.agora.budget.service.EditionService;
import fr.agora.budget.service.ReviewService;
import fr.agora.budget.service.ServiceData;
import fr.agora.shared.domain.BusinessException;
import fr.agora.shared.domain.Role;
import fr.agora.shared.domain.TerritoryKind;
import fr.agora.shared.service.TerritoryData;
import fr.agora.shared.service.TerritoryService;
import fr.agora.shared.ui.AgoraView;
import fr.agora.shared.ui.MainLayout;
import fr.agora.shared.ui.Notifications;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Staff set up the budget participatif: an edition's total, its Classes citoyennes envelope and the six phases with
 * their dates and what residents may do in each; the commission's members; the services' reviewers; class accounts.
 */
@Route(value = "budget/gestion", layout = MainLayout.class)
@RolesAllowed({Role.Names.STAFF, Role.Names.ADMIN})
public class EditionsAdminView extends AgoraView {

    private final transient EditionService editions;
    private final transient ReviewService reviews;
    private final transient CategoryService categoryAdmin;
    private final transient List<TerritoryData> territories;
    final Div envelopeRows = new Div();
    final List<EnvelopeRow> envelopeEditors = new ArrayList<>();
    final Div categoryRows = new Div();
    final ComboBox<EditionData> editing = new ComboBox<>();
    final IntegerField year = new IntegerField();
    final TextField title = new TextField();
    final IntegerField total = new IntegerField();
    final IntegerField classes = new IntegerField();
    final IntegerField reviewDays = new IntegerField();
    final Map<Phase, DatePicker> starts = new EnumMap<>(Phase.class);
    final Map<Phase, DatePicker> ends = new EnumMap<>(Phase.class);
    final Map<Phase, Checkbox> proposalsOpen = new EnumMap<>(Phase.class);
    final Map<Phase, Checkbox> flagsOpen = new EnumMap<>(Phase.class);
    final Button save = new Button();
    final UnorderedList members = new UnorderedList();

    public EditionsAdminView(EditionService editions, ReviewService reviews, CategoryService categoryAdmin,
            TerritoryService territoryService) {
        this.editions = editions;
        this.reviews = reviews;
        this.categoryAdmin = categoryAdmin;
        this.territories = java.util.stream.Stream.concat(territoryService.current(TerritoryKind.SECTEUR).stream(),
                territoryService.current(TerritoryKind.QPV).stream()).toList();
        addClassName("agora-budget");
        editing.setLabel(getTranslation("budget.admin.edition"));
        editing.setItems(editions.all());
        editing.setItemLabelGenerator(EditionData::title);
        editing.setClearButtonVisible(true);
        editing.setHelperText(getTranslation("budget.admin.edition.help"));
        editing.setId("budget-admin-edition");
        editing.addValueChangeListener(e -> read(e.getValue()));
        year.setLabel(getTranslation("budget.admin.year"));
        year.setId("budget-admin-year");
        title.setLabel(getTranslation("budget.admin.title-field"));
        title.setWidthFull();
        title.setId("budget-admin-title");
        total.setLabel(getTranslation("budget.admin.total"));
        total.setId("budget-admin-total");
        classes.setLabel(getTranslation("budget.admin.classes"));
        classes.setId("budget-admin-classes");
        reviewDays.setLabel(getTranslation("budget.admin.review-days"));
        reviewDays.setValue(21);
        Div phases = new Div();
        for (Phase p : Phase.values()) {
            DatePicker s = new DatePicker(getTranslation("budget.admin.starts"));
            DatePicker e = new DatePicker(getTranslation("budget.admin.ends"));
            Checkbox open = new Checkbox(getTranslation("budget.admin.proposals-open"), p == Phase.DEPOT);
            Checkbox flags = new Checkbox(getTranslation("budget.admin.flags-open"), true);
            s.setId("budget-admin-start-" + p.name());
            e.setId("budget-admin-end-" + p.name());
            starts.put(p, s);
            ends.put(p, e);
            proposalsOpen.put(p, open);
            flagsOpen.put(p, flags);
            FlexLayout row = new FlexLayout(s, e, open, flags);
            row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
            row.setAlignItems(Alignment.BASELINE);
            row.getStyle().set("gap", "var(--lumo-space-m)");
            phases.add(new H3(getTranslation("budget.phase." + p.name())), row);
        }
        save.setText(getTranslation("budget.admin.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("budget-admin-save");
        save.addClickListener(e -> save());
        FlexLayout amounts = new FlexLayout(year, total, classes, reviewDays);
        amounts.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        amounts.getStyle().set("gap", "var(--lumo-space-m)");
        envelopeRows.setId("budget-admin-envelopes");
        Button addEnvelope = new Button(getTranslation("budget.admin.envelope.add"), e -> addEnvelopeRow(null));
        addEnvelope.setId("budget-admin-envelope-add");
        Div envelopes = new Div(new H3(getTranslation("budget.admin.envelopes")),
                new Paragraph(getTranslation("budget.admin.envelopes-intro")), envelopeRows, addEnvelope);
        add(editing, title, amounts, envelopes, phases, save);

        EmailField member = new EmailField(getTranslation("budget.admin.member"));
        member.setId("budget-admin-member");
        Button addMember = new Button(getTranslation("budget.admin.member.add"), e -> act(() -> {
            if (editing.getValue() == null) {
                throw new BusinessException("budget.edition.unknown");
            }
            editing.setValue(editions.addCommissionMember(editing.getValue().id(), member.getValue()));
        }));
        members.setId("budget-admin-members");
        add(new H2(getTranslation("budget.admin.commission")), members, member, addMember);

        ComboBox<ServiceData> service = new ComboBox<>(getTranslation("budget.review.service"));
        service.setItems(reviews.services());
        service.setItemLabelGenerator(s -> s.name() + " (" + String.join(", ", s.reviewers()) + ")");
        EmailField reviewer = new EmailField(getTranslation("budget.admin.reviewer"));
        Button addReviewer = new Button(getTranslation("budget.admin.reviewer.add"), e -> act(() -> {
            if (service.getValue() == null) {
                throw new BusinessException("budget.service.unknown");
            }
            reviews.addReviewer(service.getValue().id(), reviewer.getValue());
        }));
        add(new H2(getTranslation("budget.admin.reviewers")), service, reviewer, addReviewer);

        EmailField teacher = new EmailField(getTranslation("budget.admin.teacher"));
        TextField school = new TextField(getTranslation("budget.admin.school"));
        TextField label = new TextField(getTranslation("budget.admin.class-label"));
        label.setHelperText(getTranslation("budget.admin.class-label.help"));
        Button addClass = new Button(getTranslation("budget.admin.class.add"),
                e -> act(() -> editions.createClass(teacher.getValue(), school.getValue(), label.getValue())));
        add(new H2(getTranslation("budget.admin.classes-title")), new Paragraph(getTranslation("budget.admin.classes-intro")),
                teacher, school, label, addClass);

        categoryRows.setId("budget-admin-categories");
        TextField newFr = new TextField(getTranslation("budget.admin.category.fr"));
        TextField newEn = new TextField(getTranslation("budget.admin.category.en"));
        newFr.setId("budget-admin-category-fr");
        Button addCategory = new Button(getTranslation("budget.admin.category.add"), e -> act(() -> {
            categoryAdmin.create(newFr.getValue(), newEn.getValue());
            newFr.clear();
            newEn.clear();
            showCategories();
        }));
        addCategory.setId("budget-admin-category-add");
        FlexLayout newCategory = new FlexLayout(newFr, newEn, addCategory);
        newCategory.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        newCategory.setAlignItems(Alignment.BASELINE);
        newCategory.getStyle().set("gap", "var(--lumo-space-m)");
        add(new H2(getTranslation("budget.admin.categories")), new Paragraph(getTranslation("budget.admin.categories-intro")),
                categoryRows, newCategory);
        showCategories();
    }

    /** One earmarked envelope being edited: a secteur or QPV, or a theme (Classes citoyennes has its own field). */
    final class EnvelopeRow extends FlexLayout {
        final String code;
        final ComboBox<EnvelopeKind> kind = new ComboBox<>(getTranslation("budget.admin.envelope.kind"));
        final TextField name = new TextField(getTranslation("budget.admin.envelope.name"));
        final ComboBox<TerritoryData> territory = new ComboBox<>(getTranslation("budget.admin.envelope.territory"));
        final IntegerField amount = new IntegerField(getTranslation("budget.admin.envelope.amount"));

        EnvelopeRow(EditionData.EnvelopeData existing) {
            code = existing == null ? null : existing.code();
            kind.setItems(EnvelopeKind.TERRITORY, EnvelopeKind.THEMATIC);
            kind.setItemLabelGenerator(k -> getTranslation("budget.envelope.kind." + k.name()));
            territory.setItems(territories);
            territory.setItemLabelGenerator(t -> t.name() + " (" + getTranslation("territory.kind." + t.kind().name()) + ")");
            kind.addValueChangeListener(e -> territory.setVisible(e.getValue() == EnvelopeKind.TERRITORY));
            kind.setValue(existing == null ? EnvelopeKind.TERRITORY : existing.kind());
            if (existing != null) {
                name.setValue(existing.name());
                amount.setValue((int) existing.amountEuros());
                territories.stream().filter(t -> t.id().equals(existing.territoryId())).findFirst()
                        .ifPresent(territory::setValue);
            }
            territory.addValueChangeListener(e -> {
                if (e.getValue() != null && name.isEmpty()) {
                    name.setValue(e.getValue().name());
                }
            });
            Button remove = new Button(getTranslation("budget.admin.envelope.remove"), e -> {
                envelopeEditors.remove(this);
                envelopeRows.remove(this);
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            add(kind, territory, name, amount, remove);
            setFlexWrap(FlexWrap.WRAP);
            setAlignItems(Alignment.BASELINE);
            getStyle().set("gap", "var(--lumo-space-m)");
        }

        EditionForm.EnvelopeInput input() {
            EnvelopeKind k = kind.getValue();
            TerritoryData t = k == EnvelopeKind.TERRITORY ? territory.getValue() : null;
            String c = code != null ? code : k == EnvelopeKind.TERRITORY && t != null ? t.code()
                    : "THEME_" + CategoryService.code(name.getValue());
            return new EditionForm.EnvelopeInput(c.length() > 32 ? c.substring(0, 32) : c, name.getValue(), k,
                    t == null ? null : t.id(), amount.getValue() == null ? 0 : amount.getValue());
        }
    }

    private void addEnvelopeRow(EditionData.EnvelopeData existing) {
        EnvelopeRow row = new EnvelopeRow(existing);
        envelopeEditors.add(row);
        envelopeRows.add(row);
    }

    private void showCategories() {
        categoryRows.removeAll();
        for (CategoryService.CategoryRow c : categoryAdmin.all()) {
            TextField fr = new TextField(getTranslation("budget.admin.category.fr"), c.labelFr(), "");
            TextField en = new TextField(getTranslation("budget.admin.category.en"), c.labelEn() == null ? "" : c.labelEn(), "");
            Checkbox offered = new Checkbox(getTranslation("budget.admin.category.offered"), c.active());
            Button rename = new Button(getTranslation("budget.admin.category.rename"),
                    e -> act(() -> categoryAdmin.rename(c.id(), fr.getValue(), en.getValue())));
            offered.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    act(() -> categoryAdmin.setOffered(c.id(), e.getValue()));
                    showCategories();
                }
            });
            FlexLayout row = new FlexLayout(fr, en, offered, rename);
            row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
            row.setAlignItems(Alignment.BASELINE);
            row.getStyle().set("gap", "var(--lumo-space-m)");
            categoryRows.add(row);
        }
    }

    private void read(EditionData e) {
        members.removeAll();
        if (e == null) {
            envelopeEditors.clear();
            envelopeRows.removeAll();
            return;
        }
        year.setValue(e.year());
        title.setValue(e.title());
        total.setValue((int) e.totalEuros());
        classes.setValue(e.envelopes().stream().filter(v -> v.kind() == EnvelopeKind.CLASSES).findFirst()
                .map(v -> (int) v.amountEuros()).orElse(null));
        envelopeEditors.clear();
        envelopeRows.removeAll();
        e.envelopes().stream().filter(v -> v.kind() != EnvelopeKind.CLASSES).forEach(this::addEnvelopeRow);
        reviewDays.setValue(e.reviewDays());
        for (EditionData.PhaseData p : e.phases()) {
            starts.get(p.phase()).setValue(p.startsOn());
            ends.get(p.phase()).setValue(p.endsOn());
            proposalsOpen.get(p.phase()).setValue(p.proposalsOpen());
            flagsOpen.get(p.phase()).setValue(p.flagsOpen());
        }
        e.commission().stream().sorted().forEach(m -> members.add(new ListItem(m)));
    }

    void save() {
        List<EditionForm.PhaseInput> phases = new ArrayList<>();
        for (Phase p : Phase.values()) {
            phases.add(new EditionForm.PhaseInput(p, starts.get(p).getValue(), ends.get(p).getValue(),
                    proposalsOpen.get(p).getValue(), flagsOpen.get(p).getValue(), true));
        }
        List<EditionForm.EnvelopeInput> envelopes = new ArrayList<>();
        EditionData current = editing.getValue();
        envelopeEditors.forEach(row -> envelopes.add(row.input()));
        if (classes.getValue() != null && classes.getValue() > 0) {
            envelopes.add(new EditionForm.EnvelopeInput("CLASSES", getTranslation("budget.admin.classes-name"),
                    EnvelopeKind.CLASSES, null, classes.getValue()));
        }
        EditionForm form = new EditionForm(year.getValue() == null ? 0 : year.getValue(), title.getValue(),
                total.getValue() == null ? 0 : total.getValue(), reviewDays.getValue() == null ? 0 : reviewDays.getValue(),
                envelopes, phases);
        act(() -> {
            EditionData saved = current == null ? editions.create(form) : editions.update(current.id(), form);
            editing.setItems(editions.all());
            editing.setValue(editions.all().stream().filter(x -> x.id() == saved.id()).findFirst().orElse(null));
        });
    }

    private void act(Runnable action) {
        try {
            action.run();
            Notifications.success(getTranslation("budget.saved"));
        } catch (BusinessException e) {
            Notifications.error(e);
        }
    }

    @Override
    protected String titleKey() {
        return "budget.admin.page-title";
    }
}
