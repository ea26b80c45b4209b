package fr.agora.budget.service;

import static fr.agora.budget.service.BudgetFixtures.ETOUVIE;
import static fr.agora.budget.service.BudgetFixtures.MEMBER;
import static fr.agora.budget.service.BudgetFixtures.MODERATOR;
import static fr.agora.budget.service.BudgetFixtures.OTHER;
import static fr.agora.budget.service.BudgetFixtures.OTHER_REVIEWER;
import static fr.agora.budget.service.BudgetFixtures.PARIS;
import static fr.agora.budget.service.BudgetFixtures.PARTNER;
import static fr.agora.budget.service.BudgetFixtures.RESIDENT;
import static fr.agora.budget.service.BudgetFixtures.REVIEWER;
import static fr.agora.budget.service.BudgetFixtures.STAFF;
import static fr.agora.budget.service.BudgetFixtures.TEACHER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.agora.budget.BudgetBallot;
import fr.agora.budget.domain.Channel;
import fr.agora.budget.domain.EnvelopeKind;
import fr.agora.budget.domain.HolderKind;
import fr.agora.budget.domain.Phase;
import fr.agora.budget.domain.ProposalEventKind;
import fr.agora.budget.domain.ProposalStatus;
import fr.agora.budget.domain.ReviewOutcome;
import fr.agora.shared.domain.AuditEventRepository;
import fr.agora.shared.domain.BusinessException;
import fr.agora.shared.domain.MailMessageRepository;
import fr.agora.shared.domain.Role;
import fr.agora.support.AgoraSpringTest;
import fr.agora.support.As;
import fr.agora.support.MutableClock;
import fr.agora.walks.service.TestImages;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** Every rule of the budget participatif up to the ballot, on MariaDB, through the services. */
@AgoraSpringTest
class BudgetServiceTest {

    @Autowired
    fr.agora.shared.notify.service.NotificationPreferences notifyPreferences;
    @Autowired
    BudgetFixtures fx;
    @Autowired
    EditionService editions;
    @Autowired
    ProposalService proposals;
    @Autowired
    ProposalQueries queries;
    @Autowired
    ModerationService moderation;
    @Autowired
    ReviewService reviews;
    @Autowired
    CommissionService commission;
    @Autowired
    BudgetBallot ballot;
    @Autowired
    AuditEventRepository audit;
    @Autowired
    MailMessageRepository outbox;
    @Autowired
    MutableClock clock;

    long edition;

