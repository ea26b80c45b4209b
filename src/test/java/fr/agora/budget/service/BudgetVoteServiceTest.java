package fr.agora.budget.service;

import static fr.agora.budget.service.BudgetFixtures.STAFF;
import static fr.agora.budget.service.VoteFixtures.CITY_VOTER;
import static fr.agora.budget.service.VoteFixtures.ETOUVIE_VOTER;
import static fr.agora.budget.service.VoteFixtures.NO_QUARTIER;
import static fr.agora.budget.service.VoteFixtures.OTHER_STAFF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.agora.AgoraCli;
import fr.agora.budget.domain.BallotBox;
import fr.agora.budget.domain.BallotBoxRepository;
import fr.agora.budget.domain.RealisationStatus;
import fr.agora.budget.domain.VoteSettings;
import fr.agora.shared.domain.BusinessException;
import fr.agora.shared.domain.MailMessageRepository;
import fr.agora.shared.domain.Role;
import fr.agora.support.AgoraSpringTest;
import fr.agora.support.As;
import fr.agora.support.MutableClock;
import fr.agora.voting.VotingService;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The budget vote on MariaDB, through the services: every rule and bad input of issue 17. */
@AgoraSpringTest
class BudgetVoteServiceTest {

    @Autowired
    VoteFixtures vf;
    @Autowired
    BudgetVoteService votes;
    @Autowired
    PaperDeskService desk;
    @Autowired
    BudgetResultsService results;
    @Autowired
    RealisationService realisations;
    @Autowired
    ProposalQueries queries;
    @Autowired
    BallotBoxRepository boxes;
    @Autowired
    VotingService voting;
    @Autowired
    MailMessageRepository outbox;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    static final long[] CITY = {40_000, 35_000, 30_000, 20_000};
    static final long[] ETOUVIE = {30_000, 25_000};

    VoteFixtures.Ready knapsack() {
        return vf.ready(VoteSettings.BallotType.KNAPSACK, VoteSettings.Rule.GREEDY, CITY, ETOUVIE);
    }

    VoteData.MyBallot ballotOf(String email, long edition) {
        return As.user(email, () -> votes.myBallot(edition), Role.Names.RESIDENT);
    }

    VoteData.Receipts cast(String email, long edition, Map<Long, Set<Long>> choices) {
        return As.user(email, () -> votes.cast(edition, choices, true), Role.Names.RESIDENT);
    }

