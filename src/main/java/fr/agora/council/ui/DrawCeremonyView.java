package fr.agora.council.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import fr.agora.council.domain.CouncilMember;
import fr.agora.council.domain.DrawStatus;
import fr.agora.council.pool.PoolField;
import fr.agora.council.pool.PoolSource;
import fr.agora.council.pool.RowIssue;
import fr.agora.council.service.CouncilData;
import fr.agora.council.service.CouncilService;
import fr.agora.council.service.DrawComputations;
import fr.agora.council.service.DrawData;
import fr.agora.council.service.DrawReplyService;
import fr.agora.council.service.DrawService;
import fr.agora.council.service.PoolImportService;
import fr.agora.council.service.FilePreview;
import fr.agora.council.service.ImportReport;
import fr.agora.council.service.MemberData;
import fr.agora.council.service.QuotaLine;
import fr.agora.shared.domain.BusinessException;
import fr.agora.shared.domain.Role;
import fr.agora.shared.ui.AgoraView;
import fr.agora.shared.ui.BoundedUpload;
import fr.agora.shared.ui.MainLayout;
import fr.agora.shared.ui.Notifications;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The draw ceremony, run by a draw operator in front of witnesses: open a draw for a council, import the pool's
 * source files (column mapping, validation report, merge report), review the quotas, freeze and publish the
 * commitment, compute LEXIMIN with a live progress bar (the page may be left and reopened), enter the public
 * entropy and draw. Each step appears once the previous one is done.
 */
@Route(value = "conseils/tirages", layout = MainLayout.class)
@RolesAllowed(Role.Names.DRAW_OPERATOR)
public class DrawCeremonyView extends AgoraView implements BeforeEnterObserver {

    private final CouncilService councils;
    private final DrawService draws;
    private final DrawComputations computations;
    private final fr.agora.council.service.CampaignService candidacies;
    private final PoolImportService imports;
    private final DrawReplyService replies;

    final Select<CouncilData> council = new Select<>();
    final Button openDraw = new Button();
    final Div steps = new Div();
    final Select<PoolSource> source = new Select<>();
    final Map<PoolField, Select<Integer>> mapping = new EnumMap<>(PoolField.class);
    final Button importButton = new Button();
    final Div report = new Div();
    final List<QuotaRow> quotaRows = new ArrayList<>();
    final Button freeze = new Button();
    final ProgressBar progress = new ProgressBar();
    final Paragraph progressText = new Paragraph();
    final Button compute = new Button();
    final Button cancel = new Button();
    final TextField entropy = new TextField();
    final TextArea witnesses = new TextArea();
    final Button drawButton = new Button();

    private DrawData current;
    private byte[] file;
    private String fileName;
    private Runnable unfollow = () -> { };
    private final Map<Long, ListItem> responseItems = new HashMap<>();

    /** The editable bounds of one quota. */
    record QuotaRow(QuotaLine line, IntegerField min, IntegerField max) {
    }

    public DrawCeremonyView(CouncilService councils, DrawService draws, DrawComputations computations,
            fr.agora.council.service.CampaignService candidacies, PoolImportService imports, DrawReplyService replies) {
        this.imports = imports;
        this.replies = replies;
        this.councils = councils;
        this.candidacies = candidacies;
        this.draws = draws;
        this.computations = computations;
        add(new Paragraph(getTranslation("draw.ceremony.intro")));
        council.setLabel(getTranslation("draw.field.council"));
        council.setId("draw-council");
        openDraw.setId("draw-open");
        source.setId("draw-source");
        importButton.setId("draw-import");
        freeze.setId("draw-freeze");
        compute.setId("draw-compute");
        cancel.setId("draw-cancel");
        entropy.setId("draw-entropy");
        witnesses.setId("draw-witnesses");
        drawButton.setId("draw-draw");
        progressText.setId("draw-progress");
        steps.setId("draw-steps");
        council.setItems(councils.all());
        council.setItemLabelGenerator(CouncilData::name);
        council.addValueChangeListener(e -> {
            current = e.getValue() == null ? null : draws.ofCouncil(e.getValue().id()).stream().findFirst().orElse(null);
            render();
        });
        openDraw.setText(getTranslation("draw.ceremony.open"));
        openDraw.addClickListener(e -> act(() -> current = draws.open(council.getValue().id())));
        // the steps are drawn again after every action: their buttons get their listener once, here, or one click
        // would import a file, freeze or draw as many times as the page had been drawn
        importButton.addClickListener(e -> doImport());
        freeze.addClickListener(e -> act(() -> draws.freeze(current.id(), edited())));
        compute.addClickListener(e -> {
            try {
                computations.start(current.id());
            } catch (BusinessException ex) {
                Notifications.error(ex);
            }
        });
        cancel.addClickListener(e -> computations.cancel(current.id()));
        drawButton.addClickListener(e -> act(() -> draws.draw(current.id(), entropy.getValue(), witnesses.getValue())));
        add(council, steps);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("conseil").flatMap(slug -> council.getListDataView()
                .getItems().filter(c -> c.slug().equals(slug)).findFirst()).ifPresent(council::setValue);
    }

