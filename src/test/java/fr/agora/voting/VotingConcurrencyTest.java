package fr.agora.voting;

import static fr.agora.voting.VotingFixtures.account;
import static fr.agora.voting.VotingFixtures.optionIds;
import static fr.agora.voting.VotingFixtures.options;
import static fr.agora.voting.VotingFixtures.pick;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.agora.shared.domain.UserAccountRepository;
import fr.agora.support.AgoraSpringTest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One voter, many simultaneous attempts, on the MariaDB server: exactly one ballot gets in, and a crash between the
 * registry mark and the ballot leaves neither.
 */
@AgoraSpringTest
class VotingConcurrencyTest {

    static final int THREADS = 20;

    @Autowired
    VotingService voting;

    @Autowired
    UserAccountRepository users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager tx;

    /** Runs the attempts at once (released together) and returns how each ended: "ok" or the refusal. */
    static List<String> atOnce(List<Callable<?>> attempts) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(attempts.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<String>> outcomes = new ArrayList<>();
            for (Callable<?> attempt : attempts) {
                outcomes.add(pool.submit(() -> {
                    start.await();
                    try {
                        attempt.call();
                        return "ok";
                    } catch (VotingException e) {
                        return e.refusal().name();
                    }
                }));
            }
            start.countDown();
            List<String> result = new ArrayList<>();
            for (Future<String> f : outcomes) {
                result.add(f.get(120, TimeUnit.SECONDS));
            }
            return result;
        } finally {
            pool.shutdownNow();
        }
    }

    long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    @Test
    void twentySimultaneousCastsWithOneCodeGetExactlyOneBallotIn() throws Exception {
        List<Long> ids = optionIds(3);
        long vote = voting.open(VoteSpec.secret("concurrency", BallotRules.approval(options(ids), 2)));
        IssuedCode code = voting.registerCode(vote, "one holder");
        List<Callable<?>> attempts = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            int n = i;
            attempts.add(() -> voting.cast(vote, Voter.code(code.code()), pick(ids, n % 3)));
        }
        List<String> outcomes = atOnce(attempts);
        assertThat(outcomes).containsOnlyOnce("ok").filteredOn(o -> !o.equals("ok")).hasSize(THREADS - 1)
                .containsOnly(Refusal.ALREADY_VOTED.name());
        assertThat(count("select count(*) from voting_ballot where vote_id = ?", vote)).isEqualTo(1);
        assertThat(count("select count(*) from voting_receipt where vote_id = ?", vote)).isEqualTo(1);
        assertThat(voting.turnout(vote)).isEqualTo(new Turnout(1, 1, 0));
    }

    @Test
    void twentySimultaneousCastsByOneSelfEnrolledAccountGetExactlyOneBallotInAndOneRegistryLine() throws Exception {
        List<Long> ids = optionIds(2);
        long vote = voting.open(new VoteSpec("concurrency", BallotRules.approval(options(ids), 1), Secrecy.SECRET,
                Disclosure.SEALED, true));
        long voter = account(users);
        List<Callable<?>> attempts = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            attempts.add(() -> voting.cast(vote, Voter.account(voter), pick(ids, 0)));
        }
        assertThat(atOnce(attempts)).containsOnlyOnce("ok");
        assertThat(count("select count(*) from voting_ballot where vote_id = ?", vote)).isEqualTo(1);
        assertThat(count("select count(*) from voting_voter where vote_id = ? and account_id = ?", vote, voter)).isEqualTo(1);
    }

    @Test
    void onlineAndPaperAtOnceForOneVoterLetOneChannelWin() throws Exception {
        List<Long> ids = optionIds(2);
        long vote = voting.open(VoteSpec.secret("concurrency", BallotRules.approval(options(ids), 1)));
        IssuedCode code = voting.registerCode(vote, "both desks");
        List<Callable<?>> attempts = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            attempts.add(i % 2 == 0 ? () -> voting.cast(vote, Voter.code(code.code()), pick(ids, 0))
                    : () -> {
                        voting.markPaper(vote, Voter.line(code.voterId()));
                        return null;
                    });
        }
        assertThat(atOnce(attempts)).containsOnlyOnce("ok");
        Turnout t = voting.turnout(vote);
        assertThat(t.voted()).isEqualTo(1);
        assertThat(count("select count(*) from voting_ballot where vote_id = ?", vote)).isEqualTo(t.online());
    }

    @Test
    void aCrashAfterTheMarkLeavesNeitherTheMarkNorTheBallot() {
        List<Long> ids = optionIds(2);
        long vote = voting.open(VoteSpec.secret("concurrency", BallotRules.approval(options(ids), 1)));
        IssuedCode code = voting.registerCode(vote, "crash");
        // the cast joins the surrounding transaction; the failure comes after both writes, before the commit
        assertThatThrownBy(() -> new TransactionTemplate(tx).executeWithoutResult(s -> {
            voting.cast(vote, Voter.code(code.code()), pick(ids, 0));
            assertThat(count("select count(*) from voting_ballot where vote_id = ?", vote)).isEqualTo(1);
            throw new IllegalStateException("panne entre le registre et l'urne");
        })).hasMessageContaining("panne");
        assertThat(count("select count(*) from voting_ballot where vote_id = ?", vote)).isZero();
        assertThat(count("select count(*) from voting_receipt where vote_id = ?", vote)).isZero();
        assertThat(count("select count(*) from voting_voter where vote_id = ? and voted", vote)).isZero();
        // nothing was lost: the voter votes
        voting.cast(vote, Voter.code(code.code()), pick(ids, 1));
        assertThat(voting.turnout(vote).online()).isEqualTo(1);
    }

    @Test
    void aCloseDuringCastsCountsEveryBallotInTheBoxAndRefusesTheRest() throws Exception {
        List<Long> ids = optionIds(2);
        long vote = voting.open(VoteSpec.secret("concurrency", BallotRules.approval(options(ids), 1)));
        List<Callable<?>> attempts = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            IssuedCode code = voting.registerCode(vote, "voter " + i);
            attempts.add(() -> voting.cast(vote, Voter.code(code.code()), pick(ids, 0)));
        }
        attempts.add(THREADS / 2, () -> voting.close(vote));
        List<String> outcomes = atOnce(attempts);
        assertThat(outcomes).doesNotContain(Refusal.ALREADY_VOTED.name());
        long inBox = count("select count(*) from voting_ballot where vote_id = ?", vote);
        assertThat(voting.tally(vote).ballots()).isEqualTo(inBox);
        assertThat(voting.tally(vote).votes(ids.get(0))).isEqualTo(inBox);
        // every cast either got in before the count or was refused as closed
        assertThat(outcomes.stream().filter("ok"::equals).count()).as(outcomes.toString()).isEqualTo(inBox + 1);
        assertThat(outcomes.stream().filter(Refusal.CLOSED.name()::equals).count()).as(outcomes.toString())
                .isEqualTo(THREADS - inBox);
    }
}
