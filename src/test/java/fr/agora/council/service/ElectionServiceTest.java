package fr.agora.council.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import fr.agora.council.domain.AssociationElection;
import fr.agora.council.domain.CampaignKind;
import fr.agora.council.domain.College;
import fr.agora.council.domain.MemberOrigin;
import fr.agora.council.domain.OrganisationType;
import fr.agora.council.domain.SeatPosition;
import fr.agora.council.domain.SeatRounding;
import fr.agora.council.election.AssociationTally;
import fr.agora.council.election.TieBreak;
import fr.agora.shared.domain.AuditEvent;
import fr.agora.shared.domain.AuditEventRepository;
import fr.agora.shared.domain.BusinessException;
import fr.agora.shared.domain.Role;
import fr.agora.support.AgoraSpringTest;
import fr.agora.support.As;
import fr.agora.support.Mails;
import fr.agora.support.MutableClock;
import java.lang.reflect.Field;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** The association election, on MariaDB: opening, secret ballot, tally, results and appointment. */
@AgoraSpringTest
class ElectionServiceTest {

    static final String STAFF = "agent.elections@test.local";

    @Autowired
    fr.agora.council.service.CampaignService calls;
    @Autowired
    ElectionService elections;

    @Autowired
    ElectionVoting voting;

    @Autowired
    ElectionRegister register;

    @Autowired
    CandidacyService candidacies;

    @Autowired
    CouncilService councils;

    @Autowired
    AuditEventRepository audit;

    @Autowired
    GreenMail greenMail;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    static <T> T staff(Supplier<T> action) {
        return As.user(STAFF, action, Role.Names.STAFF);
    }

    /** A council over Pierre Rollin: 2,920 inhabitants give 6 seats per collège; 1,000 give 2. */
    long council(int population) {
        return staff(() -> councils.create(new CouncilForm("Conseil élection " + UUID.randomUUID(),
                List.of("QPV-PIERRE-ROLLIN"), population, "INSEE", 2025, SeatRounding.HALF_UP, false, 2, true)).id());
    }

