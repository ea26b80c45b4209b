package fr.agora.shared.ui.admin;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.router.Route;
import fr.agora.shared.domain.MailMessage;
import fr.agora.shared.domain.Role;
import fr.agora.shared.service.MailService;
import fr.agora.shared.ui.AgoraView;
import fr.agora.shared.ui.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** The mail outbox: what the portal sent, or kept because no SMTP server is configured or sending failed. */
@Route(value = "admin/courriels", layout = MainLayout.class)
@RolesAllowed(Role.Names.ADMIN)
public class OutboxView extends AgoraView {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ZoneId.of("Europe/Paris"));

    final Grid<MailMessage> grid = new Grid<>(MailMessage.class, false);

    public OutboxView(MailService mail) {
        setMaxWidth(null);
        add(new Paragraph(getTranslation(mail.isSmtpConfigured() ? "outbox.smtp" : "outbox.no-smtp")),
                new Paragraph(getTranslation("outbox.masked")));
        grid.addColumn(m -> FORMAT.format(m.getCreatedAt())).setHeader(getTranslation("audit.when")).setAutoWidth(true);
        grid.addColumn(MailMessage::getRecipient).setHeader(getTranslation("outbox.to")).setAutoWidth(true);
        grid.addColumn(MailMessage::getSubject).setHeader(getTranslation("outbox.subject")).setFlexGrow(1);
        grid.addColumn(m -> getTranslation("outbox.status." + m.getStatus().name())).setHeader(getTranslation("outbox.status"))
                .setAutoWidth(true);
        grid.setItemDetailsRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(m -> new Pre(m.getBody())));
        grid.setItems(mail.recent(500));
        grid.setId("outbox-grid");
        grid.setAriaLabel(getTranslation("outbox.title"));
        add(grid);
        setHeightFull();
        setFlexGrow(1, grid);
    }

    @Override
    protected String titleKey() {
        return "outbox.title";
    }
}
