package fr.agora.plenary.service;

import static org.assertj.core.api.Assertions.assertThat;

import fr.agora.plenary.domain.MotionKind;
import fr.agora.shared.domain.BusinessException;
import fr.agora.shared.domain.Role;
import fr.agora.support.AgoraSpringTest;
import fr.agora.support.As;
import fr.agora.voting.Majority;
import fr.agora.voting.MotionChoice;
import fr.agora.voting.Secrecy;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Many representatives vote at once on MariaDB, each from two devices at the same instant: every seat is counted
 * exactly once, the second device of each is refused, and the live state the screens read says the same; a watcher
 * of the live board gets the final count after the close.
 */
@AgoraSpringTest
class PlenaryVotingConcurrencyTest {

    @Autowired
    PlenaryFixtures fx;
    @Autowired
    LiveSessionService live;
    @Autowired
    LiveBoard board;

    @Test
    void every_representative_voting_at_once_from_two_devices_is_counted_once() throws Exception {
        var a = fx.council(3);
        var b = fx.council(3);
        var c = fx.council(3);
        PlenaryData p = fx.inSession(false, a, b, c);
        fx.checkInAll(p.id(), a, b, c);
        MotionData m = As.user(PlenaryFixtures.STAFF, () -> live.openMotion(live.draftMotion(p.id(), MotionKind.AVIS,
                "Avis voté en nombre", "Texte", Secrecy.SECRET, Majority.SIMPLE).id(), null), Role.Names.STAFF);
        List<String> voters = new ArrayList<>();
        for (var x : List.of(a, b, c)) {
            voters.addAll(x.invited());
        }
        List<LiveState> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        LiveBoard.Watch watch = board.watch(p.id(), seen::add);

        ExecutorService pool = Executors.newFixedThreadPool(voters.size() * 2);
        CountDownLatch start = new CountDownLatch(1);
        AtomicInteger refused = new AtomicInteger();
        List<Future<Boolean>> results = new ArrayList<>();
        for (int i = 0; i < voters.size(); i++) {
            String voter = voters.get(i);
            MotionChoice choice = i % 3 == 0 ? MotionChoice.CONTRE : MotionChoice.POUR;
            for (int device = 0; device < 2; device++) {
                Callable<Boolean> cast = () -> {
                    start.await();
                    try {
                        As.user(voter, () -> live.vote(m.id(), choice), Role.Names.COUNCIL_MEMBER);
                        return true;
                    } catch (BusinessException e) {
                        assertThat(e.getMessageKey()).isEqualTo("plenary.error.already-voted");
                        refused.incrementAndGet();
                        return false;
                    }
                };
                results.add(pool.submit(cast));
            }
        }
        start.countDown();
        int counted = 0;
        for (Future<Boolean> f : results) {
            if (f.get(120, TimeUnit.SECONDS)) {
                counted++;
            }
        }
        pool.shutdown();
        assertThat(counted).isEqualTo(voters.size());
        assertThat(refused.get()).isEqualTo(voters.size());
        MotionData liveCount = live.state(p.id()).motion();
        assertThat(liveCount.ballots()).isEqualTo(voters.size());
        assertThat(liveCount.pour() + liveCount.contre()).isEqualTo(voters.size());

        MotionData closed = As.user(PlenaryFixtures.STAFF, () -> live.closeMotion(m.id()), Role.Names.STAFF);
        assertThat(closed.ballots()).isEqualTo(voters.size());
        assertThat(closed.contre()).isEqualTo(6);
        assertThat(closed.pour()).isEqualTo(12);
        long deadline = System.currentTimeMillis() + 5000;
        while (System.currentTimeMillis() < deadline && seen.stream().noneMatch(s -> s.motion() != null
                && s.motion().status() == fr.agora.plenary.domain.MotionStatus.CLOSED)) {
            Thread.sleep(50);
        }
        watch.remove();
        assertThat(seen).as("the watcher got the closed count").anySatisfy(s -> {
            assertThat(s.motion().status()).isEqualTo(fr.agora.plenary.domain.MotionStatus.CLOSED);
            assertThat(s.motion().ballots()).isEqualTo(18);
        });
    }
}
