package fr.agora.shared.service;

import static org.assertj.core.api.Assertions.assertThat;

import fr.agora.council.domain.CampaignKind;
import fr.agora.council.pool.EuStatus;
import fr.agora.council.domain.SeatRounding;
import fr.agora.council.pool.Sex;
import fr.agora.council.service.CampaignData;
import fr.agora.council.service.CampaignForm;
import fr.agora.council.service.CampaignService;
import fr.agora.budget.service.BudgetFixtures;
import fr.agora.council.service.CandidacyReceipt;
import fr.agora.council.service.CandidacyService;
import fr.agora.council.service.CouncilForm;
import fr.agora.council.service.CouncilService;
import fr.agora.council.service.MyCandidacies;
import fr.agora.council.service.ResidentApplication;
import fr.agora.shared.domain.Role;
import fr.agora.shared.domain.UserAccount;
import fr.agora.shared.domain.UserAccountRepository;
import fr.agora.support.AgoraSpringTest;
import fr.agora.support.As;
import fr.agora.support.MutableClock;
import fr.agora.walks.domain.ObservationRepository;
import fr.agora.walks.service.MyPin;
import fr.agora.walks.service.ObservationData;
import fr.agora.walks.service.ObservationService;
import fr.agora.walks.service.TestImages;
import fr.agora.walks.service.WalkFixtures;
import fr.agora.walks.service.WalkService;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 13, item 6: a resident registers, uses every feature that holds personal data (a candidacy, a walk's pin with
 * a photo, a budget proposal, a contribution to a meeting), then downloads their data and deletes their account. Each feature contributes its part through {@link PersonalData}: the test fails when a new
 * contribution appears without being exercised here, so that no feature can be forgotten.
 */
@AgoraSpringTest
class PersonalDataJourneyTest {

    static final String PASSWORD = "Mes-Donnees-2026!";

    @Autowired
    AccountService accounts;
    @Autowired
    UserAccountRepository users;
    @Autowired
    List<PersonalData> contributions;
    @Autowired
    CouncilService councils;
    @Autowired
    CandidacyService candidacies;
    @Autowired
    CampaignService calls;
    @Autowired
    MyCandidacies myCandidacies;
    @Autowired
    BudgetFixtures budgetFx;
    @Autowired
    fr.agora.budget.domain.ProposalRepository proposals;
    @Autowired
    fr.agora.meetings.service.MeetingFixtures meetingsFx;
    @Autowired
    fr.agora.meetings.service.MeetingService meetings;
    @Autowired
    fr.agora.meetings.service.ParticipationService participation;
    @Autowired
    WalkFixtures walksFx;
    @Autowired
    WalkService walks;
    @Autowired
    ObservationService observations;
    @Autowired
    ObservationRepository pins;
    @Autowired
    MutableClock clock;

    @Test
    void a_residents_export_holds_every_features_part_and_deletion_erases_it() {
        // the features this journey uses: a new PersonalData contribution must be added to the journey
        assertThat(contributions.stream().map(PersonalData::key).collect(Collectors.toSet()))
                .isEqualTo(Set.of("budget", "councils", "meetings", "walks"));

        String email = "export-" + UUID.randomUUID().toString().substring(0, 8) + "@exemple.fr";
        accounts.register(new RegistrationRequest(email, "Inès Export", PASSWORD, null, true, "fr"));
        UserAccount account = users.findByEmail(email).orElseThrow();
        long id = account.getId();
        account.verifyEmail();
        users.save(account);

        // councils: a candidacy with the account's address
        walksFx.accounts();
        Instant now = clock.instant();
        long council = As.user(WalkFixtures.STAFF, () -> councils.create(new CouncilForm("Conseil export "
                + UUID.randomUUID(), List.of("QPV-PIERRE-ROLLIN"), 2920, "INSEE", 2025, SeatRounding.HALF_UP, false, 2, true)).id(),
                Role.Names.STAFF);
        CampaignData call = As.user(WalkFixtures.STAFF, () -> calls.create(new CampaignForm(council,
                CampaignKind.HABITANT, "Appel export", null, null, now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(30)),
                16)), Role.Names.STAFF);
        CandidacyReceipt receipt = As.anonymous(() -> candidacies.apply(call.id(), new ResidentApplication("Export", "Inès",
                email, null, "QPV-PIERRE-ROLLIN", "12 rue Pierre Rollin", "80000", LocalDate.of(1990, 5, 4), Sex.FEMALE,
                EuStatus.NON_EU, true, true), Locale.FRENCH));

