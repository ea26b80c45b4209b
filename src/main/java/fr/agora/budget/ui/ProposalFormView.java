package fr.agora.budget.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import fr.agora.budget.domain.HolderKind;
import fr.agora.budget.service.BudgetSettings;
import fr.agora.budget.service.ClassData;
import fr.agora.budget.service.EditionData;
import fr.agora.budget.service.EditionService;
import fr.agora.budget.service.HolderInput;
import fr.agora.budget.service.ProposalForm;
import fr.agora.budget.service.ProposalQueries;
import fr.agora.budget.service.ProposalService;
import fr.agora.shared.domain.BusinessException;
import fr.agora.shared.ui.AgoraView;
import fr.agora.shared.ui.BoundedUpload;
import fr.agora.shared.ui.MainLayout;
import fr.agora.shared.ui.Notifications;
import fr.agora.shared.ui.map.MapSettings;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Proposing a project, on a phone first: who carries it, then the fields; the draft is saved on the server at each
 * change (the holder finds it under « Mes propositions »), and the browser keeps its own copy of the title and the
 * description as they are typed, so that text typed while the connection was down is offered back on the next visit.
 * Photos are added once the draft exists. « Déposer » checks every field at once.
 */
@Route(value = "budget/editions/:editionId([0-9]{1,18})/proposer", layout = MainLayout.class)
@PermitAll
public class ProposalFormView extends AgoraView implements BeforeEnterObserver {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final transient EditionService editions;
    private final transient ProposalService proposals;
    private final transient ProposalQueries queries;
    private final MapSettings mapSettings;
    private final BudgetSettings settings;
    final RadioButtonGroup<HolderKind> holderKind = new RadioButtonGroup<>();
    final TextField holderName = new TextField();
    final EmailField coHolder = new EmailField();
    final ComboBox<ClassData> classAccount = new ComboBox<>();
    final Paragraph draftStatus = new Paragraph();
    /** Offers back what the browser kept of a form that never reached the server. */
    final Div localDraft = new Div();
    final Span photoStatus = new Span();
    final Button submit = new Button();
    ProposalFields fields;
    Upload upload;
    EditionData edition;
    Long draftId;
    int photos;

