package fr.agora.voting;

import static fr.agora.voting.VotingFixtures.account;
import static fr.agora.voting.VotingFixtures.optionIds;
import static fr.agora.voting.VotingFixtures.options;
import static fr.agora.voting.VotingFixtures.pick;
import static org.assertj.core.api.Assertions.assertThat;

import fr.agora.shared.domain.UserAccountRepository;
import fr.agora.support.AgoraSpringTest;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The voting core on MariaDB: eligibility, one vote across channels, ballots checked per kind, sealed tallies. */
@AgoraSpringTest
class VotingServiceTest {

    @Autowired
    VotingService voting;

    @Autowired
    UserAccountRepository users;

    @Autowired
    JdbcTemplate jdbc;

    static Refusal refusal(Runnable action) {
        try {
            action.run();
        } catch (VotingException e) {
            return e.refusal();
        }
        throw new AssertionError("refus attendu");
    }

    long ballots(long vote) {
        return jdbc.queryForObject("select count(*) from voting_ballot where vote_id = ?", Long.class, vote);
    }

    @Test
    void anAccountOrACodeVotesOnceWithAValidBallotAndTheTallyStaysSealedUntilTheClose() {
        List<Long> ids = optionIds(3);
        long vote = voting.open(VoteSpec.secret("test", BallotRules.approval(options(ids), 2)));
        long alice = account(users);
        long stranger = account(users);
        String aliceLine = voting.registerAccount(vote, alice, "alice");
        assertThat(refusal(() -> voting.registerAccount(vote, alice, "alice"))).isEqualTo(Refusal.ALREADY_REGISTERED);
        IssuedCode code = voting.registerCode(vote, "holder-1");
        assertThat(code.code()).matches("[A-Z2-9]{12}");
        // only the hash of the code is stored
        assertThat(jdbc.queryForObject("select code_hash from voting_voter where id = ?", String.class, code.voterId()))
                .isEqualTo(VoterCodes.hash(code.code())).isNotEqualTo(code.code());
        assertThat(jdbc.queryForObject("select count(*) from voting_voter where code_hash = ? or subject = ?",
                Long.class, code.code(), code.code())).isZero();

        // not in the registry, a malformed or unknown code: not eligible
        assertThat(refusal(() -> voting.cast(vote, Voter.account(stranger), pick(ids, 0)))).isEqualTo(Refusal.NOT_ELIGIBLE);
        assertThat(refusal(() -> voting.cast(vote, Voter.code("n'importe quoi"), pick(ids, 0)))).isEqualTo(Refusal.NOT_ELIGIBLE);
        assertThat(refusal(() -> voting.cast(vote, Voter.code("ABCD-EFGH-JKLM"), pick(ids, 0)))).isEqualTo(Refusal.NOT_ELIGIBLE);
        // invalid ballots are refused and leave the voter free to vote
        assertThat(refusal(() -> voting.cast(vote, Voter.code(code.code()), Set.of()))).isEqualTo(Refusal.NO_CHOICE);
        assertThat(refusal(() -> voting.cast(vote, Voter.code(code.code()), pick(ids, 0, 1, 2)))).isEqualTo(Refusal.TOO_MANY);
        assertThat(refusal(() -> voting.cast(vote, Voter.code(code.code()), Set.of(-1L)))).isEqualTo(Refusal.NOT_AN_OPTION);
        assertThat(ballots(vote)).isZero();
        assertThat(voting.lookUp(code.display().toLowerCase())).hasValueSatisfying(s -> {
            assertThat(s.voteId()).isEqualTo(vote);
            assertThat(s.voted()).isFalse();
        });

        Receipt r1 = voting.cast(vote, Voter.code(code.display()), pick(ids, 0, 1));
        Receipt r2 = voting.cast(vote, Voter.account(alice), pick(ids, 1));
        assertThat(r1.code()).isNotEqualTo(r2.code());
        assertThat(refusal(() -> voting.cast(vote, Voter.code(code.code()), pick(ids, 2)))).isEqualTo(Refusal.ALREADY_VOTED);
        assertThat(refusal(() -> voting.cast(vote, Voter.account(alice), pick(ids, 2)))).isEqualTo(Refusal.ALREADY_VOTED);
        assertThat(voting.lookUp(vote, alice)).hasValueSatisfying(s -> assertThat(s.voted()).isTrue());
        assertThat(voting.turnout(vote)).isEqualTo(new Turnout(2, 2, 0));
        // the registry keeps the day, never a time
        assertThat(jdbc.queryForObject("select data_type from information_schema.columns where table_schema = database()"
                + " and table_name = 'voting_voter' and column_name = 'voted_on'", String.class)).isEqualToIgnoringCase("date");
        assertThat(jdbc.queryForObject("select channel from voting_voter where id = ?", String.class, aliceLine))
                .isEqualTo("ONLINE");

        // sealed: a count of ballots, no count per option, no ballots, no receipts until the close
        Tally open = voting.tally(vote);
        assertThat(open.sealed()).isTrue();
        assertThat(open.ballots()).isEqualTo(2);
        assertThat(open.counts()).isEmpty();
        assertThat(refusal(() -> voting.publishedBallots(vote))).isEqualTo(Refusal.STILL_OPEN);
        assertThat(refusal(() -> voting.publishedReceiptHashes(vote))).isEqualTo(Refusal.STILL_OPEN);
        assertThat(voting.receiptCounted(vote, r1.display())).isTrue();
        assertThat(voting.receiptCounted(vote, "ZZZZ-ZZZZ-ZZZZ")).isFalse();

        Tally closed = voting.close(vote);
        assertThat(closed.closed()).isTrue();
        assertThat(closed.counts()).containsEntry(ids.get(0), 1L).containsEntry(ids.get(1), 2L).containsEntry(ids.get(2), 0L);
        assertThat(voting.tally(vote)).isEqualTo(closed);
        assertThat(refusal(() -> voting.close(vote))).isEqualTo(Refusal.CLOSED);
        assertThat(refusal(() -> voting.cast(vote, Voter.account(alice), pick(ids, 2)))).isEqualTo(Refusal.CLOSED);
        List<List<Long>> published = voting.publishedBallots(vote);
        assertThat(published).containsExactlyInAnyOrder(List.of(ids.get(0), ids.get(1)), List.of(ids.get(1)));
        assertThat(voting.find(vote).orElseThrow().ballotsDigest()).isEqualTo(VotingService.ballotsDigest(published));
        assertThat(voting.publishedReceiptHashes(vote)).isSorted()
                .containsExactlyInAnyOrder(VoterCodes.hash(r1.code()), VoterCodes.hash(r2.code()));
        assertThat(voting.namedChoices(vote)).isEmpty();
    }