        // walks: enrolled on a walk, one pin with a photo
        long walk = As.user(WalkFixtures.STAFF, () -> {
            long w = walks.create(walksFx.form("Marche export " + UUID.randomUUID().toString().substring(0, 6),
                    fr.agora.walks.domain.WalkTheme.INSECURITE_FEMMES)).id();
            walks.addParticipant(w, email);
            return w;
        }, Role.Names.STAFF);
        ObservationData pin = As.user(email, () -> observations.submit(walk, walksFx.pin("Lampadaire éteint rue export",
                WalkFixtures.ETOUVIE)), Role.Names.RESIDENT);
        As.user(email, () -> observations.addPhoto(pin.id(), TestImages.encode(TestImages.picture(64, 48), "jpg")),
                Role.Names.RESIDENT);

        // budget participatif: a proposal deposited
        budgetFx.accounts();
        long edition = budgetFx.edition().id();
        budgetFx.deposit(edition, email, "Aire de jeux export");

        // meetings: a contribution to a council's meeting
        var meetingCouncil = meetingsFx.council(1);
        LocalDate today = LocalDate.now(clock.withZone(java.time.ZoneId.of("Europe/Paris")));
        long meeting = As.user(fr.agora.meetings.service.MeetingFixtures.STAFF, () -> meetings.plan(
                new fr.agora.meetings.service.MeetingForm(meetingCouncil.key(), "Réunion export", today.plusDays(10),
                        java.time.LocalTime.of(18, 0), java.time.LocalTime.of(20, 0), "Salle", null, true,
                        today.plusDays(5).atTime(23, 59), List.of("Ouverture"))), Role.Names.STAFF).summary().id();
        As.user(email, () -> participation.contribute(meeting, "Contribution export", "Les bancs manquent au square."),
                Role.Names.RESIDENT);

        // "Mon espace" sees both, with their true states
        assertThat(As.user(email, () -> myCandidacies.mine(clock.instant()), Role.Names.RESIDENT))
                .singleElement().satisfies(c -> {
                    assertThat(c.reference()).isEqualTo(receipt.reference());
                    assertThat(c.callOpen()).isTrue();
                });
        assertThat(As.user(email, () -> observations.mine(), Role.Names.RESIDENT)).singleElement()
                .extracting(MyPin::stateKey).isEqualTo("walk.pin.state.PENDING");

        String json = new String(As.user(email, () -> accounts.exportMyData(), Role.Names.RESIDENT), StandardCharsets.UTF_8);
        assertThat(json).contains("\"account\"").contains(email)
                .contains("\"councils\"").contains(receipt.reference()).contains("Appel export")
                .contains("\"walks\"").contains("Lampadaire éteint rue export").contains("\"base64\"")
                .contains("Marche export")
                .contains("\"budget\"").contains("Aire de jeux export")
                .contains("\"meetings\"").contains("Les bancs manquent au square.");

        As.user(email, () -> accounts.deleteMyAccount(PASSWORD), Role.Names.RESIDENT);
        assertThat(users.findByEmail(email)).isEmpty();
        assertThat(pins.findByAuthor(id)).isEmpty();
        assertThat(proposals.findByHolder(email)).isEmpty();
        assertThat(pins.findById(pin.id())).get().satisfies(o -> assertThat(o.getText()).isEqualTo("Lampadaire éteint rue export"));
        assertThat(As.user(WalkFixtures.STAFF, () -> walks.get(walk), Role.Names.STAFF).toString()).doesNotContain(email);
    }
}
