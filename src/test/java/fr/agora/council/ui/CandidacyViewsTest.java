package fr.agora.council.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Div;
import fr.agora.council.domain.CampaignKind;
import fr.agora.council.domain.SeatRounding;
import fr.agora.council.pool.Sex;
import fr.agora.council.service.CampaignData;
import fr.agora.council.service.CampaignForm;
import fr.agora.council.service.CandidacyData;
import fr.agora.council.service.CandidacyService;
import fr.agora.council.service.CouncilForm;
import fr.agora.council.service.CouncilService;
import fr.agora.shared.domain.Role;
import fr.agora.shared.service.RunAs;
import fr.agora.support.AgoraSpringTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** A resident applies from the public form; staff enter a paper candidacy; refusals keep what was typed. */
@AgoraSpringTest
class CandidacyViewsTest extends SpringBrowserlessTest {

    static final String STAFF = "agent.candidature.vue@test.local";

    @Autowired
    fr.agora.council.service.CampaignService calls;
    @Autowired
    CouncilService councils;

    @Autowired
    CandidacyService candidacies;

    @Autowired
    fr.agora.support.MutableClock clock;

    @org.junit.jupiter.api.BeforeEach
    void resetClock() {
        clock.reset();
    }

    CampaignData call(CampaignKind kind, Instant opens, Instant closes) {
        return RunAs.user(STAFF, () -> {
            long council = councils.create(new CouncilForm("Conseil candidature vue " + UUID.randomUUID(),
                    List.of("QPV-PIERRE-ROLLIN"), 2920, "INSEE", 2025, SeatRounding.HALF_UP, false, 2, true)).id();
            return calls.create(new CampaignForm(council, kind, "Appel " + kind, "Rejoignez le conseil citoyen",
                    "Journal municipal", opens, closes, 16));
        }, Role.Names.STAFF);
    }

    List<CandidacyData> received(CampaignData c) {
        return RunAs.user(STAFF, () -> candidacies.candidacies(c.id()), Role.Names.STAFF);
    }

    @Test
    void aResidentAppliesFromThePhoneFormAndGetsAReference() {
        CampaignData c = call(CampaignKind.HABITANT, clock.instant().minusSeconds(60), clock.instant().plus(Duration.ofDays(20)));
        CandidacyView list = navigate(CandidacyView.path(c.councilSlug(), null), CandidacyView.class);
        assertThat(list.getElement().getTextRecursively()).contains("Appel HABITANT").contains("Ouvert du")
                .contains("Journal municipal");

        CandidacyView view = navigate(CandidacyView.path(c.councilSlug(), c.id()), CandidacyView.class);
        CandidacyForm form = view.form;
        test(form.lastName).setValue("Benali");
        test(form.firstName).setValue("Nadia");
        form.sex.setValue(Sex.FEMALE);
        form.birthDate.setValue(LocalDate.of(1992, 4, 5));
        test(form.address).setValue("12 rue Pierre Rollin");
        test(form.email).setValue("nadia.vue@habitant.test");
        form.consent.setValue(true);
        // not ticked "I live here": refused, nothing lost
        test(form.submit).click();
        assertThat(form.error.getText()).contains("réservé aux habitantes et habitants de Pierre Rollin");
        assertThat(form.lastName.getValue()).isEqualTo("Benali");
        assertThat(received(c)).isEmpty();

        form.resides.setValue(true);
        test(form.submit).click();
        Div receipt = $(Div.class).id("candidacy-receipt");
        assertThat(receipt.getElement().getTextRecursively()).containsPattern("Votre référence : C-[A-Z2-9]{8}")
                .contains("courriel de confirmation");
        assertThat(received(c)).singleElement().satisfies(d -> assertThat(d.lastName()).isEqualTo("Benali"));
    }