    @Test
    void aVoterMarkedOnPaperCannotVoteOnlineAndPaperBallotsNeverOutnumberTheMarks() {
        List<Long> ids = optionIds(2);
        long vote = voting.open(VoteSpec.secret("test", BallotRules.approval(options(ids), 1)));
        IssuedCode atDesk = voting.registerCode(vote, "paper-voter");
        IssuedCode online = voting.registerCode(vote, "online-voter");
        voting.markPaper(vote, Voter.line(atDesk.voterId()));
        assertThat(refusal(() -> voting.cast(vote, Voter.code(atDesk.code()), pick(ids, 0)))).isEqualTo(Refusal.ALREADY_VOTED);
        assertThat(refusal(() -> voting.markPaper(vote, Voter.line(atDesk.voterId())))).isEqualTo(Refusal.ALREADY_VOTED);
        voting.cast(vote, Voter.code(online.code()), pick(ids, 1));
        assertThat(refusal(() -> voting.markPaper(vote, Voter.code(online.code())))).isEqualTo(Refusal.ALREADY_VOTED);
        assertThat(voting.turnout(vote)).isEqualTo(new Turnout(2, 1, 1));

        // one voter marked on paper: a batch of two is refused whole, a batch of one goes in
        assertThat(refusal(() -> voting.enterPaperBatch(vote, "Bureau 1", List.of(pick(ids, 0), pick(ids, 1)))))
                .isEqualTo(Refusal.PAPER_OVER_MARKS);
        assertThat(refusal(() -> voting.enterPaperBatch(vote, "Bureau 1", List.of(pick(ids, 0, 1)))))
                .isEqualTo(Refusal.TOO_MANY);
        assertThat(ballots(vote)).isEqualTo(1);
        PaperBatch batch = voting.enterPaperBatch(vote, "Bureau 1", List.of(pick(ids, 0)));
        assertThat(batch.ballots()).isEqualTo(1);
        assertThat(refusal(() -> voting.enterPaperBatch(vote, "Bureau 1", List.of()))).isEqualTo(Refusal.BATCH_EXISTS);
        // a second person re-enters the papers of the batch
        assertThat(voting.paperBatchMatches(vote, "Bureau 1", List.of(pick(ids, 0)))).isTrue();
        assertThat(voting.paperBatchMatches(vote, "Bureau 1", List.of(pick(ids, 1)))).isFalse();
        assertThat(voting.close(vote).counts()).containsEntry(ids.get(0), 1L).containsEntry(ids.get(1), 1L);
        // paper ballots have no receipt
        assertThat(voting.publishedReceiptHashes(vote)).hasSize(1);
    }

