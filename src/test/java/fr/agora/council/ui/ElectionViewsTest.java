package fr.agora.council.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.details.Details;
import fr.agora.council.domain.CampaignKind;
import fr.agora.council.domain.College;
import fr.agora.council.domain.OrganisationType;
import fr.agora.council.domain.SeatRounding;
import fr.agora.council.service.AssociationApplication;
import fr.agora.council.service.CampaignForm;
import fr.agora.council.service.CandidacyService;
import fr.agora.council.service.CandidateData;
import fr.agora.council.service.CouncilForm;
import fr.agora.council.service.CouncilService;
import fr.agora.council.service.ElectionCampaign;
import fr.agora.council.service.ElectionOpening;
import fr.agora.council.service.ElectionRegister;
import fr.agora.council.service.ElectionService;
import fr.agora.council.service.Turnout;
import fr.agora.council.service.VoterCode;
import fr.agora.shared.domain.Role;
import fr.agora.shared.service.RunAs;
import fr.agora.support.AgoraSpringTest;
import fr.agora.support.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** The public voting page and the staff view of the association elections, without a browser. */
@AgoraSpringTest
class ElectionViewsTest extends SpringBrowserlessTest {

    static final String STAFF = "agent.vote@test.local";

    @Autowired
    fr.agora.council.service.CampaignService calls;
    @Autowired
    ElectionService elections;

    @Autowired
    ElectionRegister register;

    @Autowired
    CandidacyService candidacies;

