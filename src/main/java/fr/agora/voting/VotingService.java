package fr.agora.voting;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The voting core, for the features that hold votes. Every method runs in a transaction (joining the caller's);
 * authorisation is the calling feature's (its own roles and rules, such as the neutrality of staff), while the core
 * enforces what holds for every vote: one vote per registered voter across channels, valid ballots, sealed counts
 * until the close, nothing that links a voter to a choice in a {@link Secrecy#SECRET} vote.
 *
 * <p>Refusals are {@link VotingException}s; a refused request writes nothing.
 */
public interface VotingService {

    // ---- set-up ----------------------------------------------------------------------------------------------------

    /** Opens a vote; returns its id. */
    long open(VoteSpec spec);

    /** The vote, or empty. */
    Optional<VoteInfo> find(long voteId);

    /**
     * Registers an account as eligible.
     *
     * @param subject the feature's reference for the voter (at most 100 characters), or null
     * @return the registry line
     * @throws VotingException {@link Refusal#ALREADY_REGISTERED} when the account is already in the registry
     */
    String registerAccount(long voteId, long accountId, String subject);

    /** Registers the holder of a new one-time code; only its hash is stored, the code is returned once. */
    IssuedCode registerCode(long voteId, String subject);

    /** A new code for a registry line that has not voted; the previous code stops working. */
    IssuedCode reissueCode(String voterId);

    /** The registry, for staff: who may vote, never who has voted. */
    List<RegistryLine> registry(long voteId);

    // ---- voters ----------------------------------------------------------------------------------------------------

    /**
     * What a one-time code opens, without using it.
     *
     * @return empty for an unknown or malformed code
     */
    Optional<VoterStatus> lookUp(String code);

    /** The registry line of an account in a vote, if it is registered. */
    Optional<VoterStatus> lookUp(long voteId, long accountId);

    /**
     * Casts a ballot online: checks it with the kind's {@link TallyPlug}, marks the voter as having voted (channel
     * ONLINE, the day only) and puts the ballot in the box, in one transaction; of two simultaneous casts by one
     * voter, exactly one gets in.
     *
     * @param voteId the vote; for a {@link Voter.Code} it must be the code's vote
     * @return the voter's receipt
     * @throws VotingException {@link Refusal#CLOSED}, {@link Refusal#NOT_ELIGIBLE}, {@link Refusal#ALREADY_VOTED}
     *                         (whatever the channel of the first vote), or an invalid ballot
     */
    Receipt cast(long voteId, Voter voter, Set<Long> choices);

    /** Whether a receipt is among the vote's receipts (a voter checking that their ballot was counted). */
    boolean receiptCounted(long voteId, String receiptCode);

    // ---- paper -----------------------------------------------------------------------------------------------------

    /**
     * Marks a voter who handed in a paper ballot (channel PAPER): they cannot vote online afterwards, and a voter
     * who voted online is refused here.
     */
    void markPaper(long voteId, Voter voter);

    /**
     * Enters a batch of paper ballots, all or none: each is checked like an online ballot, and the vote never holds
     * more paper ballots than voters marked on paper. The ballots carry no batch and no voter.
     *
     * @param label the batch's label (an envelope, a desk and a day), unique in the vote
     */
    PaperBatch enterPaperBatch(long voteId, String label, List<Set<Long>> ballots);

    /** Whether a second entry of a batch's papers matches the first one (same ballots, in any order). */
    boolean paperBatchMatches(long voteId, String label, List<Set<Long>> ballots);

    // ---- counting --------------------------------------------------------------------------------------------------

    /** How many have voted, by channel: counts only, at any time. */
    Turnout turnout(long voteId);

    /** The tally from the database: per option once closed or for a {@link Disclosure#LIVE} vote, else sealed. */
    Tally tally(long voteId);

    /** Closes the vote, counts it with its {@link TallyPlug} and records the result. */
    Tally close(long voteId);

    /**
     * The anonymised ballots of a closed vote, in an order that says nothing of when they were cast (the order of
     * their random ids); each ballot its option ids, ascending.
     *
     * @throws VotingException {@link Refusal#STILL_OPEN} before the close
     */
    List<List<Long>> publishedBallots(long voteId);

    /** The SHA-256 of each receipt of a closed vote, sorted: published apart from the ballots. */
    List<String> publishedReceiptHashes(long voteId);

    /** The names and choices of a closed {@link Secrecy#OPEN} vote; empty for a secret vote. */
    List<NamedChoice> namedChoices(long voteId);

    /**
     * The canonical digest of a set of ballots: SHA-256 (hexadecimal) of the ballots written one per line, each the
     * option ids ascending joined by {@code ","} followed by {@code "\n"}, the lines sorted as strings.
     */
    static String ballotsDigest(List<? extends java.util.Collection<Long>> ballots) {
        List<String> lines = new java.util.ArrayList<>();
        for (java.util.Collection<Long> b : ballots) {
            lines.add(String.join(",", new java.util.TreeSet<>(b).stream().map(String::valueOf).toList()));
        }
        lines.sort(java.util.Comparator.naturalOrder());
        StringBuilder text = new StringBuilder();
        lines.forEach(l -> text.append(l).append('\n'));
        return fr.agora.shared.service.Hashes.sha256Hex(text.toString());
    }
}