    static void refused(Runnable r, String key) {
        assertThatThrownBy(r::run).isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).getMessageKey()).isEqualTo(key);
    }

    long box(VoteFixtures.Ready r, String code) {
        return boxes.findByEditionIdOrderByIdAsc(r.editionId()).stream().filter(b -> b.getEnvelopeCode().equals(code))
                .findFirst().orElseThrow().getId();
    }

    @Test
    void a_resident_gets_one_ballot_per_envelope_that_applies_and_casts_them_at_once() {
        VoteFixtures.Ready r = knapsack();
        VoteData.MyBallot etouvie = ballotOf(ETOUVIE_VOTER, r.editionId());
        assertThat(etouvie.refusal()).isNull();
        assertThat(etouvie.ballots()).hasSize(2);
        assertThat(ballotOf(CITY_VOTER, r.editionId()).ballots()).hasSize(1);
        long city = box(r, BallotBox.CITY);
        long et = box(r, "ETOUVIE");
        VoteData.Receipts receipts = cast(ETOUVIE_VOTER, r.editionId(), Map.of(city, Set.of(r.city().get(0),
                r.city().get(1)), et, Set.of()));
        assertThat(receipts.codes()).hasSize(2);
        VoteData.Overview o = votes.overview(r.editionId());
        assertThat(o.boxes()).allSatisfy(b -> assertThat(b.ballots()).isEqualTo(1));
        // one vote per person per edition, whatever the channel
        refused(() -> cast(ETOUVIE_VOTER, r.editionId(), Map.of(city, Set.of(r.city().get(2)))),
                "budgetvote.refusal.already-voted");
        refused(() -> As.user(STAFF, () -> desk.markVoter(r.editionId(), ETOUVIE_VOTER), Role.Names.STAFF),
                "budgetvote.refusal.already-voted");
        assertThat(ballotOf(ETOUVIE_VOTER, r.editionId()).voted()).isTrue();
        assertThat(votes.receiptCounted(r.editionId(), receipts.codes().get(0))).isTrue();
    }

    @Test
    void bad_input_is_refused_with_its_reason_and_writes_nothing() {
        VoteFixtures.Ready r = knapsack();
        long city = box(r, BallotBox.CITY);
        long et = box(r, "ETOUVIE");
        refused(() -> cast(NO_QUARTIER, r.editionId(), Map.of(city, Set.of(r.city().get(0)))),
                "budgetvote.refusal.no-quartier");
        refused(() -> As.user(CITY_VOTER, () -> votes.cast(r.editionId(), Map.of(city, Set.of(r.city().get(0))), false),
                Role.Names.RESIDENT), "budgetvote.refusal.age");
        // over the envelope: 40 000 + 35 000 + 30 000 > 100 000
        refused(() -> cast(CITY_VOTER, r.editionId(), Map.of(city, Set.of(r.city().get(0), r.city().get(1),
                r.city().get(2)))), "budgetvote.refusal.over-envelope");
        // a ballot of an envelope that does not apply
        refused(() -> cast(CITY_VOTER, r.editionId(), Map.of(et, Set.of(r.etouvie().get(0)))),
                "budgetvote.refusal.wrong-box");
        refused(() -> cast(CITY_VOTER, r.editionId(), Map.of(city, Set.of())), "budgetvote.refusal.no-choice");
        assertThat(votes.overview(r.editionId()).boxes()).allSatisfy(b -> assertThat(b.ballots()).isZero());
        // staff see counts only until the close: no results, no file, no ballot
        refused(() -> As.user(STAFF, () -> results.results(r.editionId()), Role.Names.STAFF), "budgetvote.results.not-yet");
        refused(() -> As.user(STAFF, () -> results.pabulib(city), Role.Names.STAFF), "budgetvote.results.not-yet");
        assertThatThrownBy(() -> voting.publishedBallots(boxes.findById(city).orElseThrow().getCoreVoteId()))
                .isInstanceOf(BusinessException.class);
        assertThat(voting.tally(boxes.findById(city).orElseThrow().getCoreVoteId()).counts()).isEmpty();
        // a tampered receipt is not counted
        VoteData.Receipts ok = cast(CITY_VOTER, r.editionId(), Map.of(city, Set.of(r.city().get(3))));
        String code = ok.codes().get(0);
        String tampered = (code.charAt(0) == 'A' ? 'B' : 'A') + code.substring(1);
        assertThat(votes.receiptCounted(r.editionId(), tampered)).isFalse();
        assertThat(votes.receiptCounted(r.editionId(), code)).isTrue();
        // after the close
        As.user(STAFF, () -> votes.close(r.editionId()), Role.Names.STAFF);
        refused(() -> cast(ETOUVIE_VOTER, r.editionId(), Map.of(city, Set.of(r.city().get(0)))),
                "budgetvote.refusal.closed");
        refused(() -> As.user(STAFF, () -> votes.configure(r.editionId(), new VoteData.SettingsForm(
                VoteSettings.BallotType.APPROVAL, 2, VoteSettings.Rule.MES, 16, VoteSettings.Eligibility.DECLARED)),
                Role.Names.STAFF), "budgetvote.settings.frozen");
    }

    @Test
    void confirmed_eligibility_needs_staff_confirmation_and_settings_are_checked() {
        VoteFixtures.Ready r = knapsack();
        refused(() -> As.user(STAFF, () -> votes.configure(r.editionId(), new VoteData.SettingsForm(
                VoteSettings.BallotType.KNAPSACK, 0, VoteSettings.Rule.GREEDY, 16, VoteSettings.Eligibility.DECLARED)),
                Role.Names.STAFF), "budgetvote.settings.frozen");
        assertThat(votes.overview(r.editionId()).minAge()).isEqualTo(16);
    }

    @Test
    void results_per_envelope_equal_the_command_line_on_the_published_file(@TempDir Path dir) throws Exception {
        VoteFixtures.Ready r = knapsack();
        long city = box(r, BallotBox.CITY);
        long et = box(r, "ETOUVIE");
        List<Long> c = r.city();
        // votes: project 1 (40k) x4, project 2 (35k) x3, project 3 (30k) x3, project 4 (20k) x1
        String[] voters = new String[6];
        for (int i = 0; i < voters.length; i++) {
            voters[i] = "electeur" + i + "-" + r.editionId() + "@test.fr";
            vf.resident(voters[i], i < 3 ? vf.etouvie() : vf.parcheminiers());
        }
        cast(voters[0], r.editionId(), Map.of(city, Set.of(c.get(0), c.get(1)), et, Set.of(r.etouvie().get(0))));
        cast(voters[1], r.editionId(), Map.of(city, Set.of(c.get(0), c.get(2)), et, Set.of(r.etouvie().get(1))));
        cast(voters[2], r.editionId(), Map.of(city, Set.of(c.get(0), c.get(2)), et, Set.of()));
        cast(voters[3], r.editionId(), Map.of(city, Set.of(c.get(0), c.get(1))));
        cast(voters[4], r.editionId(), Map.of(city, Set.of(c.get(1), c.get(2), c.get(3))));
        As.user(STAFF, () -> votes.close(r.editionId()), Role.Names.STAFF);

        VoteData.Results res = results.results(r.editionId());
        VoteData.BoxResult cityResult = res.boxes().stream().filter(b -> b.boxId() == city).findFirst().orElseThrow();
        assertThat(cityResult.ballots()).isEqualTo(5);
        // greedy by votes: 40k (4 votes); 35k and 30k tie at 3, the cheaper first (the lot's rule): 30k; then 35k
        // no longer fits (30k left) while 20k (1 vote) does
        assertThat(cityResult.lines().stream().filter(VoteData.Line::won).map(VoteData.Line::proposalId))
                .containsExactlyInAnyOrder(c.get(0), c.get(2), c.get(3));
        assertThat(cityResult.lines()).allSatisfy(l -> assertThat(l.explanation()).isNotBlank());
        VoteData.Line third = cityResult.lines().stream().filter(l -> l.proposalId().equals(c.get(1))).findFirst()
                .orElseThrow();
        assertThat(third.explanation()).contains("Non retenu").contains("Des projets qui avaient moins de voix");
        VoteData.BoxResult etResult = res.boxes().stream().filter(b -> b.boxId() == et).findFirst().orElseThrow();
        assertThat(etResult.ballots()).isEqualTo(3);
        assertThat(etResult.blank()).isEqualTo(1);
        assertThat(cityResult.receiptHashes()).hasSize(5);

        for (VoteData.BoxResult b : res.boxes()) {
            Path file = dir.resolve(b.fileName());
            Files.writeString(file, results.pabulib(b.boxId()), StandardCharsets.UTF_8);
            assertThat(b.command()).startsWith("java -jar agora.jar pb --input " + b.fileName() + " --rule greedy_by_votes");
            String[] args = b.command().substring("java -jar agora.jar ".length()).split(" ");
            args[2] = file.toString();
            List<String> selected = selected(args);
            assertThat(selected).containsExactlyInAnyOrderElementsOf(b.lines().stream().filter(VoteData.Line::won)
                    .map(VoteData.Line::projectKey).toList());
        }
        // winners are tracked from the close
        assertThat(realisations.winners(r.editionId())).extracting(VoteData.Winner::proposalId)
                .containsExactlyInAnyOrder(c.get(0), c.get(2), c.get(3), r.etouvie().get(1));

        // staff import the published file as a closed edition: same winners as the command line
        String text = results.pabulib(city);
        long imported = As.user(STAFF, () -> results.importPabulib(2099 - (int) (r.editionId() % 30), "Vote importé",
                "import.pb", text, VoteSettings.Rule.MES), Role.Names.STAFF);
        VoteData.Results imp = results.results(imported);
        Path file = dir.resolve("import.pb");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        List<String> cli = selected(BudgetResultsService.commandArguments(file.toString(), "mes_cost_add1_greedy",
                imp.lotSeed()));
        assertThat(imp.boxes().getFirst().lines().stream().filter(VoteData.Line::won).map(VoteData.Line::projectKey))
                .containsExactlyInAnyOrderElementsOf(cli);
        refused(() -> As.user(STAFF, () -> results.importPabulib(2098 - (int) (r.editionId() % 30), "Mauvais", "x.pb",
                "META\nkey;value\nbudget;abc\n", VoteSettings.Rule.GREEDY), Role.Names.STAFF), "budgetvote.import.bad-file");
    }

    static List<String> selected(String[] args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = AgoraCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        Matcher m = Pattern.compile("\"selected\":\\[([^\\]]*)\\]").matcher(out.toString(StandardCharsets.UTF_8));
        assertThat(m.find()).isTrue();
        List<String> ids = new ArrayList<>();
        for (String s : m.group(1).split(",")) {
            if (!s.isBlank()) {
                ids.add(s.strip().replace("\"", ""));
            }
        }
        return ids;
    }

    @Test
    void the_paper_desk_marks_voters_names_refusals_and_checks_batches_by_a_second_person() {
        VoteFixtures.Ready r = knapsack();
        long city = box(r, BallotBox.CITY);
        VoteData.PaperVoter v = As.user(STAFF, () -> desk.markVoter(r.editionId(), CITY_VOTER), Role.Names.STAFF);
        assertThat(v.ballots()).hasSize(1);
        // marked on paper: no online vote afterwards
        refused(() -> cast(CITY_VOTER, r.editionId(), Map.of(city, Set.of(r.city().get(0)))),
                "budgetvote.refusal.already-voted");
        refused(() -> As.user(STAFF, () -> desk.markVoter(r.editionId(), NO_QUARTIER), Role.Names.STAFF),
                "budgetvote.refusal.no-quartier");
        refused(() -> As.user(STAFF, () -> desk.markVoter(r.editionId(), "inconnu@test.fr"), Role.Names.STAFF),
                "budgetvote.paper.no-account");
        // a paper over the envelope is named
        assertThatThrownBy(() -> As.user(STAFF, () -> desk.enterBatch(city, "Lot 1", List.of(Set.of(r.city().get(0),
                r.city().get(1), r.city().get(2)))), Role.Names.STAFF))
                .isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).getMessageKey()).isEqualTo("budgetvote.paper.over-envelope");
        // more papers than voters marked
        refused(() -> As.user(STAFF, () -> desk.enterBatch(city, "Lot 1", List.of(Set.of(r.city().get(0)),
                Set.of(r.city().get(1)))), Role.Names.STAFF), "budgetvote.paper.over-marks");
        As.user(STAFF, () -> desk.enterBatch(city, "Lot 1", List.of(Set.of(r.city().get(0)))), Role.Names.STAFF);
        assertThat(As.user(STAFF, () -> desk.awaitingCheck(), Role.Names.STAFF)).isPositive();
        refused(() -> As.user(STAFF, () -> desk.checkBatch(city, "Lot 1", List.of(Set.of(r.city().get(0)))),
                Role.Names.STAFF), "budgetvote.paper.same-person");
        assertThat(As.user(OTHER_STAFF, () -> desk.checkBatch(city, "Lot 1", List.of(Set.of(r.city().get(1)))),
                Role.Names.STAFF)).isFalse();
        assertThat(As.user(OTHER_STAFF, () -> desk.checkBatch(city, "Lot 1", List.of(Set.of(r.city().get(0)))),
                Role.Names.STAFF)).isTrue();
        assertThat(votes.overview(r.editionId()).boxes().stream().filter(b -> b.id() == city).findFirst().orElseThrow()
                .paper()).isEqualTo(1);
    }

    @Test
    void the_same_voter_casting_from_twenty_threads_gets_exactly_one_ballot_in() throws Exception {
        VoteFixtures.Ready r = knapsack();
        long city = box(r, BallotBox.CITY);
        long et = box(r, "ETOUVIE");
        String voter = "concurrente-" + r.editionId() + "@test.fr";
        vf.resident(voter, vf.etouvie());
        ExecutorService pool = Executors.newFixedThreadPool(20);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> tries = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            tries.add(pool.submit((Callable<Boolean>) () -> {
                start.await();
                try {
                    cast(voter, r.editionId(), Map.of(city, Set.of(r.city().get(0)), et, Set.of(r.etouvie().get(0))));
                    return true;
                } catch (RuntimeException e) {
                    return false;
                }
            }));
        }
        start.countDown();
        int ok = 0;
        for (Future<Boolean> f : tries) {
            ok += f.get() ? 1 : 0;
        }
        pool.shutdown();
        assertThat(ok).isEqualTo(1);
        assertThat(votes.overview(r.editionId()).boxes()).allSatisfy(b -> {
            assertThat(b.ballots()).isEqualTo(1);
            assertThat(b.online()).isEqualTo(1);
        });
    }

    @Test
    void no_budget_table_links_a_voter_to_a_choice() {
        VoteFixtures.Ready r = knapsack();
        long city = box(r, BallotBox.CITY);
        long auditBefore = jdbc.queryForObject("select coalesce(max(id), 0) from audit_event", Long.class);
        cast(ETOUVIE_VOTER, r.editionId(), Map.of(city, Set.of(r.city().get(0))));
        long accountId = jdbc.queryForObject("select id from app_user where email = ?", Long.class, ETOUVIE_VOTER);
        for (String table : List.of("budget_vote", "budget_vote_box", "budget_vote_result", "budget_vote_batch",
                "budget_vote_confirmed", "budget_realisation")) {
            for (Map<String, Object> row : jdbc.queryForList("select * from " + table)) {
                assertThat(row.values().stream().map(String::valueOf)).as(table)
                        .doesNotContain(ETOUVIE_VOTER);
            }
        }
        // what the cast wrote to the audit log names the voter or the choice, never both (whole numbers only: in a
        // shared test database a substring match on ids found unrelated rows)
        java.util.regex.Pattern choice = java.util.regex.Pattern.compile("\\b" + r.city().get(0) + "\\b");
        java.util.regex.Pattern voter = java.util.regex.Pattern.compile("\\b" + accountId + "\\b");
        for (Map<String, Object> row : jdbc.queryForList(
                "select actor, target_type, target_id, details from audit_event where id > ?", auditBefore)) {
            String details = String.valueOf(row.get("details"));
            String proposal = "budget_proposal".equals(row.get("target_type")) ? String.valueOf(row.get("target_id")) : "";
            boolean namesVoter = ETOUVIE_VOTER.equals(row.get("actor")) || voter.matcher(details).find()
                    || details.contains(ETOUVIE_VOTER);
            boolean namesChoice = choice.matcher(details + " " + proposal).find();
            assertThat(namesVoter && namesChoice).as("audit row %s", row).isFalse();
        }
    }

    @Test
    void winners_move_forward_with_dates_and_reasons_and_followers_are_mailed() {
        VoteFixtures.Ready r = knapsack();
        long city = box(r, BallotBox.CITY);
        cast(CITY_VOTER, r.editionId(), Map.of(city, Set.of(r.city().get(0))));
        As.user(CITY_VOTER, () -> queries.follow(r.city().get(0), true), Role.Names.RESIDENT);
        As.user(STAFF, () -> votes.close(r.editionId()), Role.Names.STAFF);
        long id = r.city().get(0);
        long before = outbox.count();
        refused(() -> As.user(STAFF, () -> realisations.move(id, RealisationStatus.REALISE, null, null), Role.Names.STAFF),
                "budgetvote.realisation.date-required");
        As.user(STAFF, () -> realisations.move(id, RealisationStatus.EN_TRAVAUX, null, null), Role.Names.STAFF);
        refused(() -> As.user(STAFF, () -> realisations.move(id, RealisationStatus.EN_ETUDE, null, null), Role.Names.STAFF),
                "budgetvote.realisation.backwards");
        refused(() -> As.user(STAFF, () -> realisations.move(id, RealisationStatus.REALISE,
                LocalDate.now(clock).plusDays(400), null), Role.Names.STAFF), "budgetvote.realisation.date-future");
        As.user(STAFF, () -> realisations.move(id, RealisationStatus.REALISE, LocalDate.now(clock), null), Role.Names.STAFF);
        refused(() -> As.user(STAFF, () -> realisations.move(id, RealisationStatus.ABANDONNE, null, "x"), Role.Names.STAFF),
                "budgetvote.realisation.final");
        long other = r.city().stream().filter(x -> x != id).filter(x -> realisations.winners(r.editionId()).stream()
                .anyMatch(w -> w.proposalId() == x)).findFirst().orElse(-1L);
        if (other > 0) {
            refused(() -> As.user(STAFF, () -> realisations.move(other, RealisationStatus.ABANDONNE, null, " "),
                    Role.Names.STAFF), "budgetvote.realisation.reason-required");
        }
        VoteData.Winner w = realisations.winners(r.editionId()).stream().filter(x -> x.proposalId() == id).findFirst()
                .orElseThrow();
        assertThat(w.status()).isEqualTo(RealisationStatus.REALISE);
        assertThat(w.completedOn()).isNotNull();
        assertThat(outbox.count()).isGreaterThan(before);
        Map<String, Object> unused = new HashMap<>();
        assertThat(unused).isEmpty();
    }
}