    public ProposalFormView(EditionService editions, ProposalService proposals, ProposalQueries queries,
            MapSettings mapSettings, BudgetSettings settings) {
        this.editions = editions;
        this.proposals = proposals;
        this.queries = queries;
        this.mapSettings = mapSettings;
        this.settings = settings;
        addClassName("agora-budget");
        submit.addClickListener(e -> submit());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        draftId = null;
        photos = 0;
        try {
            edition = editions.edition(event.getRouteParameters().getLong("editionId").orElse(0L));
        } catch (BusinessException e) {
            add(new Paragraph(Notifications.translate(e)));
            return;
        }
        add(new Paragraph(BudgetNavigation.edition(edition.id()).link(edition.title())));
        if (!edition.proposalsOpen()) {
            add(new Paragraph(getTranslation("budget.proposal.deposit-closed")));
            return;
        }
        add(new Paragraph(getTranslation("budget.form.intro")));
        List<ClassData> classes = editions.myClasses();
        List<HolderKind> kinds = new ArrayList<>(List.of(HolderKind.RESIDENT, HolderKind.ASSOCIATION, HolderKind.COLLECTIVE));
        if (!classes.isEmpty() && edition.envelopes().stream().anyMatch(e -> e.kind() == fr.agora.budget.domain.EnvelopeKind.CLASSES)) {
            kinds.add(HolderKind.CLASS);
        }
        holderKind.setLabel(getTranslation("budget.form.holder"));
        holderKind.setItems(kinds);
        holderKind.setItemLabelGenerator(k -> getTranslation("budget.holder." + k.name()));
        holderKind.setValue(HolderKind.RESIDENT);
        holderKind.setId("budget-holder-kind");
        holderName.setLabel(getTranslation("budget.form.holder-name"));
        holderName.setMaxLength(160);
        holderName.setId("budget-holder-name");
        coHolder.setLabel(getTranslation("budget.form.co-holder"));
        coHolder.setId("budget-co-holder");
        classAccount.setLabel(getTranslation("budget.form.class"));
        classAccount.setItems(classes);
        classAccount.setItemLabelGenerator(ClassData::displayName);
        classAccount.setHelperText(getTranslation("budget.form.class.help"));
        classAccount.setId("budget-class");
        holderKind.addValueChangeListener(e -> showHolderFields());
        showHolderFields();
        add(new H2(getTranslation("budget.form.who")), holderKind, holderName, coHolder, classAccount);

        fields = new ProposalFields(queries, mapSettings, settings);
        add(new H2(getTranslation("budget.form.what")), fields);
        for (HasValue<?, ?> f : List.<HasValue<?, ?>>of(fields.title, fields.description, fields.category, fields.location,
                fields.territory, fields.cost, fields.investment)) {
            f.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    saveDraft();
                }
            });
        }
        upload = BoundedUpload.create(settings.photoMaxSize().toBytes(), List.of("image/jpeg", "image/png", "image/webp",
                ".jpg", ".jpeg", ".png", ".webp"), (name, data) -> attachPhoto(data));
        upload.setId("budget-photo");
        upload.addSucceededListener(e -> upload.clearFileList());
        photoStatus.setId("budget-photo-status");
        add(new H2(getTranslation("budget.form.photos")), new Paragraph(getTranslation("budget.form.photos.help")),
                upload, photoStatus);
        draftStatus.setId("budget-draft-status");
        draftStatus.getElement().setAttribute("aria-live", "polite");
        submit.setText(getTranslation("budget.form.submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setId("budget-submit");
        add(draftStatus, submit);
        localDraft.setId("budget-local-draft");
        localDraft.setVisible(false);
        localDraft.getElement().setAttribute("role", "status");
        addComponentAtIndex(1, localDraft);
        keepLocalCopy();
    }

    private String localKey() {
        return "agora.budget.proposal-draft." + edition.id();
    }

    /**
     * The browser copies the title and the description into its own storage at each keystroke, and offers that copy
     * when the form opens empty; the copy is forgotten once the proposal is deposited.
     */
    private void keepLocalCopy() {
        getElement().executeJs("""
                const key = $0, title = $1, description = $2;
                const save = () => {
                  const d = { title: title.value || '', description: description.value || '', savedAt: new Date().toISOString() };
                  try {
                    if (d.title || d.description) localStorage.setItem(key, JSON.stringify(d)); else localStorage.removeItem(key);
                  } catch (e) { /* storage full or disabled */ }
                };
                title.addEventListener('input', save);
                description.addEventListener('input', save);
                try { return localStorage.getItem(key); } catch (e) { return null; }
                """, localKey(), fields.title.getElement(), fields.description.getElement())
                .then(String.class, this::offerLocalCopy, error -> { });
    }

    /** Shows « Reprendre » when the browser holds text the form does not have. */
    void offerLocalCopy(String json) {
        LocalCopy copy = LocalCopy.parse(json);
        if (copy == null || draftId != null || !fields.title.isEmpty() || !fields.description.isEmpty()) {
            return;
        }
        localDraft.removeAll();
        Button restore = new Button(getTranslation("budget.form.local-draft.restore"), e -> {
            fields.title.setValue(copy.title());
            fields.description.setValue(copy.description());
            localDraft.setVisible(false);
            saveDraft();
        });
        restore.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        restore.setId("budget-local-draft-restore");
        Button forget = new Button(getTranslation("budget.form.local-draft.forget"), e -> {
            forgetLocalCopy();
            localDraft.setVisible(false);
        });
        forget.setId("budget-local-draft-forget");
        localDraft.add(new Paragraph(getTranslation("budget.form.local-draft.found", copy.title().isBlank()
                ? getTranslation("budget.form.local-draft.untitled") : copy.title())), restore, forget);
        localDraft.setVisible(true);
    }

    private void forgetLocalCopy() {
        getElement().executeJs("try { localStorage.removeItem($0); } catch (e) { }", localKey());
    }

    /** What the browser kept: plain text only, bounded as the fields are; anything else is ignored. */
    record LocalCopy(String title, String description) {
        static LocalCopy parse(String json) {
            if (json == null || json.isBlank() || json.length() > 20_000) {
                return null;
            }
            try {
                JsonNode node = JSON.readTree(json);
                String title = node.path("title").asString("");
                String description = node.path("description").asString("");
                if (title.isBlank() && description.isBlank()) {
                    return null;
                }
                return new LocalCopy(title.length() > 160 ? title.substring(0, 160) : title,
                        description.length() > 5000 ? description.substring(0, 5000) : description);
            } catch (RuntimeException e) {
                return null;
            }
        }
    }

    private void showHolderFields() {
        HolderKind k = holderKind.getValue();
        holderName.setVisible(k == HolderKind.ASSOCIATION || k == HolderKind.COLLECTIVE);
        coHolder.setVisible(k == HolderKind.COLLECTIVE);
        classAccount.setVisible(k == HolderKind.CLASS);
    }

    private HolderInput holder() {
        HolderKind k = holderKind.getValue() == null ? HolderKind.RESIDENT : holderKind.getValue();
        return new HolderInput(k, holderName.getValue(), classAccount.getValue() == null ? null : classAccount.getValue().id(),
                coHolder.getValue().isBlank() ? List.of() : List.of(coHolder.getValue()));
    }

    /** Creates the draft at the first change, then saves what was typed; holder fields are fixed from then on. */
    boolean ensureDraft() {
        if (draftId != null) {
            return true;
        }
        try {
            draftId = proposals.createDraft(edition.id(), holder());
            holderKind.setReadOnly(true);
            holderName.setReadOnly(true);
            coHolder.setReadOnly(true);
            classAccount.setReadOnly(true);
            return true;
        } catch (BusinessException e) {
            Notifications.error(e);
            return false;
        }
    }

    void saveDraft() {
        if (!ensureDraft()) {
            return;
        }
        try {
            proposals.save(draftId, fields.draft());
            draftStatus.setText(getTranslation("budget.form.draft-saved"));
        } catch (BusinessException e) {
            draftStatus.setText(Notifications.translate(e));
        }
    }

    void attachPhoto(byte[] data) {
        if (!ensureDraft()) {
            return;
        }
        try {
            proposals.addPhoto(draftId, data);
            photos++;
            photoStatus.setText(getTranslation("budget.form.photos.count", photos));
        } catch (BusinessException e) {
            Notifications.error(e);
            photoStatus.setText(Notifications.translate(e));
        }
    }

    void submit() {
        java.util.Optional<ProposalForm> form = fields.validate();
        if (form.isEmpty() || !ensureDraft()) {
            return;
        }
        try {
            proposals.submit(draftId, form.get());
            forgetLocalCopy();
            Notifications.success(getTranslation("budget.form.submitted"));
            BudgetNavigation.go(BudgetNavigation.proposal(draftId));
        } catch (BusinessException e) {
            Notifications.error(e);
            draftStatus.setText(Notifications.translate(e));
        }
    }

    @Override
    protected String titleKey() {
        return "budget.form.page-title";
    }
}
