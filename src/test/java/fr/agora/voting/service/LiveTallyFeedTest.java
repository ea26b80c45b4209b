package fr.agora.voting.service;

import static org.assertj.core.api.Assertions.assertThat;

import fr.agora.support.AgoraSpringTest;
import fr.agora.voting.BallotRules;
import fr.agora.voting.Disclosure;
import fr.agora.voting.MotionChoice;
import fr.agora.voting.Secrecy;
import fr.agora.voting.TallyFeed;
import fr.agora.voting.VoteSpec;
import fr.agora.voting.Voter;
import fr.agora.voting.VotingService;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The live channel says "changed" for a cast on this node (after its commit) and for a ballot committed by another
 * node (seen by polling the database), and the tally a subscriber then reads comes from the database.
 */
@AgoraSpringTest
class LiveTallyFeedTest {

    @Autowired
    VotingService voting;

    @Autowired
    LiveTallyFeed feed;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void subscribersAreToldOfChangesFromThisNodeAndFromAnother() throws Exception {
        long vote = voting.open(new VoteSpec("feed-test", BallotRules.motion(), Secrecy.SECRET, Disclosure.LIVE, false));
        String code = voting.registerCode(vote, "rep").code();
        Semaphore changed = new Semaphore(0);
        TallyFeed.Subscription subscription = feed.subscribe(vote, changed::release);
        try {
            feed.poll();
            assertThat(changed.tryAcquire(10, TimeUnit.SECONDS)).as("first poll").isTrue();
            changed.drainPermits();

            // a cast on this node
            voting.cast(vote, Voter.code(code), Set.of(MotionChoice.POUR.optionId()));
            assertThat(changed.tryAcquire(10, TimeUnit.SECONDS)).as("cast on this node").isTrue();
            assertThat(voting.tally(vote).votes(MotionChoice.POUR.optionId())).isEqualTo(1);
            feed.poll();
            changed.drainPermits();

            // a ballot committed by another node: no event here, the poll of the database notices it
            String ballot = UUID.randomUUID().toString();
            jdbc.update("insert into voting_ballot (id, vote_id) values (?, ?)", ballot, vote);
            jdbc.update("insert into voting_choice (ballot_id, option_id) values (?, ?)", ballot, MotionChoice.CONTRE.optionId());
            feed.poll();
            assertThat(changed.tryAcquire(10, TimeUnit.SECONDS)).as("change from another node").isTrue();
            assertThat(voting.tally(vote).votes(MotionChoice.CONTRE.optionId())).isEqualTo(1);
        } finally {
            subscription.remove();
        }
        // once unsubscribed, nothing more
        changed.drainPermits();
        voting.close(vote);
        feed.poll();
        assertThat(changed.tryAcquire(1, TimeUnit.SECONDS)).isFalse();
    }
}