    @Autowired
    CouncilService councils;

    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** A council with 2 associations seats and a closed call with 3 association candidacies; returns the call. */
    long closedCallOfThree() {
        long council = RunAs.user(STAFF, () -> councils.create(new CouncilForm("Conseil vote " + UUID.randomUUID(),
                List.of("QPV-PIERRE-ROLLIN"), 1000, "INSEE", 2025, SeatRounding.HALF_UP, false, 2, true)).id(), Role.Names.STAFF);
        Instant now = clock.instant();
        long call = RunAs.user(STAFF, () -> calls.create(new CampaignForm(council, CampaignKind.ASSOCIATION,
                "Appel associations", null, null, now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(5)), 16)).id(),
                Role.Names.STAFF);
        String run = UUID.randomUUID().toString().substring(0, 6);
        for (int i = 1; i <= 3; i++) {
            candidacies.applyAssociation(call, new AssociationApplication("Association " + i + " " + run,
                    OrganisationType.COLLECTIF, "QPV-PIERRE-ROLLIN", "Contact", "Alex", null, "06 00 00 00 0" + i,
                    "Titulaire " + i, null, "Suppléant " + i, null, true), Locale.FRENCH);
            clock.advance(Duration.ofMinutes(1));
        }
        clock.advance(Duration.ofDays(6));
        return call;
    }

    @Test
    void anAssociationVotesOnItsPhoneWithItsCodeAndTheServerHoldsTheLimit() {
        long call = closedCallOfThree();
        ElectionOpening opening = RunAs.user(STAFF, () -> elections.open(call, null), Role.Names.STAFF);
        // no e-mail given: every code is to be handed out at the meeting
        assertThat(opening.codes()).hasSize(3).allMatch(c -> c.mailedTo() == null);
        String code = opening.codes().get(0).code();
        // the council's public page points to the vote
        String slug = RunAs.user(STAFF, () -> calls.campaign(call).councilSlug(), Role.Names.STAFF);
        CouncilView page = navigate("conseils/" + slug, CouncilView.class);
        assertThat(page.getElement().getTextRecursively()).contains("Élection des associations en cours");

        AssociationVoteView view = navigate("conseils/vote-associations", AssociationVoteView.class);
        // an unknown code: a French message on the field, nothing else changes
        test(view.code).setValue("AAAA-BBBB-CCCC");
        test(view.next).click();
        assertThat(view.code.isInvalid()).isTrue();
        assertThat(view.code.getErrorMessage()).contains("n'est pas reconnu");

        test(view.code).setValue(code.substring(0, 4).toLowerCase(Locale.ROOT) + "-" + code.substring(4, 8) + "-"
                + code.substring(8));
        test(view.next).click();
        List<CandidateData> items = view.choices.getListDataView().getItems().toList();
        assertThat(items).hasSize(3);
        assertThat(view.getElement().getTextRecursively()).contains("Choisissez de 1 à 2 associations");
        view.choices.setValue(Set.of(items.get(0)));
        assertThat(view.count.getText()).isEqualTo("Associations choisies : 1 sur 2 au plus");
        // two chosen: the third box is disabled (a help only, see below)
        view.choices.setValue(Set.of(items.get(0), items.get(1)));
        assertThat(view.choices.getItemEnabledProvider().test(items.get(2))).isFalse();
        assertThat(view.choices.getItemEnabledProvider().test(items.get(1))).isTrue();

        // whatever the page lets through, the server refuses a third choice and the code stays usable
        view.choices.setValue(Set.copyOf(items));
        test(view.vote).click();
        assertThat(view.error.getText()).contains("au plus 2 associations");
        assertThat(RunAs.user(STAFF, () -> register.turnout(opening.election().id()), Role.Names.STAFF))
                .isEqualTo(new Turnout(0, 3));

        view.choices.setValue(Set.of(items.get(0), items.get(2)));
        test(view.vote).click();
        assertThat($(com.vaadin.flow.component.html.Paragraph.class).id("election-vote-done").getText())
                .contains("Votre vote est enregistré");
        assertThat(RunAs.user(STAFF, () -> register.turnout(opening.election().id()), Role.Names.STAFF))
                .isEqualTo(new Turnout(1, 3));

        // the same code again: refused
        AssociationVoteView again = navigate("conseils/vote-associations", AssociationVoteView.class);
        test(again.code).setValue(code);
        test(again.next).click();
        assertThat(again.code.getErrorMessage()).contains("déjà servi");

        // after the close, the results are public on the same page
        RunAs.user(STAFF, () -> elections.close(opening.election().id()), Role.Names.STAFF);
        AssociationVoteView results = navigate("conseils/vote-associations", AssociationVoteView.class);
        Details published = $(Details.class).id("election-results-" + opening.election().id());
        String text = published.getElement().getTextRecursively();
        assertThat(text).contains("1 bulletin pour 2 sièges").contains("Associations élues")
                .contains("Suppléantes classées").contains("Graine du tirage").contains(items.get(0).organisation());
        assertThat(results.getPageTitle()).startsWith("Vote des associations");
    }

    @Test
    @WithMockUser(username = STAFF, roles = {"STAFF"})
    void staffOpenFollowCloseAndAppointFromTheirView() {
        long call = closedCallOfThree();
        ElectionsAdminView view = navigate("conseils/elections", ElectionsAdminView.class);
        ElectionCampaign row = view.calls.getListDataView().getItems().filter(c -> c.campaignId() == call).findFirst()
                .orElseThrow();
        view.calls.select(row);
        assertThat(view.detail.getElement().getTextRecursively()).contains("3 associations candidates pour 2 sièges libres");
        test(view.primary).click();
        String opened = view.detail.getElement().getTextRecursively();
        assertThat(opened).contains("Aucun vote sur 3 codes émis").contains("Codes de vote à remettre")
                .contains("à remettre en main propre");
        long electionId = elections.campaigns().stream().filter(c -> c.campaignId() == call).findFirst().orElseThrow()
                .election().id();
        // staff cannot vote, even with a code shown on their screen
        java.util.regex.Matcher shown = java.util.regex.Pattern.compile("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}")
                .matcher(view.codes.getElement().getTextRecursively());
        assertThat(shown.find()).isTrue();
        AssociationVoteView voting = navigate("conseils/vote-associations", AssociationVoteView.class);
        test(voting.code).setValue(shown.group());
        test(voting.next).click();
        assertThat(voting.code.getErrorMessage()).contains("ne votent pas");
        view = navigate("conseils/elections", ElectionsAdminView.class);
        view.calls.select(view.calls.getListDataView().getItems().filter(c -> c.campaignId() == call).findFirst()
                .orElseThrow());
        test(view.primary).click();
        test($(com.vaadin.flow.component.button.Button.class).id("election-close-confirm")).click();
        assertThat(view.detail.getElement().getTextRecursively()).contains("Aucun bulletin pour 2 sièges");
        test(view.appoint).click();
        assertThat(councils.members(row.councilId()).stream().filter(m -> m.college() == College.ASSOCIATIONS))
                .hasSize(4);
        assertThat(view.detail.getElement().getTextRecursively()).contains("ont été nommées au conseil");
        assertThat(elections.results(electionId).election().appointed()).isTrue();
        Set<String> listed = view.calls.getListDataView().getItems().map(ElectionCampaign::title).collect(Collectors.toSet());
        assertThat(listed).contains("Appel associations");
    }

    static String codeOf(List<VoterCode> codes, int i) {
        return codes.get(i).code();
    }
}
