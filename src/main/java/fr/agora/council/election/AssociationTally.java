package fr.agora.council.election;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The tally of an association election, deterministic and re-runnable by anyone.
 *
 * <p>Ballot rule (limited vote): each ballot approves between one and {@code seats} distinct candidate
 * associations, one vote each. Candidates are ranked by votes, most first; ties are broken by the election's
 * {@link TieBreak}. The first {@code seats} candidates are elected, the others are ranked alternates.
 *
 * <p>Reproducibility: the digest of the ballots is the lower-case hexadecimal SHA-256 of the ballots written one
 * per line ({@code "\n"} after each), each line the ballot's candidate ids in ascending order joined by
 * {@code ","}, the lines sorted as strings. The seed is {@code SHA-256("agora-association-election:" + electionId
 * + ":" + digest)} in hexadecimal. With {@link TieBreak#LOT}, among tied candidates the one whose
 * {@code SHA-256(seed + ":" + candidateId)} (hexadecimal) is smaller ranks first. The digest and the seed are
 * computed and published whatever the rule.
 */
public final class AssociationTally {

    private AssociationTally() {
    }

    /**
     * A candidate association.
     *
     * @param id         the candidacy id, as written on the ballots
     * @param receivedOn the day the candidacy was received (for {@link TieBreak#EARLIEST_CANDIDACY})
     * @param createdAt  when it was entered (same day: earlier entry first)
     */
    public record Candidate(long id, LocalDate receivedOn, Instant createdAt) {
        public Candidate {
            Objects.requireNonNull(receivedOn, "receivedOn");
            Objects.requireNonNull(createdAt, "createdAt");
        }
    }

    /**
     * One line of the result.
     *
     * @param rank      1 for the first
     * @param elected   within the seats
     * @param tieBroken the candidate's number of votes is shared with another candidate, so the tie-break decided
     *                  its place among them
     */
    public record Ranked(long candidateId, int votes, int rank, boolean elected, boolean tieBroken) {
    }

    /** The outcome, with what is needed to re-run it. */
    public record Result(int seats, TieBreak tieBreak, int ballots, String ballotsDigest, String seed,
            List<Ranked> ranking) {

        public List<Ranked> elected() {
            return ranking.stream().filter(Ranked::elected).toList();
        }

        public List<Ranked> alternates() {
            return ranking.stream().filter(r -> !r.elected()).toList();
        }
    }

    /**
     * Counts the ballots.
     *
     * @throws IllegalArgumentException if a ballot is empty, names more than {@code seats} candidates or a
     *                                  candidate not standing
     */
    public static Result tally(long electionId, int seats, TieBreak tieBreak, Collection<Candidate> candidates,
            Collection<? extends Set<Long>> ballots) {
        Objects.requireNonNull(tieBreak, "tieBreak");
        if (seats < 1) {
            throw new IllegalArgumentException("at least one seat");
        }
        Map<Long, Candidate> byId = new HashMap<>();
        for (Candidate c : candidates) {
            if (byId.put(c.id(), c) != null) {
                throw new IllegalArgumentException("candidate " + c.id() + " twice");
            }
        }
        Map<Long, Integer> votes = new HashMap<>();
        byId.keySet().forEach(id -> votes.put(id, 0));
        for (Set<Long> ballot : ballots) {
            check(ballot, seats, byId.keySet());
            ballot.forEach(id -> votes.merge(id, 1, Integer::sum));
        }
        String digest = ballotsDigest(ballots);
        String seed = seed(electionId, digest);
        Comparator<Candidate> tie = switch (tieBreak) {
            case LOT -> Comparator.comparing((Candidate c) -> lotKey(seed, c.id()));
            case EARLIEST_CANDIDACY -> Comparator.comparing(Candidate::receivedOn).thenComparing(Candidate::createdAt)
                    .thenComparingLong(Candidate::id);
        };
        List<Candidate> order = new ArrayList<>(byId.values());
        order.sort(Comparator.comparing((Candidate c) -> votes.get(c.id())).reversed().thenComparing(tie));
        Map<Integer, Integer> sameVotes = new HashMap<>();
        order.forEach(c -> sameVotes.merge(votes.get(c.id()), 1, Integer::sum));
        List<Ranked> ranking = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            long id = order.get(i).id();
            int v = votes.get(id);
            ranking.add(new Ranked(id, v, i + 1, i < seats, sameVotes.get(v) > 1));
        }
        return new Result(seats, tieBreak, ballots.size(), digest, seed, List.copyOf(ranking));
    }

    /** Checks one ballot against the rule: one to {@code seats} distinct standing candidates. */
    public static void check(Set<Long> ballot, int seats, Set<Long> standing) {
        if (ballot == null || ballot.isEmpty()) {
            throw new IllegalArgumentException("empty ballot");
        }
        if (ballot.size() > seats) {
            throw new IllegalArgumentException("more than " + seats + " choices");
        }
        for (Long id : ballot) {
            if (id == null || !standing.contains(id)) {
                throw new IllegalArgumentException("not a candidate: " + id);
            }
        }
    }

    /** The canonical digest of a set of ballots (see the class comment). */
    public static String ballotsDigest(Collection<? extends Set<Long>> ballots) {
        List<String> lines = new ArrayList<>();
        for (Set<Long> b : ballots) {
            lines.add(String.join(",", new TreeSet<>(b).stream().map(String::valueOf).toList()));
        }
        lines.sort(Comparator.naturalOrder());
        StringBuilder text = new StringBuilder();
        lines.forEach(l -> text.append(l).append('\n'));
        return sha256(text.toString());
    }

    /** The seed of the lot, from the election id and the digest of its ballots. */
    public static String seed(long electionId, String ballotsDigest) {
        return sha256("agora-association-election:" + electionId + ":" + ballotsDigest);
    }

    /** The key that orders tied candidates by lot (smaller first). */
    public static String lotKey(String seed, long candidateId) {
        return sha256(seed + ":" + candidateId);
    }

    /** Ids must be distinct per ballot: a helper for callers that read ballots as lists. */
    public static Set<Long> distinct(List<Long> choices) {
        Set<Long> set = new HashSet<>(choices);
        if (set.size() != choices.size()) {
            throw new IllegalArgumentException("a candidate chosen twice");
        }
        return set;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
