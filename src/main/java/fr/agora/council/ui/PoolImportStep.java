package fr.agora.council.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import fr.agora.council.domain.CampaignKind;
import fr.agora.council.pool.PoolField;
import fr.agora.council.pool.PoolLimits;
import fr.agora.council.pool.PoolSource;
import fr.agora.council.pool.RowIssue;
import fr.agora.council.service.CampaignData;
import fr.agora.council.service.CampaignService;
import fr.agora.council.service.FilePreview;
import fr.agora.council.service.ImportReport;
import fr.agora.council.service.PoolImportService;
import fr.agora.shared.domain.BusinessException;
import fr.agora.shared.ui.BoundedUpload;
import fr.agora.shared.ui.Notifications;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Step 1 of the ceremony: import the pool's sources. A file is read and its columns mapped (the mapping is
 * suggested from the header), then imported with a report of what was added, merged, left out or refused; the
 * residents' candidacies of a call join as volunteers.
 */
class PoolImportStep extends Div {

    private final DrawCeremony ceremony;
    private final PoolImportService imports;
    private final CampaignService calls;
    final Select<PoolSource> source = new Select<>();
    final Map<PoolField, Select<Integer>> mapping = new EnumMap<>(PoolField.class);
    final Button importButton = new Button();
    final Div report = new Div();
    private final Div mappingBox = new Div();
    private final Div volunteers = new Div();
    private final Div sources = new Div();
    private byte[] file;
    private String fileName;

    PoolImportStep(DrawCeremony ceremony, PoolImportService imports, CampaignService calls) {
        this.ceremony = ceremony;
        this.imports = imports;
        this.calls = calls;
        source.setId("draw-source");
        importButton.setId("draw-import");
        source.setLabel(getTranslation("draw.field.source"));
        source.setItems(PoolSource.values());
        source.setItemLabelGenerator(s -> getTranslation("pool.source." + s.name()));
        source.setValue(PoolSource.RIL);
        Upload upload = BoundedUpload.create(PoolLimits.DEFAULT.maxBytes(),
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
        importButton.addClickListener(e -> doImport());
        add(new H3(getTranslation("draw.ceremony.import")), source, new Paragraph(getTranslation("draw.field.file")),
                upload, mappingBox, importButton, report, volunteers, sources);
    }

    /** Shows the step for the current draw: the calls of its council whose candidacies may join, the sources in. */
    void show() {
        showSources();
        volunteers.removeAll();
        volunteers.add(new H3(getTranslation("draw.candidacies.heading")));
        List<CampaignData> residents = calls.ofCouncil(ceremony.councilSlug()).stream()
                .filter(c -> c.kind() == CampaignKind.HABITANT).toList();
        if (residents.isEmpty()) {
            volunteers.add(new Paragraph(getTranslation("draw.candidacies.none")));
            return;
        }
        Select<CampaignData> call = new Select<>();
        call.setId("draw-campaign");
        call.setLabel(getTranslation("draw.candidacies.campaign"));
        call.setItems(residents);
        call.setItemLabelGenerator(CampaignData::title);
        call.setValue(residents.get(0));
        Button add = new Button(getTranslation("draw.candidacies.import"),
                e -> report(() -> imports.importCandidacies(ceremony.current().id(), call.getValue().id())));
        add.setId("draw-import-candidacies");
        volunteers.add(call, add);
    }

    /** The sources already in the pool, each removable, and the reset of the whole pool, both after confirmation. */
    private void showSources() {
        sources.removeAll();
        List<PoolSource> in = imports.importsOf(ceremony.current().id()).stream()
                .map(i -> PoolSource.valueOf(i.getSource())).distinct().toList();
        if (in.isEmpty()) {
            return;
        }
        sources.add(new H3(getTranslation("draw.sources.heading")));
        for (PoolSource s : in) {
            String name = getTranslation("pool.source." + s.name());
            Button remove = new Button(getTranslation("draw.sources.remove", name), e -> confirm(
                    getTranslation("draw.sources.remove-header", name), getTranslation("draw.sources.remove-text", name),
                    () -> imports.removeSource(ceremony.current().id(), s)));
            remove.setId("draw-remove-" + s.name());
            sources.add(remove);
        }
        Button reset = new Button(getTranslation("draw.sources.reset"), e -> confirm(
                getTranslation("draw.sources.reset-header"), getTranslation("draw.sources.reset-text"),
                () -> imports.resetPool(ceremony.current().id())));
        reset.setId("draw-reset");
        sources.add(reset);
    }

    /** Says what will happen and does it only once confirmed. */
    private void confirm(String header, String text, Runnable action) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(header);
        dialog.setText(text);
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("draw.sources.confirm"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.setCloseOnEsc(true);
        dialog.addConfirmListener(e -> {
            if (ceremony.act(action)) {
                report.removeAll();
            }
        });
        dialog.open();
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
        report(() -> imports.importFile(ceremony.current().id(), source.getValue(), fileName, file, columns));
    }

    /** Imports, shows the ceremony again, then the report (which the redrawn step keeps). */
    private void report(java.util.function.Supplier<ImportReport> importing) {
        ImportReport[] done = new ImportReport[1];
        if (ceremony.act(() -> done[0] = importing.get())) {
            report.removeAll();
            report.add(reportOf(done[0]));
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
        if (!r.notices().isEmpty()) {
            box.add(new H3(getTranslation("draw.report.notices", r.notices().size())), issues(r.notices()));
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
}
