package fr.agora.council.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import fr.agora.council.domain.College;
import fr.agora.council.domain.MemberOrigin;
import fr.agora.council.domain.SeatPosition;
import fr.agora.council.service.Appointment;
import fr.agora.council.service.CouncilData;
import fr.agora.council.service.CouncilService;
import fr.agora.council.service.DrawData;
import fr.agora.council.service.DrawReplyService;
import fr.agora.council.service.MemberData;
import fr.agora.council.service.MembershipService;
import fr.agora.council.support.CouncilTestData;
import fr.agora.shared.domain.Role;
import fr.agora.support.AgoraSpringTest;
import fr.agora.support.As;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** Issue 14, item 3 in the views: "Fin de mandat" and "Refuse" ask first, say what will happen, take what they need. */
@AgoraSpringTest
class UndoableActsViewTest extends SpringBrowserlessTest {

    @Autowired
    CouncilTestData data;
    @Autowired
    CouncilService councils;
    @Autowired
    MembershipService membership;
    @Autowired
    DrawReplyService replies;

    @Test
    @WithMockUser(username = "agent.fin@test.local", roles = {"STAFF"})
    void endOfMandateAsksForTheReasonSaysWhatHappensAndCanBeUndone() {
        CouncilData c = data.council().named("Conseil fin vue").create();
        membership.appoint(c.id(), College.HABITANTS, MemberOrigin.ASSISTED,
                new Appointment("Awa Titulaire", null, null, null, false),
                new Appointment("Léa Suppléante", null, null, null, false));
        MemberData t = councils.members(c.id()).stream().filter(m -> m.position() == SeatPosition.TITULAIRE)
                .findFirst().orElseThrow();
        CouncilsAdminView view = navigate("conseils/gestion", CouncilsAdminView.class);
        view.open(councils.get(c.id()));
        test($(Button.class).id("council-end-" + t.id())).click();
        assertThat($(Paragraph.class).id("council-end-what").getText()).contains("deviendra titulaire")
                .contains("15 minutes");
        // no reason: refused in French, nothing changed
        test($(Button.class).id("council-end-confirm")).click();
        assertThat(test($(Notification.class).last()).getText()).contains("motif");
        assertThat(councils.members(c.id())).allMatch(MemberData::active);

        test($(TextArea.class).id("council-end-reason")).setValue("Démission par courrier");
        test($(Button.class).id("council-end-confirm")).click();
        List<MemberData> after = councils.members(c.id());
        assertThat(after).filteredOn(m -> m.id() == t.id()).singleElement().matches(m -> !m.active());
        assertThat(view.detail.getElement().getTextRecursively()).contains("Motif : Démission par courrier");

        test($(Button.class).id("council-undo-" + t.id())).click();
        assertThat(councils.members(c.id())).allMatch(MemberData::active);
    }

    @Test
    @WithMockUser(username = CouncilTestData.OPERATOR, roles = {"DRAW_OPERATOR"})
    void aRefusalSaysWhoOfTheReserveWillBeCalledBeforeItIsRecorded() {
        CouncilData c = data.council().named("Conseil refus vue").create();
        DrawData drawn = data.draw(c.id()).drawn();
        DrawCeremonyView view = navigate("conseils/tirages", DrawCeremonyView.class);
        view.council.setValue(view.council.getListDataView().getItems().filter(x -> x.id() == c.id()).findFirst()
                .orElseThrow());
        MemberData first = replies.drawnMembers(drawn.id()).get(0);
        test($(Button.class).id("draw-decline-" + first.id())).click();
        assertThat($(Paragraph.class).id("draw-confirm-what").getText()).contains("Siège " + first.seatNo());
        // nothing happened yet
        assertThat(replies.drawnMembers(drawn.id())).hasSize(drawn.panelSize());
        test($(Button.class).id("draw-confirm-ok")).click();
        assertThat(replies.drawnMembers(drawn.id())).filteredOn(m -> m.id() == first.id()).singleElement()
                .matches(m -> "DECLINED".equals(m.response()) && !m.active());
        assertThat(view.steps.getElement().getTextRecursively()).contains("refusée");
    }
}