    @Test
    void aKnapsackBallotFitsTheEnvelope() {
        List<Long> ids = optionIds(3);
        List<BallotOption> projects = List.of(new BallotOption(ids.get(0), 100L), new BallotOption(ids.get(1), 200L),
                new BallotOption(ids.get(2), 300L));
        long vote = voting.open(new VoteSpec("budget-test", BallotRules.knapsack(projects, 350), Secrecy.SECRET,
                Disclosure.SEALED, true));
        long voter = account(users);
        // self-enrolment: an account the feature found eligible is enrolled as it casts
        assertThat(refusal(() -> voting.cast(vote, Voter.account(voter), pick(ids, 1, 2)))).isEqualTo(Refusal.OVER_BUDGET);
        voting.cast(vote, Voter.account(voter), pick(ids, 0, 1));
        assertThat(voting.registry(vote)).singleElement().satisfies(l -> assertThat(l.accountId()).isEqualTo(voter));
        assertThat(refusal(() -> voting.cast(vote, Voter.account(voter), pick(ids, 0)))).isEqualTo(Refusal.ALREADY_VOTED);
    }

    @Test
    void aMotionVotedByNameShowsItsCountLiveAndPublishesTheNames() {
        long vote = voting.open(new VoteSpec("plenary-test", BallotRules.motion(), Secrecy.OPEN, Disclosure.LIVE, false));
        long[] reps = {account(users), account(users), account(users), account(users)};
        for (int i = 0; i < reps.length; i++) {
            voting.registerAccount(vote, reps[i], "représentant " + i);
        }
        voting.cast(vote, Voter.account(reps[0]), Set.of(MotionChoice.POUR.optionId()));
        voting.cast(vote, Voter.account(reps[1]), Set.of(MotionChoice.POUR.optionId()));
        assertThat(refusal(() -> voting.cast(vote, Voter.account(reps[2]),
                Set.of(MotionChoice.POUR.optionId(), MotionChoice.CONTRE.optionId())))).isEqualTo(Refusal.TOO_MANY);
        voting.cast(vote, Voter.account(reps[2]), Set.of(MotionChoice.CONTRE.optionId()));
        // live: the running count per option, from the database
        Tally live = voting.tally(vote);
        assertThat(live.sealed()).isFalse();
        assertThat(live.votes(MotionChoice.POUR.optionId())).isEqualTo(2);
        assertThat(live.votes(MotionChoice.CONTRE.optionId())).isEqualTo(1);
        voting.cast(vote, Voter.account(reps[3]), Set.of(MotionChoice.ABSTENTION.optionId()));
        Tally closed = voting.close(vote);
        assertThat(Majority.SIMPLE.adopts(closed)).isTrue();
        assertThat(Majority.TWO_THIRDS.adopts(closed)).isTrue();
        assertThat(Majority.ABSOLUTE.adopts(closed)).isFalse();
        assertThat(voting.namedChoices(vote)).extracting(NamedChoice::subject, NamedChoice::choices).containsExactly(
                org.assertj.core.groups.Tuple.tuple("représentant 0", List.of(MotionChoice.POUR.optionId())),
                org.assertj.core.groups.Tuple.tuple("représentant 1", List.of(MotionChoice.POUR.optionId())),
                org.assertj.core.groups.Tuple.tuple("représentant 2", List.of(MotionChoice.CONTRE.optionId())),
                org.assertj.core.groups.Tuple.tuple("représentant 3", List.of(MotionChoice.ABSTENTION.optionId())));
    }

    @Test
    void aReissuedCodeReplacesTheOldOneUntilItHasVoted() {
        List<Long> ids = optionIds(2);
        long vote = voting.open(VoteSpec.secret("test", BallotRules.approval(options(ids), 1)));
        IssuedCode first = voting.registerCode(vote, "lost");
        IssuedCode second = voting.reissueCode(first.voterId());
        assertThat(second.voterId()).isEqualTo(first.voterId());
        assertThat(voting.lookUp(first.code())).isEmpty();
        assertThat(refusal(() -> voting.cast(vote, Voter.code(first.code()), pick(ids, 0)))).isEqualTo(Refusal.NOT_ELIGIBLE);
        voting.cast(vote, Voter.code(second.code()), pick(ids, 0));
        assertThat(refusal(() -> voting.reissueCode(first.voterId()))).isEqualTo(Refusal.ALREADY_VOTED);
    }

    @Test
    void everyRefusalSaysItsReasonInFrenchAndEnglish() {
        fr.agora.shared.ui.I18nProvider texts = new fr.agora.shared.ui.I18nProvider();
        for (Refusal r : Refusal.values()) {
            assertThat(texts.getTranslation(r.messageKey(), java.util.Locale.FRENCH, 1, 2)).doesNotStartWith("!");
            assertThat(texts.getTranslation(r.messageKey(), java.util.Locale.ENGLISH, 1, 2)).doesNotStartWith("!");
        }
    }
}
