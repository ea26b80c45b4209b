package fr.agora.council.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import fr.agora.council.service.CouncilData;
import fr.agora.council.service.MembershipService;
import fr.agora.council.service.MemberData;
import fr.agora.shared.domain.Role;
import fr.agora.shared.ui.AgoraView;
import fr.agora.shared.ui.MainLayout;
import fr.agora.shared.ui.ResponsiveTable;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;

/** The members' area: the councils the signed-in member sits on, with their fellow members' contact details. */
@Route(value = "conseils/espace-membres", layout = MainLayout.class)
@RolesAllowed(Role.Names.COUNCIL_MEMBER)
public class MyCouncilView extends AgoraView {

    public MyCouncilView(MembershipService councils) {
        Map<CouncilData, List<MemberData>> mine = councils.myCouncils();
        if (mine.isEmpty()) {
            add(new Paragraph(getTranslation("council.mine.none")));
        }
        mine.forEach((council, members) -> {
            add(new H2(council.name()));
            add(new Paragraph(CouncilUi.status(this, council)));
            // a table that becomes cards on a phone: a grid was 937 px wide there (issue 13)
            ResponsiveTable<MemberData> grid = new ResponsiveTable<>(getTranslation("council.mine.grid", council.name()));
            grid.column(getTranslation("council.col.college"), m -> getTranslation("council.college." + m.college().name()))
                    .column(getTranslation("council.col.position"), m -> getTranslation("council.position." + m.position().name()))
                    .column(getTranslation("council.col.name"), MemberData::fullName)
                    .column(getTranslation("council.col.email"), m -> m.email() == null ? "" : m.email())
                    .column(getTranslation("council.col.phone"), m -> m.phone() == null ? "" : m.phone());
            grid.setItems(members);
            add(grid);
            String me = fr.agora.shared.service.CurrentUser.email().orElse("");
            members.stream().filter(m -> me.equalsIgnoreCase(m.email())).forEach(m -> {
                com.vaadin.flow.component.checkbox.Checkbox named = new com.vaadin.flow.component.checkbox.Checkbox(
                        getTranslation("council.mine.consent", council.name()), m.publicConsent());
                named.setId("council-consent-" + m.id());
                named.addValueChangeListener(e -> {
                    try {
                        councils.setMyPublicConsent(m.id(), e.getValue());
                        fr.agora.shared.ui.Notifications.success(getTranslation(e.getValue()
                                ? "council.mine.consent.on" : "council.mine.consent.off"));
                    } catch (fr.agora.shared.domain.BusinessException ex) {
                        fr.agora.shared.ui.Notifications.error(ex);
                    }
                });
                add(named);
            });
        });
    }

    @Override
    protected String titleKey() {
        return "council.mine.title";
    }
}
