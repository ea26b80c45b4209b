package fr.agora.meetings.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import fr.agora.meetings.service.ComplianceReport;
import fr.agora.meetings.service.ComplianceService;
import fr.agora.shared.domain.Role;
import fr.agora.shared.ui.AgoraView;
import fr.agora.shared.ui.MainLayout;
import jakarta.annotation.security.RolesAllowed;

/**
 * The compliance dashboard: conseils under five meetings held or planned this calendar year (per collège), and
 * comités without a visite de proximité this year; then every line, so staff see who is fine too.
 */
@Route(value = MeetingsNavigation.COMPLIANCE, layout = MainLayout.class)
@RolesAllowed({Role.Names.STAFF, Role.Names.ADMIN, Role.Names.ELECTED})
public class ComplianceView extends AgoraView {

    final ComplianceReport report;
    final Div flaggedCouncils = new Div();
    final Div flaggedComites = new Div();

    public ComplianceView(ComplianceService compliance) {
        addClassName("agora-meetings");
        report = compliance.currentYear();
        add(new Paragraph(getTranslation("meetings.compliance.intro", report.year(), report.minimum())));
        add(new H2(getTranslation("meetings.compliance.councils")));
        flaggedCouncils.setId("compliance-councils");
        flaggedCouncils.addClassName("agora-cards");
        for (ComplianceReport.CouncilLine c : report.councils()) {
            boolean flagged = c.fewest() < report.minimum();
            Div card = new Div(new H3(c.name()), new Paragraph(getTranslation("meetings.compliance.council-line",
                    c.joint(), c.habitants(), c.associations(), c.fewest())));
            card.addClassName("agora-card");
            card.add(new Paragraph(MeetingUi.badge(getTranslation(flagged ? "meetings.compliance.flag-meetings"
                    : "meetings.compliance.ok"))));
            if (flagged) {
                card.addClassName("agora-flagged");
                card.setId("compliance-flag-council-" + c.councilId());
            }
            flaggedCouncils.add(card);
        }
        if (report.councils().isEmpty()) {
            flaggedCouncils.add(new Paragraph(getTranslation("meetings.compliance.no-council")));
        }
        add(flaggedCouncils);
        add(new H2(getTranslation("meetings.compliance.comites")));
        flaggedComites.setId("compliance-comites");
        flaggedComites.addClassName("agora-cards");
        for (ComplianceReport.ComiteLine q : report.comites()) {
            boolean flagged = q.visites() == 0;
            Div card = new Div(new H3(q.name()), new Paragraph(getTranslation("meetings.compliance.comite-line", q.visites())));
            card.addClassName("agora-card");
            card.add(new Paragraph(MeetingUi.badge(getTranslation(flagged ? "meetings.compliance.flag-visite"
                    : "meetings.compliance.ok"))));
            if (flagged) {
                card.setId("compliance-flag-comite-" + q.comiteId());
            }
            flaggedComites.add(card);
        }
        add(flaggedComites);
    }

    @Override
    protected String titleKey() {
        return "meetings.compliance.title";
    }
}