    /** An open call of the given kind, closing in 10 days. */
    long call(long councilId, CampaignKind kind) {
        Instant now = clock.instant();
        return staff(() -> calls.create(new CampaignForm(councilId, kind, "Appel " + kind, null, null,
                now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(10)), 16))).id();
    }

    /** {@code n} associations apply; returns their contact e-mails, in order of application. */
    List<String> apply(long campaignId, int n) {
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<String> emails = new java.util.ArrayList<>();
        for (int i = 1; i <= n; i++) {
            String email = "contact" + i + "." + run + "@asso" + i + ".test";
            emails.add(email);
            AssociationApplication a = new AssociationApplication("Association " + i + " " + run,
                    OrganisationType.LOCATAIRES, "QPV-PIERRE-ROLLIN", "Contact" + i, "Camille", email, null,
                    "Titulaire " + i, "tit" + i + "." + run + "@asso.test", "Suppléant " + i, null, true);
            As.anonymous(() -> candidacies.applyAssociation(campaignId, a, Locale.FRENCH));
            clock.advance(Duration.ofMinutes(1));
        }
        return emails;
    }

    void closeCall() {
        clock.advance(Duration.ofDays(11));
    }

    static String key(Runnable action) {
        try {
            action.run();
        } catch (BusinessException e) {
            return e.getMessageKey();
        }
        throw new AssertionError("refus attendu");
    }

    Stream<AuditEvent> events(String action) {
        return audit.search(null, action, null, null, PageRequest.of(0, 5000)).stream();
    }

    long refusals(String action) {
        return events(action).filter(e -> e.getOutcome() == AuditEvent.Outcome.REFUSED).count();
    }

    static String codeOf(ElectionOpening opening, int number) {
        return opening.codes().stream().filter(c -> c.organisation().startsWith("Association " + number + " "))
                .findFirst().orElseThrow().code();
    }

    static Set<Long> choose(BallotPaper paper, int... numbers) {
        Set<Long> chosen = new HashSet<>();
        for (int n : numbers) {
            chosen.add(paper.candidates().stream().filter(c -> c.organisation().startsWith("Association " + n + " "))
                    .findFirst().orElseThrow().candidacyId());
        }
        return chosen;
    }

    @Test
    void tenAssociationsForSixSeatsElectSixAndRankFourAlternatesThenFillTheSeats() {
        long council = council(2920);
        long call = call(council, CampaignKind.ASSOCIATION);
        List<String> contacts = apply(call, 10);
        closeCall();
        ElectionCampaign listed = staff(() -> elections.campaigns()).stream().filter(c -> c.campaignId() == call)
                .findFirst().orElseThrow();
        assertThat(listed.standing()).isEqualTo(10);
        assertThat(listed.freeSeats()).isEqualTo(6);
        assertThat(listed.electionNeeded()).isTrue();

        ElectionOpening opening = staff(() -> elections.open(call, TieBreak.EARLIEST_CANDIDACY));
        long id = opening.election().id();
        assertThat(opening.election().seats()).isEqualTo(6);
        assertThat(opening.election().candidates()).isEqualTo(10);
        assertThat(opening.codes()).hasSize(10).allSatisfy(c -> assertThat(c.code()).matches("[A-Z2-9]{12}"));
        assertThat(opening.codes()).extracting(VoterCode::mailedTo).containsExactlyInAnyOrderElementsOf(contacts);
        String mailed = Mails.lastBodyTo(greenMail, contacts.get(0), ElectionService.display(codeOf(opening, 1)));
        assertThat(mailed).contains("vote-associations").contains("au plus 6");
        // the code reached the association, but the outbox keeps the mail with the code masked (issue 12, item 1)
        for (VoterCode c : opening.codes()) {
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM mail_outbox WHERE INSTR(body, ?) > 0 OR INSTR(body, ?) > 0",
                    Integer.class, ElectionService.display(c.code()), c.code())).isZero();
        }

        // each association votes once, anonymously, for one to six associations; 1 → 9 votes, 2 → 7, 3 → 6,
        // 4 → 5, 5 → 4, 6 and 7 → 3 (the earliest, 6, takes the sixth seat), 8 and 9 → 2, 10 → 1
        int[][] votes = {{1, 2, 3, 4, 5, 6}, {1, 2, 3, 4, 5, 7}, {1, 2, 3, 4, 6, 8}, {1, 2, 3, 5, 7, 9},
                {1, 2, 4, 6, 8, 10}, {1, 3, 5, 7, 9}, {1, 2, 4}, {1}, {1, 3}, {2}};
        for (int voter = 1; voter <= 10; voter++) {
            String code = codeOf(opening, voter);
            int[] chosen = votes[voter - 1];
            As.anonymous(() -> {
                BallotPaper paper = voting.ballotPaper(code);
                assertThat(paper.seats()).isEqualTo(6);
                assertThat(paper.candidates()).hasSize(10);
                voting.vote(code, choose(paper, chosen));
                return null;
            });
        }
        assertThat(staff(() -> register.turnout(id))).isEqualTo(new Turnout(10, 10));
        // the trail says that ten ballots went into the vote's box, by nobody in particular, and nothing else
        long voteId = opening.election().voteId();
        assertThat(events("VOTE_BALLOT_CAST").filter(e -> String.valueOf(voteId).equals(e.getTargetId()))).hasSize(10)
                .allSatisfy(e -> {
                    assertThat(e.getDetails()).isNull();
                    assertThat(e.getActor()).isEqualTo(fr.agora.shared.service.CurrentUser.ANONYMOUS);
                });

        // results are not public before the close
        assertThat(key(() -> As.anonymous(() -> elections.results(id)))).isEqualTo("election.error.still-open");
        ElectionResults closed = staff(() -> elections.close(id));
        assertThat(closed.ballots()).isEqualTo(10);
        ElectionResults results = As.anonymous(() -> elections.results(id));
        assertThat(results.elected()).hasSize(6);
        assertThat(results.alternates()).hasSize(4);
        assertThat(results.lines()).extracting(ElectionResults.Line::votes).containsExactly(9, 7, 6, 5, 4, 3, 3, 2, 2, 1);
        assertThat(results.elected()).extracting(l -> l.candidate().organisation().split(" ")[1])
                .containsExactly("1", "2", "3", "4", "5", "6");
        assertThat(results.alternates()).extracting(l -> l.candidate().organisation().split(" ")[1])
                .containsExactly("7", "8", "9", "10");
        assertThat(results.alternates()).extracting(ElectionResults.Line::rank).containsExactly(7, 8, 9, 10);
        assertThat(results.lines().get(5).tieBroken()).isTrue();
        assertThat(results.election().tieBreak()).isEqualTo(TieBreak.EARLIEST_CANDIDACY);
        // the seed is published and re-derivable from the anonymous ballots
        List<String> published = As.anonymous(() -> elections.publishedBallots(id));
        assertThat(published).hasSize(10);
        assertThat(results.ballotsDigest()).isEqualTo(AssociationTally.ballotsDigest(parse(published)));
        assertThat(results.seed()).isEqualTo(AssociationTally.seed(id, results.ballotsDigest()));

        // a closed election takes no more votes
        assertThat(key(() -> As.anonymous(() -> voting.ballotPaper(codeOf(opening, 1)))))
                .isEqualTo("election.error.closed");

        // appointment fills the six associations seats in rank order, titulaire and suppléant
        List<Integer> seats = staff(() -> elections.appoint(id));
        assertThat(seats).containsExactly(1, 2, 3, 4, 5, 6);
        List<MemberData> members = staff(() -> councils.members(council)).stream()
                .filter(m -> m.college() == College.ASSOCIATIONS && m.active()).toList();
        assertThat(members).hasSize(12).allMatch(m -> m.origin() == MemberOrigin.ASSOCIATION);
        assertThat(members.stream().filter(m -> m.position() == SeatPosition.TITULAIRE))
                .extracting(MemberData::fullName)
                .containsExactly("Titulaire 1", "Titulaire 2", "Titulaire 3", "Titulaire 4", "Titulaire 5", "Titulaire 6");
        assertThat(members.stream().filter(m -> m.position() == SeatPosition.SUPPLEANT && m.seatNo() == 1))
                .singleElement().satisfies(m -> assertThat(m.fullName()).isEqualTo("Suppléant 1"));
        assertThat(events("ELECTION_APPOINTED").filter(e -> String.valueOf(id).equals(e.getTargetId()))).hasSize(1);
        assertThat(key(() -> staff(() -> elections.appoint(id)))).isEqualTo("election.error.already-appointed");
        assertThat(As.anonymous(() -> elections.all())).anySatisfy(e -> {
            assertThat(e.id()).isEqualTo(id);
            assertThat(e.appointed()).isTrue();
        });
    }

    static List<Set<Long>> parse(List<String> lines) {
        return lines.stream().map(l -> Arrays.stream(l.split(",")).map(Long::valueOf).collect(Collectors.toSet()))
                .collect(Collectors.toList());
    }

    /** A council of 2 associations seats and an election among 3 associations. */
    ElectionOpening smallElection(TieBreak tieBreak) {
        long council = council(1000);
        long call = call(council, CampaignKind.ASSOCIATION);
        apply(call, 3);
        closeCall();
        return staff(() -> elections.open(call, tieBreak));
    }

    @Test
    void aCodeVotesOnceUnknownCodesAndTooManyChoicesAreRefusedAndAudited() {
        ElectionOpening opening = smallElection(null);
        assertThat(opening.election().tieBreak()).isEqualTo(TieBreak.LOT);
        String code = codeOf(opening, 1);
        BallotPaper paper = As.anonymous(() -> voting.ballotPaper(code));
        assertThat(paper.seats()).isEqualTo(2);

        // more choices than seats: refused, audited, and the code still works
        long tooMany = refusals("ELECTION_VOTE");
        assertThat(key(() -> As.anonymous(() -> {
            voting.vote(code, choose(paper, 1, 2, 3));
            return null;
        }))).isEqualTo("election.error.too-many");
        assertThat(refusals("ELECTION_VOTE")).isEqualTo(tooMany + 1);
        assertThat(key(() -> As.anonymous(() -> {
            voting.vote(code, Set.of());
            return null;
        }))).isEqualTo("election.error.no-choice");
        assertThat(key(() -> As.anonymous(() -> {
            voting.vote(code, Set.of(-5L));
            return null;
        }))).isEqualTo("election.error.not-candidate");
        assertThat(staff(() -> register.turnout(opening.election().id()))).isEqualTo(new Turnout(0, 3));

        // typed in lower case with spaces: the same code
        As.anonymous(() -> {
            voting.vote(ElectionService.display(code).toLowerCase(Locale.ROOT).replace('-', ' '), choose(paper, 2));
            return null;
        });
        // used again: refused and audited, nothing lost
        long before = refusals("ELECTION_VOTE");
        assertThat(key(() -> As.anonymous(() -> {
            voting.vote(code, choose(paper, 3));
            return null;
        }))).isEqualTo("election.error.code-used");
        assertThat(refusals("ELECTION_VOTE")).isEqualTo(before + 1);
        assertThat(key(() -> As.anonymous(() -> voting.ballotPaper(code)))).isEqualTo("election.error.code-used");
        assertThat(staff(() -> register.turnout(opening.election().id()))).isEqualTo(new Turnout(1, 3));

        // unknown code: refused and audited
        long unknown = refusals("ELECTION_BALLOT_PAPER");
        assertThat(key(() -> As.anonymous(() -> voting.ballotPaper("ABCD-EFGH-JKLM")))).isEqualTo("election.error.unknown-code");
        assertThat(key(() -> As.anonymous(() -> voting.ballotPaper("n'importe quoi")))).isEqualTo("election.error.unknown-code");
        assertThat(refusals("ELECTION_BALLOT_PAPER")).isEqualTo(unknown + 2);

        // a staff account never votes, even with a valid code; a resident account may
        String second = codeOf(opening, 2);
        long staffRefusals = refusals("ELECTION_VOTE");
        assertThat(key(() -> staff(() -> {
            voting.vote(second, choose(paper, 2));
            return null;
        }))).isEqualTo("election.error.staff");
        assertThat(key(() -> As.user("admin@test.local", () -> voting.ballotPaper(second), Role.Names.ADMIN)))
                .isEqualTo("election.error.staff");
        assertThat(refusals("ELECTION_VOTE")).isEqualTo(staffRefusals + 1);
        As.user("habitant@test.local", () -> voting.vote(second, choose(paper, 1, 3)), Role.Names.RESIDENT);
        assertThat(staff(() -> register.turnout(opening.election().id()))).isEqualTo(new Turnout(2, 3));

        // a lost code is reissued; the old one stops working
        VoterCode third = opening.codes().stream().filter(c -> c.organisation().startsWith("Association 3 "))
                .findFirst().orElseThrow();
        VoterCode fresh = staff(() -> register.reissue(third.voterId()));
        assertThat(key(() -> As.anonymous(() -> voting.ballotPaper(third.code())))).isEqualTo("election.error.unknown-code");
        assertThat(As.anonymous(() -> voting.ballotPaper(fresh.code())).candidates()).hasSize(3);
        // the register names the holders but not who voted
        assertThat(staff(() -> register.register(opening.election().id()))).hasSize(3);

        // only staff run the election
        assertThatThrownBy(() -> As.user("habitant@test.local", () -> elections.close(opening.election().id()),
                Role.Names.RESIDENT)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> As.anonymous(() -> register.turnout(opening.election().id())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anElectionIsOpenedOnlyForAClosedAssociationsCallWhoseCandidatesOutnumberTheSeats() {
        long council = council(1000);
        // still open
        long call = call(council, CampaignKind.ASSOCIATION);
        apply(call, 2);
        long before = refusals("ELECTION_OPEN");
        assertThat(key(() -> staff(() -> elections.open(call, null)))).isEqualTo("election.error.campaign-open");
        // the residents' call is not an associations call
        long residents = call(council, CampaignKind.HABITANT);
        closeCall();
        assertThat(key(() -> staff(() -> elections.open(residents, null)))).isEqualTo("election.error.wrong-kind");
        // 2 candidates for 2 seats: no election, appoint them directly instead
        assertThat(key(() -> staff(() -> elections.open(call, null)))).isEqualTo("election.error.not-outnumbered");
        assertThat(refusals("ELECTION_OPEN")).isEqualTo(before + 3);
        ElectionCampaign listed = staff(() -> elections.campaigns()).stream().filter(c -> c.campaignId() == call)
                .findFirst().orElseThrow();
        assertThat(listed.electionNeeded()).isFalse();
        assertThat(listed.directPossible()).isTrue();
        ElectionData direct = staff(() -> elections.appointAllDirectly(call));
        assertThat(direct.method()).isEqualTo(AssociationElection.Method.DIRECT);
        assertThat(direct.appointed()).isTrue();
        assertThat(staff(() -> councils.members(council))).filteredOn(m -> m.position() == SeatPosition.TITULAIRE)
                .extracting(MemberData::fullName).containsExactly("Titulaire 1", "Titulaire 2");
        assertThat(As.anonymous(() -> elections.results(direct.id())).elected()).hasSize(2);
        // once designated, never twice
        assertThat(key(() -> staff(() -> elections.appointAllDirectly(call)))).isEqualTo("election.error.exists");
        assertThat(key(() -> staff(() -> elections.open(call, null)))).isEqualTo("election.error.exists");
        // more candidates than seats cannot be appointed directly
        long crowded = call(council(1000), CampaignKind.ASSOCIATION);
        apply(crowded, 3);
        closeCall();
        assertThat(key(() -> staff(() -> elections.appointAllDirectly(crowded)))).isEqualTo("election.error.outnumbered");
        assertThatThrownBy(() -> As.user("partenaire@test.local", () -> elections.open(crowded, null),
                Role.Names.PARTNER)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void ballotsCarryNoLinkToTheirVoterAndEachVoterGetsAReceiptPublishedApart() {
        // the election's registry and ballots live in the voting core: its ballots and choices name no voter and keep
        // no time; the registry keeps the day at most; the old tables of V16 are gone (migrated by V25)
        assertThat(columns("voting_ballot")).containsExactlyInAnyOrder("id", "vote_id");
        assertThat(columns("voting_choice")).containsExactlyInAnyOrder("ballot_id", "option_id");
        assertThat(columns("voting_receipt")).containsExactlyInAnyOrder("receipt_hash", "vote_id");
        assertThat(columns("voting_voter")).noneMatch(c -> c.contains("_at") || c.contains("time") || c.contains("ballot"));
        assertThat(columns("council_election_ballot")).isEmpty();
        assertThat(columns("council_election_voter")).isEmpty();
        ElectionOpening opening = smallElection(TieBreak.LOT);
        long id = opening.election().id();
        List<String> receipts = new java.util.ArrayList<>();
        for (int n = 1; n <= 3; n++) {
            String code = codeOf(opening, n);
            receipts.add(As.anonymous(() -> voting.vote(code, choose(voting.ballotPaper(code), 1))).code());
        }
        // ballot ids are random UUIDs, not a sequence
        assertThat(jdbc.queryForList("select id from voting_ballot where vote_id = ?", String.class,
                opening.election().voteId())).hasSize(3).allSatisfy(b -> assertThat(UUID.fromString(b).version()).isEqualTo(4));
        // a voter checks their receipt; a made-up one is not counted; receipts are published only after the close
        assertThat(As.anonymous(() -> voting.receiptCounted(id, receipts.get(0)))).isTrue();
        assertThat(As.anonymous(() -> voting.receiptCounted(id, "ABCD-EFGH-JKLM"))).isFalse();
        assertThat(key(() -> As.anonymous(() -> elections.publishedReceipts(id)))).isEqualTo("election.error.still-open");
        staff(() -> elections.close(id));
        assertThat(As.anonymous(() -> elections.publishedReceipts(id))).isSorted().containsExactlyInAnyOrderElementsOf(
                receipts.stream().map(fr.agora.voting.VoterCodes::hash).toList());
        // the published ballots say nothing of the receipts
        assertThat(As.anonymous(() -> elections.publishedBallots(id))).hasSize(3)
                .noneMatch(line -> receipts.stream().anyMatch(r -> line.contains(r) || line.contains(fr.agora.voting.VoterCodes.hash(r))));
    }

    List<String> columns(String table) {
        return jdbc.queryForList("select lower(column_name) from information_schema.columns where table_schema = database()"
                + " and table_name = ?", String.class, table);
    }

    @Test
    void aTieByLotIsReproducibleFromTheRecordedSeed() {
        ElectionOpening opening = smallElection(TieBreak.LOT);
        long id = opening.election().id();
        // three ballots, one per association, each for itself: a three-way tie for two seats
        for (int n = 1; n <= 3; n++) {
            String code = codeOf(opening, n);
            int self = n;
            As.anonymous(() -> {
                voting.vote(code, choose(voting.ballotPaper(code), self));
                return null;
            });
        }
        ElectionResults r = staff(() -> elections.close(id));
        assertThat(r.lines()).allMatch(ElectionResults.Line::tieBroken).extracting(ElectionResults.Line::votes)
                .containsOnly(1);
        assertThat(r.elected()).hasSize(2);
        // anyone re-runs the lot from the published ballots and the recorded seed
        List<Set<Long>> ballots = parse(As.anonymous(() -> elections.publishedBallots(id)));
        List<AssociationTally.Candidate> candidates = r.lines().stream().map(l -> new AssociationTally.Candidate(
                l.candidate().candidacyId(), java.time.LocalDate.of(2026, 1, 1), Instant.EPOCH)).toList();
        AssociationTally.Result rerun = AssociationTally.tally(id, 2, TieBreak.LOT, candidates, ballots);
        assertThat(rerun.seed()).isEqualTo(r.seed());
        assertThat(rerun.ranking()).extracting(AssociationTally.Ranked::candidateId)
                .containsExactlyElementsOf(r.lines().stream().map(l -> l.candidate().candidacyId()).toList());
        assertThat(r.lines()).extracting(l -> l.candidate().candidacyId()).containsExactlyElementsOf(
                candidates.stream().map(AssociationTally.Candidate::id)
                        .sorted(java.util.Comparator.comparing(c -> AssociationTally.lotKey(r.seed(), c))).toList());
        assertThat(events("ELECTION_CLOSED").filter(e -> String.valueOf(id).equals(e.getTargetId())))
                .singleElement().satisfies(e -> assertThat(e.getDetails()).contains(r.seed()));
    }

    @Test
    void withOneVotePerRepresentativeTheTitulaireAndTheSuppleantEachHoldACode() {
        long council = council(1000);
        long call = call(council, CampaignKind.ASSOCIATION);
        List<String> contacts = apply(call, 3);
        closeCall();
        ElectionOpening opening = staff(() -> elections.open(call, null,
                fr.agora.council.election.ElectorateRule.ONE_PER_REPRESENTATIVE));
        assertThat(opening.election().electorate()).isEqualTo(fr.agora.council.election.ElectorateRule.ONE_PER_REPRESENTATIVE);
        assertThat(opening.codes()).hasSize(6);
        List<VoterCode> first = opening.codes().stream().filter(c -> c.organisation().startsWith("Association 1 ")).toList();
        assertThat(first).extracting(VoterCode::holder).containsExactlyInAnyOrder(
                fr.agora.council.election.CodeHolder.TITULAIRE, fr.agora.council.election.CodeHolder.SUPPLEANT);
        // the titulaire's own address; the suppléant gave none, so the association's contact receives that code
        assertThat(first).filteredOn(c -> c.holder() == fr.agora.council.election.CodeHolder.TITULAIRE)
                .singleElement().satisfies(c -> assertThat(c.mailedTo()).startsWith("tit1."));
        assertThat(first).filteredOn(c -> c.holder() == fr.agora.council.election.CodeHolder.SUPPLEANT)
                .singleElement().satisfies(c -> assertThat(c.mailedTo()).isEqualTo(contacts.get(0)));
        for (VoterCode c : first) {
            As.anonymous(() -> {
                voting.vote(c.code(), choose(voting.ballotPaper(c.code()), 2));
                return null;
            });
        }
        assertThat(staff(() -> register.turnout(opening.election().id()))).isEqualTo(new Turnout(2, 6));
        ElectionResults r = staff(() -> elections.close(opening.election().id()));
        assertThat(r.lines()).hasSize(3);
        assertThat(r.lines().get(0).votes()).isEqualTo(2);
    }

    @Test
    void theEarliestCandidacyWinsATieWhenChosen() {
        ElectionOpening opening = smallElection(TieBreak.EARLIEST_CANDIDACY);
        long id = opening.election().id();
        // association 3 and 1 tie on two votes, 2 has one: 1 applied first
        int[][] votes = {{3}, {1, 3}, {1, 2}};
        for (int n = 1; n <= 3; n++) {
            String code = codeOf(opening, n);
            int[] chosen = votes[n - 1];
            As.anonymous(() -> {
                voting.vote(code, choose(voting.ballotPaper(code), chosen));
                return null;
            });
        }
        ElectionResults r = staff(() -> elections.close(id));
        assertThat(r.lines()).extracting(l -> l.candidate().organisation().split(" ")[1]).containsExactly("1", "3", "2");
        assertThat(r.elected()).extracting(l -> l.candidate().organisation().split(" ")[1]).containsExactly("1", "3");
        assertThat(r.lines()).extracting(ElectionResults.Line::tieBroken).containsExactly(true, true, false);
    }

    @Test
    void atThePaperDeskAHolderVotesOnceWhateverTheChannelAndPapersNeverOutnumberTheMarks() {
        ElectionOpening opening = smallElection(TieBreak.LOT);
        long id = opening.election().id();
        VoterCode first = opening.codes().stream().filter(c -> c.organisation().startsWith("Association 1 "))
                .findFirst().orElseThrow();
        BallotPaper paper = As.anonymous(() -> voting.ballotPaper(codeOf(opening, 2)));
        // association 1 hands in a paper ballot: marked, its code no longer votes online
        staff(() -> {
            register.markPaper(id, first.voterId());
            return null;
        });
        assertThat(key(() -> As.anonymous(() -> voting.ballotPaper(first.code())))).isEqualTo("election.error.code-used");
        assertThat(key(() -> staff(() -> {
            register.markPaper(id, first.voterId());
            return null;
        }))).isEqualTo("election.error.code-used");
        // association 2 votes online, then cannot vote on paper
        String second = codeOf(opening, 2);
        As.anonymous(() -> voting.vote(second, choose(paper, 2)));
        VoterCode secondLine = opening.codes().stream().filter(c -> c.organisation().startsWith("Association 2 "))
                .findFirst().orElseThrow();
        assertThat(key(() -> staff(() -> {
            register.markPaper(id, secondLine.voterId());
            return null;
        }))).isEqualTo("election.error.code-used");
        // one holder marked on paper: two papers are refused whole, one goes in; too many choices are refused
        long refused = refusals("ELECTION_PAPER_BATCH");
        assertThat(key(() -> staff(() -> register.enterPaperBatch(id, "Réunion", List.of(choose(paper, 1), choose(paper, 3))))))
                .isEqualTo("voting.error.paper-over-marks");
        assertThat(key(() -> staff(() -> register.enterPaperBatch(id, "Réunion", List.of(choose(paper, 1, 2, 3))))))
                .isEqualTo("voting.error.too-many");
        assertThat(refusals("ELECTION_PAPER_BATCH")).isEqualTo(refused + 2);
        assertThat(staff(() -> register.enterPaperBatch(id, "Réunion", List.of(choose(paper, 1, 3)))).ballots()).isEqualTo(1);
        assertThat(staff(() -> register.turnout(id))).isEqualTo(new Turnout(2, 3));
        ElectionResults r = staff(() -> elections.close(id));
        assertThat(r.ballots()).isEqualTo(2);
        assertThat(r.lines()).extracting(l -> l.candidate().organisation().split(" ")[1] + "=" + l.votes())
                .containsExactlyInAnyOrder("1=1", "2=1", "3=1");
        // paper ballots have no receipt: one receipt published, for the online vote
        assertThat(As.anonymous(() -> elections.publishedReceipts(id))).hasSize(1);
        assertThatThrownBy(() -> As.user("habitant@test.local", () -> register.turnout(id), Role.Names.RESIDENT))
                .isInstanceOf(AccessDeniedException.class);
    }
}
