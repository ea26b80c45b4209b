package fr.agora.shared.ui.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import fr.agora.shared.domain.AuditEvent;
import fr.agora.shared.domain.Role;
import fr.agora.shared.service.AuditService;
import fr.agora.shared.ui.AgoraView;
import fr.agora.shared.ui.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** The audit log, read-only, filtered by actor, action and dates. */
@Route(value = "admin/journal", layout = MainLayout.class)
@RolesAllowed(Role.Names.ADMIN)
public class AuditLogView extends AgoraView {

    private final DateTimeFormatter format;
    private final ZoneId zone;

    final TextField actor = new TextField();
    final ComboBox<String> action = new ComboBox<>();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final Grid<AuditEvent> grid = new Grid<>(AuditEvent.class, false);
    private final transient AuditService audit;

    public AuditLogView(AuditService audit, fr.agora.shared.service.Dates dates) {
        this.audit = audit;
        this.zone = dates.zone();
        this.format = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss").withZone(zone);
        setMaxWidth(null);
        actor.setLabel(getTranslation("audit.actor"));
        actor.setClearButtonVisible(true);
        action.setLabel(getTranslation("audit.action"));
        action.setItems(audit.actions());
        action.setClearButtonVisible(true);
        from.setLabel(getTranslation("audit.from"));
        to.setLabel(getTranslation("audit.to"));
        Button apply = new Button(getTranslation("audit.filter"), e -> refresh());
        apply.setId("audit-filter");
        FlexLayout filters = new FlexLayout(actor, action, from, to, apply);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(Alignment.END);
        filters.getStyle().set("gap", "var(--lumo-space-m)");

        grid.addColumn(e -> format.format(e.getOccurredAt())).setHeader(getTranslation("audit.when")).setAutoWidth(true);
        grid.addColumn(AuditEvent::getActor).setHeader(getTranslation("audit.actor")).setAutoWidth(true);
        grid.addColumn(AuditEvent::getAction).setHeader(getTranslation("audit.action")).setAutoWidth(true);
        grid.addColumn(e -> e.getTargetType() == null ? "" : e.getTargetType() + " " + e.getTargetId())
                .setHeader(getTranslation("audit.target")).setAutoWidth(true);
        grid.addColumn(e -> e.getOutcome() == AuditEvent.Outcome.OK ? "" : getTranslation("audit.refused"))
                .setHeader(getTranslation("audit.outcome")).setAutoWidth(true);
        grid.addColumn(e -> e.getDetails() == null ? "" : e.getDetails()).setHeader(getTranslation("audit.details"))
                .setFlexGrow(1);
        grid.setId("audit-grid");
        grid.setAriaLabel(getTranslation("audit.title"));
        add(filters, grid);
        setHeightFull();
        setFlexGrow(1, grid);
        refresh();
    }

    void refresh() {
        grid.setItems(audit.search(actor.getValue(), action.getValue(),
                from.getValue() == null ? null : from.getValue().atStartOfDay(zone).toInstant(),
                to.getValue() == null ? null : to.getValue().plusDays(1).atStartOfDay(zone).toInstant(), 500));
    }

    @Override
    protected String titleKey() {
        return "audit.title";
    }
}
