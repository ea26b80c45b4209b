package fr.agora.council.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import fr.agora.council.service.CampaignData;
import fr.agora.council.service.DrawService;
import fr.agora.council.service.QuotaLine;
import fr.agora.shared.domain.BusinessException;
import fr.agora.shared.ui.Notifications;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Step 2 of the ceremony: review the quotas suggested from the pool (parity is fixed), check that they can be met
 * (the engine proposes a relaxation when not), then freeze the pool and publish the commitment.
 */
class QuotaStep extends Div {

    /** The editable bounds of one quota. */
    record QuotaRow(QuotaLine line, IntegerField min, IntegerField max) {
    }

    private final DrawCeremony ceremony;
    private final DrawService draws;
    final List<QuotaRow> quotaRows = new ArrayList<>();
    final Button freeze = new Button();
    private final Div rows = new Div();
    private final Div calls = new Div();
    /** The open calls that fed the pool, each with "keep it open for the next draw". */
    final Map<Long, Checkbox> keepOpen = new LinkedHashMap<>();

    QuotaStep(DrawCeremony ceremony, DrawService draws) {
        this.ceremony = ceremony;
        this.draws = draws;
        freeze.setId("draw-freeze");
        freeze.setText(getTranslation("draw.ceremony.freeze"));
        freeze.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        freeze.addClickListener(e -> confirmFreeze());
        Button check = new Button(getTranslation("draw.ceremony.check"), e -> check());
        add(new H3(getTranslation("draw.ceremony.quotas")), new Paragraph(getTranslation("draw.ceremony.quotas-help")),
                rows, check, calls, freeze);
    }

    /**
     * Freezing cannot be undone (the commitment is published at once): a confirmation says what will happen, and
     * which calls will close, before it is done.
     */
    void confirmFreeze() {
        com.vaadin.flow.component.confirmdialog.ConfirmDialog dialog = new com.vaadin.flow.component.confirmdialog.ConfirmDialog();
        dialog.setHeader(getTranslation("draw.freeze.header"));
        long closing = keepOpen.values().stream().filter(c -> !c.getValue()).count();
        dialog.setText(getTranslation("draw.freeze.text", ceremony.current().poolSize(), closing));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        Button ok = new Button(getTranslation("draw.freeze.confirm"), e -> {
            dialog.close();
            ceremony.act(() -> draws.freeze(ceremony.current().id(), edited(), keptOpen()));
        });
        ok.setId("draw-freeze-confirm");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        dialog.setConfirmButton(ok);
        dialog.open();
    }

    /** Shows the quotas of the current draw, and the open calls its freeze will close. */
    void show() {
        calls.removeAll();
        keepOpen.clear();
        List<CampaignData> open = draws.openFeedingCalls(ceremony.current().id());
        if (!open.isEmpty()) {
            calls.add(new Paragraph(getTranslation("draw.ceremony.calls-closed")));
            for (CampaignData c : open) {
                Checkbox keep = new Checkbox(getTranslation("draw.ceremony.keep-open", c.title()));
                keep.setHelperText(getTranslation("draw.ceremony.keep-open-warning"));
                keepOpen.put(c.id(), keep);
                calls.add(keep);
            }
        }
        rows.removeAll();
        quotaRows.clear();
        for (QuotaLine q : draws.quotas(ceremony.current().id())) {
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
            rows.add(row);
        }
    }

    private void check() {
        try {
            List<QuotaLine> relaxed = draws.relaxation(ceremony.current().id(), edited());
            if (relaxed.isEmpty()) {
                Notifications.success(getTranslation("draw.ceremony.feasible"));
                return;
            }
            for (QuotaRow r : quotaRows) {
                relaxed.stream().filter(x -> x.category().equals(r.line().category()) && x.value().equals(r.line().value()))
                        .findFirst().ifPresent(x -> {
                            r.min().setValue(x.min());
                            r.max().setValue(x.max());
                        });
            }
            Notifications.error(getTranslation("draw.ceremony.relaxed"));
        } catch (BusinessException ex) {
            Notifications.error(ex);
        }
    }

    private String valueLabel(QuotaLine q) {
        String t = getTranslation("draw.value." + q.category() + "." + q.value());
        return t.startsWith("!") ? q.value() : t;
    }

    private Set<Long> keptOpen() {
        return keepOpen.entrySet().stream().filter(e -> e.getValue().getValue()).map(Map.Entry::getKey)
                .collect(Collectors.toSet());
    }

    /** The quotas as the operator left them (an empty bound is sent as -1, which the draw refuses). */
    List<QuotaLine> edited() {
        return quotaRows.stream().map(r -> new QuotaLine(r.line().category(), r.line().value(),
                r.min().getValue() == null ? -1 : r.min().getValue(), r.max().getValue() == null ? -1 : r.max().getValue(),
                r.line().hard(), r.line().poolCount(), null)).toList();
    }
}