    @BeforeEach
    void edition() {
        fx.accounts();
        edition = fx.edition().id();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    ProposalDetail detail(long id) {
        return As.anonymous(() -> queries.detail(id, Locale.FRENCH));
    }

    static void refused(Runnable r, String key) {
        assertThatThrownBy(r::run).isInstanceOf(BusinessException.class)
                .satisfies(e -> assertThat(((BusinessException) e).getMessageKey()).isEqualTo(key));
    }

    long auditCount(String action) {
        return audit.search(null, action, null, null, PageRequest.of(0, 500)).size();
    }

    @Test
    void sub_envelopes_never_add_up_to_more_than_the_total() {
        EditionForm over = new EditionForm(2099, "Trop", 100_000, 21,
                List.of(new EditionForm.EnvelopeInput("CLASSES", "Classes citoyennes", EnvelopeKind.CLASSES, null, 60_000),
                        new EditionForm.EnvelopeInput("THEME", "Jardins", EnvelopeKind.THEMATIC, null, 50_000)),
                BudgetFixtures.phases(BudgetFixtures.today()));
        refused(() -> As.user(STAFF, () -> editions.create(over), Role.Names.STAFF), "budget.envelope.over-total");
        assertThat(editions.all()).noneMatch(e -> e.year() == 2099);
        // lowering the total under the envelopes already set is refused too
        EditionData e = editions.edition(edition);
        EditionForm lower = new EditionForm(e.year(), e.title(), 20_000, 21,
                List.of(new EditionForm.EnvelopeInput("CLASSES", "Classes citoyennes", EnvelopeKind.CLASSES, null, 30_000)),
                BudgetFixtures.phases(BudgetFixtures.today()));
        refused(() -> As.user(STAFF, () -> editions.update(edition, lower), Role.Names.STAFF), "budget.envelope.over-total");
        assertThat(editions.edition(edition).totalEuros()).isEqualTo(1_000_000);
    }

    @Test
    void the_phase_comes_from_the_server_clock_in_paris() {
        EditionData e = editions.edition(edition);
        assertThat(e.currentPhase()).isEqualTo(Phase.DEPOT);
        assertThat(e.proposalsOpen()).isTrue();
        clock.advance(Duration.ofDays(15));
        EditionData later = editions.edition(edition);
        assertThat(later.currentPhase()).isEqualTo(Phase.ANALYSE);
        assertThat(later.proposalsOpen()).isFalse();
        assertThat(later.phases()).filteredOn(EditionData.PhaseData::past).extracting(EditionData.PhaseData::phase)
                .containsExactly(Phase.DEPOT);
    }

    @Test
    void a_resident_drafts_then_deposits_and_the_history_is_public() {
        long id = As.user(RESIDENT, () -> proposals.createDraft(edition, HolderInput.resident()), Role.Names.RESIDENT);
        // a draft keeps whatever was typed, even incomplete
        As.user(RESIDENT, () -> proposals.save(id, new ProposalForm("Aire de jeux", "", null, null, null, null, false)),
                Role.Names.RESIDENT);
        refused(() -> detail(id), "budget.proposal.unknown");
        As.user(RESIDENT, () -> proposals.submit(id, fx.content("Aire de jeux au square")), Role.Names.RESIDENT);
        ProposalDetail d = detail(id);
        assertThat(d.status()).isEqualTo(ProposalStatus.SUBMITTED);
        assertThat(d.history()).extracting(HistoryLine::kind).containsExactly(ProposalEventKind.DEPOSITED);
        assertThat(d.summary().holderLabel()).isNull();
        assertThat(As.anonymous(() -> queries.list(edition, null, fx.categoryId("AIRES_DE_JEUX"), null, Locale.FRENCH)))
                .extracting(ProposalSummary::id).contains(id);
        assertThat(As.anonymous(() -> queries.list(edition, null, fx.categoryId("AUTRE"), null, Locale.FRENCH)))
                .extracting(ProposalSummary::id).doesNotContain(id);
        assertThat(auditCount("BUDGET_PROPOSAL_DEPOSITED")).isPositive();
    }

    @Test
    void bad_input_is_refused_with_a_message_and_changes_nothing() {
        long id = As.user(RESIDENT, () -> proposals.createDraft(edition, HolderInput.resident()), Role.Names.RESIDENT);
        ProposalForm noLocation = fx.content("Sans lieu");
        noLocation.setLocation(null);
        refused(() -> As.user(RESIDENT, () -> proposals.submit(id, noLocation), Role.Names.RESIDENT), "budget.proposal.location-required");
        ProposalForm outside = fx.content("À Paris");
        outside.setLocation(PARIS);
        refused(() -> As.user(RESIDENT, () -> proposals.submit(id, outside), Role.Names.RESIDENT), "budget.proposal.location-outside");
        ProposalForm noCategory = fx.content("Sans catégorie");
        noCategory.setCategoryId(null);
        refused(() -> As.user(RESIDENT, () -> proposals.submit(id, noCategory), Role.Names.RESIDENT), "budget.proposal.category-required");
        ProposalForm free = fx.content("Gratuit");
        free.setEstimatedEuros(0L);
        refused(() -> As.user(RESIDENT, () -> proposals.submit(id, free), Role.Names.RESIDENT), "budget.proposal.cost-positive");
        ProposalForm tooDear = fx.content("Trop cher");
        tooDear.setEstimatedEuros(980_000L);
        refused(() -> As.user(RESIDENT, () -> proposals.submit(id, tooDear), Role.Names.RESIDENT), "budget.proposal.cost-over-envelope");
        ProposalForm notInvestment = fx.content("Fonctionnement");
        notInvestment.setInvestment(false);
        refused(() -> As.user(RESIDENT, () -> proposals.submit(id, notInvestment), Role.Names.RESIDENT), "budget.proposal.investment-required");
        refused(() -> As.user(RESIDENT, () -> proposals.addPhoto(id, "<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8)),
                Role.Names.RESIDENT), "budget.photo.not-image");
        // nothing was saved: still an empty draft
        ProposalDetail d = As.user(RESIDENT, () -> queries.detail(id, Locale.FRENCH), Role.Names.RESIDENT);
        assertThat(d.status()).isEqualTo(ProposalStatus.DRAFT);
        assertThat(d.title()).isEmpty();
        assertThat(d.photos()).isEmpty();
        assertThat(auditCount("BUDGET_PROPOSAL_REFUSED")).isPositive();
        assertThat(auditCount("BUDGET_PHOTO_REFUSED")).isPositive();
    }

    @Test
    void only_holders_edit_and_only_until_the_deposit_deadline() {
        long id = fx.deposit(edition, RESIDENT, "Bancs");
        ProposalForm changed = fx.content("Bancs changés par un autre");
        refused(() -> As.user(OTHER, () -> proposals.save(id, changed), Role.Names.RESIDENT), "budget.proposal.not-holder");
        As.user(RESIDENT, () -> proposals.save(id, fx.content("Bancs et tables")), Role.Names.RESIDENT);
        assertThat(detail(id).title()).isEqualTo("Bancs et tables");
        clock.advance(Duration.ofDays(11));
        refused(() -> As.user(RESIDENT, () -> proposals.save(id, fx.content("Trop tard")), Role.Names.RESIDENT),
                "budget.proposal.deposit-closed");
        assertThat(detail(id).title()).isEqualTo("Bancs et tables");
    }

    @Test
    void a_photo_is_stored_without_its_metadata_three_at_most() throws Exception {
        long id = fx.deposit(edition, RESIDENT, "Jardin");
        PhotoData p = As.user(RESIDENT, () -> proposals.addPhoto(id, TestImages.jpegWithGps(60, 40, 1)), Role.Names.RESIDENT);
        PhotoContent clean = As.anonymous(() -> queries.photo(p.id()));
        assertThat(new String(clean.bytes(), StandardCharsets.ISO_8859_1)).doesNotContain("Exif").doesNotContain("GPS");
        As.user(RESIDENT, () -> proposals.addPhoto(id, TestImages.jpegWithGps(60, 40, 1)), Role.Names.RESIDENT);
        As.user(RESIDENT, () -> proposals.addPhoto(id, TestImages.jpegWithGps(60, 40, 1)), Role.Names.RESIDENT);
        refused(() -> As.user(RESIDENT, () -> proposals.addPhoto(id, TestImages.jpegWithGps(60, 40, 1)), Role.Names.RESIDENT),
                "budget.photo.too-many");
        assertThat(detail(id).photos()).hasSize(3);
    }

    @Test
    void a_class_submits_into_the_classes_citoyennes_envelope_without_pupil_data() {
        ClassData c = As.user(STAFF, () -> editions.createClass(TEACHER, "École Jules-Verne", "CM1 B"), Role.Names.STAFF);
        long id = As.user(TEACHER, () -> {
            long d = proposals.createDraft(edition, new HolderInput(HolderKind.CLASS, null, c.id(), List.of()));
            proposals.submit(d, fx.content("Nichoirs dans la cour"));
            return d;
        }, Role.Names.RESIDENT);
        ProposalDetail d = detail(id);
        assertThat(d.summary().envelopeName()).isEqualTo("Classes citoyennes");
        assertThat(d.summary().holderLabel()).isEqualTo("CM1 B — École Jules-Verne");
        // over the 30 000 € of the envelope
        ProposalForm dear = fx.content("Préau");
        dear.setEstimatedEuros(40_000L);
        refused(() -> As.user(TEACHER, () -> proposals.save(id, dear), Role.Names.RESIDENT), "budget.proposal.cost-over-envelope");
        // another resident cannot use the teacher's class
        refused(() -> As.user(OTHER, () -> proposals.createDraft(edition, new HolderInput(HolderKind.CLASS, null, c.id(),
                List.of())), Role.Names.RESIDENT), "budget.proposal.class-not-yours");
        assertThat(fr.agora.budget.domain.ClassAccount.class.getDeclaredFields()).extracting(f -> f.getName())
                .containsExactlyInAnyOrder("MAIRE_DE_CLASSE", "id", "teacherEmail", "school", "classLabel", "createdAt");
    }

    @Test
    void staff_and_partners_enter_a_proposal_brought_in_person() {
        long id = As.user(PARTNER, () -> proposals.enterAssisted(edition, HolderKind.RESIDENT,
                new AssistedEntry(Channel.IN_PERSON, "Centre social Étouvie", "Mme Dupont", OTHER),
                fx.content("Table de ping-pong")), Role.Names.PARTNER);
        ProposalDetail d = As.user(OTHER, () -> queries.detail(id, Locale.FRENCH), Role.Names.RESIDENT);
        assertThat(d.channel()).isEqualTo(Channel.IN_PERSON);
        assertThat(d.holder()).as("the resident with an account becomes its holder").isTrue();
        assertThat(audit.search(PARTNER, "BUDGET_PROPOSAL_ENTERED", null, null, PageRequest.of(0, 5))).singleElement()
                .satisfies(a -> assertThat(a.getDetails()).contains("IN_PERSON").contains("Centre social"));
    }

    @Test
    void moderators_hide_with_a_reason_ask_changes_and_merge_duplicates_into_co_holders() {
        long a = fx.deposit(edition, RESIDENT, "Jardin partagé rue A");
        long b = fx.deposit(edition, OTHER, "Jardin partagé rue A bis");
        As.user(MODERATOR, () -> moderation.hide(a, "Propos injurieux dans la description"), Role.Names.MODERATOR);
        refused(() -> detail(a), "budget.proposal.unknown");
        ProposalDetail seenByHolder = As.user(RESIDENT, () -> queries.detail(a, Locale.FRENCH), Role.Names.RESIDENT);
        assertThat(seenByHolder.hiddenReason()).isEqualTo("Propos injurieux dans la description");
        As.user(MODERATOR, () -> moderation.show(a), Role.Names.MODERATOR);
        refused(() -> As.user(MODERATOR, () -> moderation.hide(a, " "), Role.Names.MODERATOR), "budget.reason.required");

        As.user(MODERATOR, () -> moderation.requestChanges(a, "Précisez l'emplacement exact"), Role.Names.MODERATOR);
        assertThat(As.user(RESIDENT, () -> queries.detail(a, Locale.FRENCH), Role.Names.RESIDENT).changesRequested())
                .isEqualTo("Précisez l'emplacement exact");

        As.user(MODERATOR, () -> moderation.merge(b, a, "Même jardin"), Role.Names.MODERATOR);
        assertThat(As.user(OTHER, () -> queries.detail(a, Locale.FRENCH), Role.Names.RESIDENT).holder()).isTrue();
        assertThat(As.user(RESIDENT, () -> queries.detail(a, Locale.FRENCH), Role.Names.RESIDENT).holder()).isTrue();
        assertThat(detail(b).status()).isEqualTo(ProposalStatus.MERGED);
        assertThat(detail(b).mergedIntoId()).isEqualTo(a);
        assertThat(As.anonymous(() -> queries.list(edition, null, null, null, Locale.FRENCH))).extracting(ProposalSummary::id)
                .contains(a).doesNotContain(b);
        refused(() -> As.user(MODERATOR, () -> moderation.merge(a, a, "x"), Role.Names.MODERATOR), "budget.merge.itself");
    }

    @Test
    void any_signed_in_resident_flags_into_the_moderation_queue() {
        long a = fx.deposit(edition, RESIDENT, "Panneau");
        As.user(OTHER, () -> queries.flag(a, "Publicité déguisée"), Role.Names.RESIDENT);
        refused(() -> As.user(OTHER, () -> queries.flag(a, "Encore"), Role.Names.RESIDENT), "budget.flag.already");
        assertThatThrownBy(() -> As.anonymous(() -> {
            queries.flag(a, "anonyme");
            return null;
        })).isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThat(As.user(MODERATOR, () -> moderation.flags(), Role.Names.MODERATOR)).extracting(FlagData::proposalId).contains(a);
        As.user(MODERATOR, () -> moderation.dismissFlags(a), Role.Names.MODERATOR);
        assertThat(As.user(MODERATOR, () -> moderation.flags(), Role.Names.MODERATOR)).extracting(FlagData::proposalId)
                .doesNotContain(a);
    }

    @Test
    void the_assigned_service_reviews_and_a_refusal_reason_is_public() {
        long a = fx.deposit(edition, RESIDENT, "Skatepark");
        As.user(STAFF, () -> reviews.assign(a, fx.serviceId("VOIRIE")), Role.Names.STAFF);
        refused(() -> As.user(OTHER_REVIEWER, () -> reviews.review(a, new ReviewInput(ReviewOutcome.FEASIBLE, null, null, 10_000L)),
                Role.Names.SERVICE_REVIEWER), "budget.review.other-service");
        refused(() -> As.user(REVIEWER, () -> reviews.review(a, new ReviewInput(ReviewOutcome.NOT_FEASIBLE, "", null, null)),
                Role.Names.SERVICE_REVIEWER), "budget.review.reasons-required");
        assertThat(detail(a).status()).isEqualTo(ProposalStatus.SUBMITTED);
        As.user(REVIEWER, () -> reviews.review(a, new ReviewInput(ReviewOutcome.NOT_FEASIBLE,
                "Terrain classé en zone inondable", null, null)), Role.Names.SERVICE_REVIEWER);
        ProposalDetail d = detail(a);
        assertThat(d.status()).isEqualTo(ProposalStatus.NOT_FEASIBLE);
        assertThat(d.reviewReasons()).isEqualTo("Terrain classé en zone inondable");
        assertThat(d.history()).extracting(HistoryLine::reason).contains("Terrain classé en zone inondable");
        assertThat(auditCount("BUDGET_REVIEW_REFUSED")).isPositive();
    }

    @Test
    void the_service_cost_replaces_the_holders_and_late_reviews_are_flagged() {
        long a = fx.deposit(edition, RESIDENT, "Fontaine");
        As.user(STAFF, () -> reviews.assign(a, fx.serviceId("VOIRIE")), Role.Names.STAFF);
        clock.advance(Duration.ofDays(22));
        assertThat(As.user(STAFF, () -> reviews.board(edition, Locale.FRENCH), Role.Names.STAFF))
                .filteredOn(s -> s.id() == a).singleElement().satisfies(s -> assertThat(s.reviewOverdue()).isTrue());
        As.user(REVIEWER, () -> reviews.review(a, new ReviewInput(ReviewOutcome.FEASIBLE_WITH_CHANGES,
                "Fontaine sèche plutôt qu'à eau courante", "Fontaine sèche", 35_000L)), Role.Names.SERVICE_REVIEWER);
        ProposalDetail d = detail(a);
        assertThat(d.summary().cost()).isEqualTo(35_000L);
        assertThat(d.estimatedEuros()).isEqualTo(20_000L);
        assertThat(d.reviewScope()).isEqualTo("Fontaine sèche");
    }

    @Test
    void the_commission_decides_with_reasons_and_only_passed_proposals_reach_the_ballot() {
        long passed = fx.feasible(edition, RESIDENT, "Jeux d'eau", 50_000);
        long rejected = fx.feasible(edition, OTHER, "Statue", 40_000);
        long own = fx.feasible(edition, MEMBER, "Proposition du membre", 10_000);
        refused(() -> As.user(MEMBER, () -> commission.decide(own, true, "Très bien"), Role.Names.RESIDENT),
                "budget.commission.own-proposal");
        refused(() -> As.user(OTHER, () -> commission.decide(passed, true, "Je vote pour"), Role.Names.RESIDENT),
                "budget.commission.not-member");
        refused(() -> As.user(MEMBER, () -> commission.decide(passed, true, ""), Role.Names.RESIDENT), "budget.reason.required");
        As.user(MEMBER, () -> commission.decide(passed, true, "Utile à tout le quartier"), Role.Names.RESIDENT);
        As.user(MEMBER, () -> commission.decide(rejected, false, "Pas un besoin exprimé"), Role.Names.RESIDENT);
        refused(() -> As.user(STAFF, () -> commission.placeOnBallot(rejected), Role.Names.STAFF), "budget.ballot.not-passed");
        refused(() -> As.user(STAFF, () -> commission.placeOnBallot(own), Role.Names.STAFF), "budget.ballot.not-passed");
        assertThat(As.user(STAFF, () -> commission.openBallot(edition), Role.Names.STAFF)).isEqualTo(1);
        assertThat(ballot.ballot(edition)).extracting(b -> b.proposalId()).containsExactly(passed);
        assertThat(ballot.ballot(edition).getFirst().costEuros()).isEqualTo(50_000);
        assertThat(detail(rejected).commissionReason()).isEqualTo("Pas un besoin exprimé");
        assertThat(auditCount("BUDGET_COMMISSION_REFUSED")).isPositive();
        assertThat(auditCount("BUDGET_BALLOT_REFUSED")).isPositive();
    }

    @Test
    void followers_are_mailed_when_the_status_changes() {
        long a = fx.deposit(edition, RESIDENT, "Boîte à livres");
        As.user(OTHER, () -> queries.follow(a, true), Role.Names.RESIDENT);
        assertThat(As.user(OTHER, () -> queries.detail(a, Locale.FRENCH), Role.Names.RESIDENT).following()).isTrue();
        // a follower is mailed only once they chose "the proposals I follow" (issue 13: nothing without consent)
        As.user(OTHER, () -> notifyPreferences.optIn(fr.agora.shared.notify.Topic.followed(fr.agora.shared.notify.Topic.Kind.PROPOSAL),
                fr.agora.shared.notify.DeliveryMode.IMMEDIATE, true), Role.Names.RESIDENT);
        As.user(STAFF, () -> reviews.assign(a, fx.serviceId("VOIRIE")), Role.Names.STAFF);
        As.user(REVIEWER, () -> reviews.review(a, new ReviewInput(ReviewOutcome.NOT_FEASIBLE, "Trottoir trop étroit", null,
                null)), Role.Names.SERVICE_REVIEWER);
        assertThat(outbox.findAll()).filteredOn(m -> m.getRecipient().equals(OTHER) && m.getSubject().contains("Boîte à livres"))
                .singleElement().satisfies(m -> assertThat(m.getBody()).contains("Non faisable").contains("Trottoir trop étroit")
                        .contains("/budget/propositions/" + a));
        assertThat(outbox.findAll()).anyMatch(m -> m.getRecipient().equals(RESIDENT) && m.getSubject().contains("Boîte à livres"));
    }
}