    private void act(Runnable step) {
        try {
            step.run();
            current = current == null ? null : draws.get(current.id());
            render();
        } catch (BusinessException e) {
            Notifications.error(e);
        }
    }

    private void render() {
        steps.removeAll();
        unfollow.run();
        unfollow = () -> { };
        if (council.getValue() == null) {
            return;
        }
        if (current == null) {
            steps.add(new Paragraph(getTranslation("draw.ceremony.no-draw")), openDraw);
            return;
        }
        steps.add(new H2(getTranslation("draw.ceremony.draw", current.id(), getTranslation("draw.status." + current.status()))));
        steps.add(new Paragraph(getTranslation("draw.ceremony.pool", current.poolSize(), current.seats(), current.panelSize())));
        switch (current.status()) {
            case OPEN -> {
                steps.add(importStep());
                if (current.poolSize() > 0) {
                    steps.add(quotaStep());
                }
            }
            case FROZEN -> steps.add(frozenInfo(), computeStep());
            case COMPUTED -> steps.add(frozenInfo(), drawStep());
            case DRAWN -> steps.add(frozenInfo(), new Paragraph(getTranslation("draw.ceremony.drawn", current.number())),
                    responseStep());
        }
        if (current.status() != DrawStatus.OPEN) {
            steps.add(new Paragraph(new Anchor("conseils/" + current.councilSlug() + "/tirage",
                    getTranslation("draw.ceremony.public-page"))));
        }
    }

    private Div frozenInfo() {
        Paragraph p = new Paragraph(getTranslation("draw.ceremony.commitment", current.commitment()));
        p.getStyle().set("overflow-wrap", "anywhere");
        p.setId("draw-commitment");
        return new Div(p);
    }

    private Div importStep() {
        Div box = new Div(new H3(getTranslation("draw.ceremony.import")));
        source.setLabel(getTranslation("draw.field.source"));
        source.setItems(PoolSource.values());
        source.setItemLabelGenerator(s -> getTranslation("pool.source." + s.name()));
        if (source.getValue() == null) {
            source.setValue(PoolSource.RIL);
        }
        Div mappingBox = new Div();
        Upload upload = BoundedUpload.create(fr.agora.council.pool.PoolLimits.DEFAULT.maxBytes(),
                List.of("text/csv", ".csv", "text/plain", ".txt"), (name, bytes) -> {
                    file = bytes;
                    fileName = name;
                    try {
                        FilePreview preview = imports.preview(name, bytes);
                        mappingBox.removeAll();
                        mappingBox.add(mappingForm(preview));
                    } catch (BusinessException e) {
                        file = null;
                        Notifications.error(e);
                    }
                });
        upload.setId("draw-upload");
        importButton.setText(getTranslation("draw.ceremony.import-button"));
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        box.add(source, new Paragraph(getTranslation("draw.field.file")), upload, mappingBox, importButton, report);
        box.add(volunteers());
        return box;
    }

    /** The residents' calls for candidacies of the council, whose candidacies join the pool as volunteers. */
    private Div volunteers() {
        Div box = new Div(new H3(getTranslation("draw.candidacies.heading")));
        List<fr.agora.council.service.CampaignData> calls = candidacies.ofCouncil(council.getValue().slug()).stream()
                .filter(c -> c.kind() == fr.agora.council.domain.CampaignKind.HABITANT).toList();
        if (calls.isEmpty()) {
            box.add(new Paragraph(getTranslation("draw.candidacies.none")));
            return box;
        }
        Select<fr.agora.council.service.CampaignData> call = new Select<>();
        call.setId("draw-campaign");
        call.setLabel(getTranslation("draw.candidacies.campaign"));
        call.setItems(calls);
        call.setItemLabelGenerator(fr.agora.council.service.CampaignData::title);
        call.setValue(calls.get(0));
        Button add = new Button(getTranslation("draw.candidacies.import"), e -> {
            try {
                ImportReport r = imports.importCandidacies(current.id(), call.getValue().id());
                current = draws.get(current.id());
                render();
                report.removeAll();
                report.add(reportOf(r));
            } catch (BusinessException ex) {
                Notifications.error(ex);
            }
        });
        add.setId("draw-import-candidacies");
        box.add(call, add);
        return box;
    }