    @Test
    void aClosedCallShowsWhyAndOffersNoForm() {
        CampaignData c = call(CampaignKind.HABITANT, clock.instant().minus(Duration.ofDays(10)),
                clock.instant().minus(Duration.ofDays(1)));
        CandidacyView view = navigate(CandidacyView.path(c.councilSlug(), c.id()), CandidacyView.class);
        assertThat(view.form).isNull();
        assertThat(view.getElement().getTextRecursively()).contains("les candidatures ne sont plus acceptées");
    }

    @Test
    @WithMockUser(username = STAFF, roles = {"STAFF"})
    void staffEnterAnAssociationsPaperApplication() {
        CampaignData c = call(CampaignKind.ASSOCIATION, clock.instant().minusSeconds(60), clock.instant().plus(Duration.ofDays(20)));
        CampaignsAdminView view = navigate("conseils/candidatures", CampaignsAdminView.class);
        view.campaigns.select(view.campaigns.getListDataView().getItems().filter(x -> x.id() == c.id()).findFirst()
                .orElseThrow());
        test(view.detail.getChildren().filter(x -> "candidacy-assisted".equals(x.getId().orElse(null))).findFirst()
                .map(com.vaadin.flow.component.button.Button.class::cast).orElseThrow()).click();
        CandidacyForm form = view.assistedForm;
        test(form.organisation).setValue("Amicale des locataires Pierre Rollin");
        form.organisationType.setValue(fr.agora.council.domain.OrganisationType.LOCATAIRES);
        test(form.lastName).setValue("Martin");
        test(form.firstName).setValue("Claire");
        test(form.phone).setValue("03 22 00 00 00");
        test(form.titulaire).setValue("Claire Martin");
        test(form.suppleant).setValue("Ahmed Diallo");
        test(form.receivedBy).setValue("Centre social Pierre Rollin");
        form.consent.setValue(true);
        test(form.submit).click();
        assertThat(received(c)).singleElement().satisfies(d -> {
            assertThat(d.assisted()).isTrue();
            assertThat(d.enteredBy()).isEqualTo(STAFF);
            assertThat(d.receivedBy()).isEqualTo("Centre social Pierre Rollin");
            assertThat(d.suppleantName()).isEqualTo("Ahmed Diallo");
        });
        assertThat(view.detail.getElement().getTextRecursively()).contains("1 candidature(s) en cours");
    }

    @Test
    @WithMockUser(username = STAFF, roles = {"STAFF"})
    void staffCloseACallNowAfterSeeingWhatItDoes() {
        CampaignData c = call(CampaignKind.HABITANT, clock.instant().minusSeconds(60), clock.instant().plus(Duration.ofDays(20)));
        CampaignsAdminView view = navigate("conseils/candidatures", CampaignsAdminView.class);
        view.campaigns.select(view.campaigns.getListDataView().getItems().filter(x -> x.id() == c.id()).findFirst()
                .orElseThrow());
        test(view.detail.getChildren().filter(x -> "candidacy-close-now".equals(x.getId().orElse(null))).findFirst()
                .map(com.vaadin.flow.component.button.Button.class::cast).orElseThrow()).click();
        com.vaadin.flow.component.confirmdialog.ConfirmDialog dialog =
                $(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class).single();
        assertThat(test(dialog).getText()).contains("refusées dès maintenant").contains("définitive");
        // cancelling changes nothing
        test(dialog).cancel();
        assertThat(calls.campaign(c.id()).open()).isTrue();
        test(view.detail.getChildren().filter(x -> "candidacy-close-now".equals(x.getId().orElse(null))).findFirst()
                .map(com.vaadin.flow.component.button.Button.class::cast).orElseThrow()).click();
        test($(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class).last()).confirm();
        CampaignData closed = calls.campaign(c.id());
        assertThat(closed.open()).isFalse();
        // read back from the database, to the microsecond
        assertThat(closed.closesAt()).isBetween(clock.instant().minusMillis(1), clock.instant());
        // the closed call offers no "close now" any more
        assertThat(view.detail.getChildren().filter(x -> "candidacy-close-now".equals(x.getId().orElse(null)))).isEmpty();
    }
}
