package fr.agora.voting;

import fr.agora.shared.domain.UserAccount;
import fr.agora.shared.domain.UserAccountRepository;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.LongStream;

/** Test-data builders for the voting core: votes with distinctive option ids, and fresh accounts. */
public final class VotingFixtures {

    /** Option ids far from any database id, so that a scan can tell a choice from anything else. */
    private static final AtomicLong OPTIONS = new AtomicLong(7_700_000_000L + (System.nanoTime() % 1_000_000) * 100);

    private VotingFixtures() {
    }

    /** {@code n} fresh option ids. */
    public static List<Long> optionIds(int n) {
        long first = OPTIONS.getAndAdd(n);
        return LongStream.range(first, first + n).boxed().toList();
    }

    public static List<BallotOption> options(List<Long> ids) {
        return ids.stream().map(id -> new BallotOption(id, null)).toList();
    }

    /** A fresh account; returns its id. */
    public static long account(UserAccountRepository users, String email) {
        return users.save(new UserAccount(email, "Votant " + email.substring(0, 6), "{noop}x", Instant.now())).getId();
    }

    /** A fresh account with a unique address; returns its id. */
    public static long account(UserAccountRepository users) {
        return account(users, "votant-" + UUID.randomUUID() + "@test.local");
    }

    public static Set<Long> pick(List<Long> options, int... indexes) {
        java.util.HashSet<Long> s = new java.util.HashSet<>();
        for (int i : indexes) {
            s.add(options.get(i));
        }
        return s;
    }
}