    private FormLayout mappingForm(FilePreview preview) {
        mapping.clear();
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
        for (PoolField field : PoolField.values()) {
            Select<Integer> column = new Select<>();
            column.setLabel(getTranslation(field.labelKey()) + (field.required() ? " *" : ""));
            List<Integer> choices = new ArrayList<>();
            choices.add(-1);
            IntStream.range(0, preview.header().size()).forEach(choices::add);
            column.setItems(choices);
            column.setItemLabelGenerator(i -> i < 0 ? getTranslation("draw.field.unmapped")
                    : getTranslation("draw.field.column", i + 1, preview.header().get(i)));
            column.setValue(preview.suggested().getOrDefault(field, -1));
            mapping.put(field, column);
            form.add(column);
        }
        return form;
    }

    private void doImport() {
        if (file == null) {
            Notifications.error(getTranslation("draw.error.no-file"));
            return;
        }
        Map<PoolField, Integer> columns = new EnumMap<>(PoolField.class);
        mapping.forEach((f, s) -> {
            if (s.getValue() != null && s.getValue() >= 0) {
                columns.put(f, s.getValue());
            }
        });
        try {
            ImportReport r = imports.importFile(current.id(), source.getValue(), fileName, file, columns);
            current = draws.get(current.id());
            render();
            report.removeAll();
            report.add(reportOf(r));
        } catch (BusinessException e) {
            Notifications.error(e);
        }
    }

    private Div reportOf(ImportReport r) {
        Div box = new Div();
        box.setId("draw-import-report");
        box.getElement().setAttribute("role", "status");
        if (!r.imported()) {
            box.add(new Paragraph(getTranslation("draw.report.refused", r.rejected().size(), r.rows())));
            box.add(issues(r.rejected()));
            return box;
        }
        box.add(new Paragraph(getTranslation("draw.report.imported", r.rows(), r.added(), r.merges().size(), r.leftOut().size())));
        if (!r.merges().isEmpty()) {
            UnorderedList merges = new UnorderedList();
            r.merges().stream().limit(50).forEach(m -> merges.add(new ListItem(getTranslation("draw.report.merge",
                    m.displayName(), String.join(", ", m.sources().stream().map(s -> getTranslation("pool.source." + s.name()))
                            .sorted().toList()), m.conflicts().isEmpty() ? "" : getTranslation("draw.report.conflicts",
                            String.join(", ", m.conflicts().stream().map(f -> getTranslation(f.labelKey())).toList()))))));
            box.add(new H3(getTranslation("draw.report.merges")), merges);
        }
        if (!r.leftOut().isEmpty()) {
            box.add(new H3(getTranslation("draw.report.left-out")), issues(r.leftOut()));
        }
        return box;
    }

    private UnorderedList issues(List<RowIssue> issues) {
        UnorderedList list = new UnorderedList();
        issues.stream().limit(500).forEach(i -> list.add(new ListItem(getTranslation("draw.report.line", i.file(), i.line(),
                getTranslation(i.key(), i.args().stream().map(a -> a instanceof String s && s.startsWith("pool.field.")
                        ? getTranslation(s) : a).toArray())))));
        if (issues.size() > 500) {
            list.add(new ListItem(getTranslation("draw.report.more", issues.size() - 500)));
        }
        return list;
    }

