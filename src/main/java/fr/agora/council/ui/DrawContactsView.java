package fr.agora.council.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import fr.agora.council.service.DrawContactService;
import fr.agora.council.service.DrawContacts;
import fr.agora.shared.domain.BusinessException;
import fr.agora.shared.domain.Role;
import fr.agora.shared.ui.AgoraView;
import fr.agora.shared.ui.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;

/**
 * The contact sheet of a draw, for the draw operator only (issue 14, item 1): the drawn people seat by seat and the
 * reserve in its published order, with the phone, e-mail and address imported with the pool, as a list that reads on
 * a phone (tel: and mailto: links), a CSV and a PDF. Opening it and each export are audited by the service, which
 * refuses it once the pool's retention is over.
 */
@Route(value = "conseils/tirages/:draw([0-9]{1,18})/contacts", layout = MainLayout.class)
@RolesAllowed(Role.Names.DRAW_OPERATOR)
public class DrawContactsView extends AgoraView implements BeforeEnterObserver {

    private final DrawContactService contacts;
    final Div content = new Div();
    final UnorderedList list = new UnorderedList();

    public DrawContactsView(DrawContactService contacts) {
        this.contacts = contacts;
        content.setId("draw-contacts");
        content.setWidthFull();
        list.setId("draw-contacts-list");
        list.getStyle().set("list-style", "none").set("padding", "0").set("margin", "0").set("display", "flex")
                .set("flex-direction", "column").set("gap", "var(--lumo-space-s)");
        add(new Paragraph(new RouterLink(getTranslation("draw.contacts.back"), DrawCeremonyView.class)), content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long drawId = event.getRouteParameters().getLong("draw").orElse(0L);
        content.removeAll();
        list.removeAll();
        DrawContacts sheet;
        try {
            sheet = contacts.contacts(drawId);
        } catch (BusinessException e) {
            Paragraph refused = new Paragraph(getTranslation(e.getMessageKey(), e.getArgs()));
            refused.setId("draw-contacts-refused");
            content.add(refused);
            return;
        }
        content.add(new Paragraph(getTranslation("draw.contacts.intro", sheet.councilName(), sheet.drawId(),
                CouncilUi.date(sheet.availableUntil()))));
        Anchor csv = new Anchor(DownloadHandler.fromInputStream(e -> new DownloadResponse(new ByteArrayInputStream(
                contacts.contactsCsv(drawId, CouncilUi.locale())), "contacts-tirage-" + drawId + ".csv",
                "text/csv;charset=UTF-8", -1)), getTranslation("draw.contacts.csv"));
        csv.setId("draw-contacts-csv");
        Anchor pdf = new Anchor(DownloadHandler.fromInputStream(e -> new DownloadResponse(new ByteArrayInputStream(
                contacts.contactsPdf(drawId, CouncilUi.locale())), "contacts-tirage-" + drawId + ".pdf",
                "application/pdf", -1)), getTranslation("draw.contacts.pdf"));
        pdf.setId("draw-contacts-pdf");
        content.add(new Paragraph(csv), new Paragraph(pdf));
        if (sheet.lines().isEmpty()) {
            content.add(new Paragraph(getTranslation("draw.contacts.empty")));
            return;
        }
        content.add(new Paragraph(getTranslation("draw.contacts.count", sheet.lines().size())));
        sheet.lines().forEach(l -> list.add(item(l)));
        content.add(list);
    }

    private ListItem item(DrawContacts.Line l) {
        ListItem item = new ListItem();
        item.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)")
                .set("border-radius", "var(--lumo-border-radius-m)").set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("overflow-wrap", "anywhere");
        Div name = new Div(l.fullName());
        name.getStyle().set("font-weight", "600");
        String place = l.kind() == DrawContacts.Kind.RESERVE ? getTranslation("draw.contacts.rank", l.rank())
                : getTranslation("draw.contacts.seat", getTranslation("draw.contacts.kind." + l.kind().name()), l.seatNo());
        item.add(name, new Div(place));
        if (l.response() != null) {
            item.add(new Div(getTranslation("draw.contacts.answer", getTranslation("draw.response." + l.response(),
                    CouncilUi.date(l.deadline())))));
        }
        if (!l.phone().isBlank()) {
            Anchor tel = new Anchor("tel:" + l.phone().replace(" ", ""), l.phone());
            tel.getStyle().set("text-decoration", "underline");
            item.add(new Div(new Span(getTranslation("draw.contacts.phone-label") + " "), tel));
        }
        if (!l.email().isBlank()) {
            Anchor mail = new Anchor("mailto:" + l.email(), l.email());
            mail.getStyle().set("text-decoration", "underline");
            item.add(new Div(new Span(getTranslation("draw.contacts.email-label") + " "), mail));
        }
        if (!l.postalAddress().isBlank()) {
            item.add(new Div(getTranslation("draw.contacts.address-label") + " " + l.postalAddress()));
        }
        if (l.phone().isBlank() && l.email().isBlank() && l.postalAddress().isBlank()) {
            item.add(new Div(getTranslation("draw.contacts.no-contact")));
        }
        return item;
    }

    @Override
    protected String titleKey() {
        return "draw.contacts.title";
    }
}