    private Div quotaStep() {
        Div box = new Div(new H3(getTranslation("draw.ceremony.quotas")), new Paragraph(getTranslation("draw.ceremony.quotas-help")));
        quotaRows.clear();
        for (QuotaLine q : draws.quotas(current.id())) {
            String label = getTranslation("draw.category." + q.category()) + " : " + valueLabel(q) + " ("
                    + getTranslation("draw.ceremony.in-pool", q.poolCount()) + ")";
            IntegerField min = new IntegerField(getTranslation("draw.field.min", label));
            IntegerField max = new IntegerField(getTranslation("draw.field.max", label));
            min.setValue(q.min());
            max.setValue(q.max());
            min.setReadOnly(q.hard());
            max.setReadOnly(q.hard());
            quotaRows.add(new QuotaRow(q, min, max));
            FormLayout row = new FormLayout(min, max);
            row.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 2));
            box.add(row);
        }
        Button check = new Button(getTranslation("draw.ceremony.check"), e -> {
            try {
                List<QuotaLine> relaxed = draws.relaxation(current.id(), edited());
                if (relaxed.isEmpty()) {
                    Notifications.success(getTranslation("draw.ceremony.feasible"));
                } else {
                    for (QuotaRow r : quotaRows) {
                        relaxed.stream().filter(x -> x.category().equals(r.line().category()) && x.value().equals(r.line().value()))
                                .findFirst().ifPresent(x -> {
                                    r.min().setValue(x.min());
                                    r.max().setValue(x.max());
                                });
                    }
                    Notifications.error(getTranslation("draw.ceremony.relaxed"));
                }
            } catch (BusinessException ex) {
                Notifications.error(ex);
            }
        });
        freeze.setText(getTranslation("draw.ceremony.freeze"));
        freeze.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        box.add(check, freeze);
        return box;
    }

    private String valueLabel(QuotaLine q) {
        String t = getTranslation("draw.value." + q.category() + "." + q.value());
        return t.startsWith("!") ? q.value() : t;
    }

    private List<QuotaLine> edited() {
        return quotaRows.stream().map(r -> new QuotaLine(r.line().category(), r.line().value(),
                r.min().getValue() == null ? -1 : r.min().getValue(), r.max().getValue() == null ? -1 : r.max().getValue(),
                r.line().hard(), r.line().poolCount(), null)).toList();
    }

    private Div computeStep() {
        Div box = new Div(new H3(getTranslation("draw.ceremony.compute")));
        progress.setMin(0);
        progress.setMax(1);
        progress.getElement().setAttribute("aria-label", getTranslation("draw.ceremony.progress"));
        compute.setText(getTranslation("draw.ceremony.compute-button"));
        compute.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        cancel.setText(getTranslation("draw.ceremony.cancel"));
        box.add(progress, progressText, compute, cancel);
        computations.progress(current.id()).ifPresentOrElse(this::show, () -> show(null));
        UI ui = UI.getCurrent();
        long id = current.id();
        unfollow = computations.follow(id, p -> ui.access(() -> {
            show(p);
            if (p.state() == DrawComputations.State.DONE && current != null && current.id() == id) {
                current = draws.get(id);
                render();
            }
        }));
        return box;
    }

    private void show(DrawComputations.Progress p) {
        boolean running = p != null && p.state() == DrawComputations.State.RUNNING;
        compute.setEnabled(!running);
        cancel.setEnabled(running);
        progress.setValue(p == null ? 0 : p.fraction());
        progress.setIndeterminate(running && p.fixed() == 0);
        progressText.setText(p == null ? getTranslation("draw.ceremony.not-started")
                : p.error() != null ? getTranslation(p.error())
                : getTranslation("draw.ceremony.progress-text", p.panels(), p.fixed(), p.agents()));
    }

    private Div drawStep() {
        Div box = new Div(new H3(getTranslation("draw.ceremony.draw-step")));
        box.add(new Paragraph(getTranslation("draw.ceremony.fairness", current.leximinMin(), current.leximinMax(),
                current.legacyMin())));
        entropy.setLabel(getTranslation("draw.field.entropy"));
        entropy.setHelperText(getTranslation("draw.field.entropy-help"));
        entropy.setMaxLength(100);
        entropy.setPattern("[1-6]*");
        witnesses.setLabel(getTranslation("draw.field.witnesses"));
        witnesses.setMaxLength(500);
        drawButton.setText(getTranslation("draw.ceremony.draw-button"));
        drawButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        box.add(entropy, witnesses, drawButton);
        return box;
    }

    /**
     * The answers of the people drawn, as a plain list rather than a grid: each person is one item (name, seat,
     * answer, whom they replace) with the three answer buttons, so that it reads on a phone without scrolling sideways,
     * the buttons sit in the normal tab order, and nothing depends on a web component that this route's part of the
     * production bundle might not load.
     */
    private Div responseStep() {
        Div box = new Div(new H3(getTranslation("draw.response.title")), new Paragraph(getTranslation("draw.response.help")));
        List<MemberData> members = replies.drawnMembers(current.id()).stream()
                .sorted(Comparator.comparingInt(MemberData::seatNo).thenComparing(MemberData::position)
                        .thenComparingLong(MemberData::id))
                .toList();
        UnorderedList list = new UnorderedList();
        list.setId("draw-responses");
        list.getStyle().set("list-style", "none").set("padding", "0").set("margin", "0").set("display", "flex")
                .set("flex-direction", "column").set("gap", "var(--lumo-space-s)");
        responseItems.clear();
        for (int i = 0; i < members.size(); i++) {
            MemberData m = members.get(i);
            MemberData before = i > 0 && sameSeat(members.get(i - 1), m) ? members.get(i - 1) : null;
            MemberData after = i + 1 < members.size() && sameSeat(members.get(i + 1), m) ? members.get(i + 1) : null;
            ListItem item = responseItem(m, before, after);
            responseItems.put(m.id(), item);
            list.add(item);
        }
        box.add(list);
        return box;
    }

    private static boolean sameSeat(MemberData a, MemberData b) {
        return a.seatNo() == b.seatNo() && a.position() == b.position();
    }

    /** A refusal, or a person who could not be reached: the seat went to the next person of the reserve. */
    private static boolean replaced(MemberData m) {
        return !m.active() && ("DECLINED".equals(m.response()) || "UNREACHABLE".equals(m.response()));
    }

    private ListItem responseItem(MemberData m, MemberData before, MemberData after) {
        ListItem item = new ListItem();
        item.setId("draw-response-" + m.id());
        // focus lands here after an answer, so that keyboard users carry on from the seat they were on
        item.getElement().setAttribute("tabindex", "-1");
        item.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius", "var(--lumo-border-radius-m)")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)").set("overflow-wrap", "anywhere");
        if (!m.active()) {
            item.getStyle().set("background-color", "var(--lumo-contrast-5pct)");
        }
        Div name = new Div(m.fullName());
        name.getStyle().set("font-weight", "600");
        item.add(name, new Div(getTranslation("draw.response.seat", m.seatNo(),
                getTranslation("council.position." + m.position().name()),
                getTranslation("draw.response." + m.response(), CouncilUi.date(m.responseDeadline())))));
        if (before != null && replaced(before)) {
            item.add(new Div(getTranslation("draw.response.replaces", before.fullName())));
        }
        if (replaced(m)) {
            item.add(new Div(after == null ? getTranslation("draw.response.vacant")
                    : getTranslation("draw.response.replaced-by", after.fullName())));
        }
        if ("PENDING".equals(m.response()) && m.active()) {
            Div actions = new Div();
            actions.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-s)")
                    .set("margin-top", "var(--lumo-space-xs)");
            for (CouncilMember.Response r : List.of(CouncilMember.Response.ACCEPTED, CouncilMember.Response.DECLINED,
                    CouncilMember.Response.UNREACHABLE)) {
                String key = switch (r) {
                    case ACCEPTED -> "accept";
                    case DECLINED -> "decline";
                    default -> "unreachable";
                };
                Button b = new Button(getTranslation("draw.response." + key), e -> answer(m, r));
                b.getElement().setAttribute("aria-label", getTranslation("draw.response." + key + "-of", m.fullName()));
                actions.add(b);
            }
            item.add(actions);
        }
        return item;
    }

    /** Records an answer, says who takes the seat, and puts the focus back on that seat. */
    private void answer(MemberData m, CouncilMember.Response r) {
        try {
            replies.respond(m.id(), r);
        } catch (BusinessException e) {
            Notifications.error(e);
            return;
        }
        current = draws.get(current.id());
        render();
        MemberData successor = r == CouncilMember.Response.ACCEPTED ? null : replies.drawnMembers(current.id()).stream()
                .filter(x -> x.active() && x.id() != m.id() && sameSeat(x, m)).findFirst().orElse(null);
        Notifications.success(r == CouncilMember.Response.ACCEPTED ? getTranslation("draw.response.done")
                : successor == null ? getTranslation("draw.response.done-vacant", m.fullName())
                : getTranslation("draw.response.done-replaced", m.fullName(), successor.fullName()));
        ListItem target = responseItems.get(successor == null ? m.id() : successor.id());
        if (target != null) {
            target.getElement().executeJs("this.focus()");
        }
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        unfollow.run();
        super.onDetach(detachEvent);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        if (current != null) {
            render();
        }
    }

    @Override
    protected String titleKey() {
        return "draw.ceremony.title";
    }
}
