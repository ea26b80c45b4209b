package fr.agora.council.service;

import fr.agora.council.domain.AssociationElection;
import fr.agora.council.domain.AssociationElectionRepository;
import fr.agora.council.domain.Candidacy;
import fr.agora.shared.domain.BusinessException;
import fr.agora.shared.domain.Role;
import fr.agora.shared.security.RateLimiter;
import fr.agora.shared.service.CurrentUser;
import fr.agora.voting.Receipt;
import fr.agora.voting.Refusal;
import fr.agora.voting.Voter;
import fr.agora.voting.VoterStatus;
import fr.agora.voting.VotingException;
import fr.agora.voting.VotingService;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The voters' side of the association elections: the holder of a one-time code opens the ballot paper and casts a
 * secret ballot through the voting core, which marks the code as used and puts the ballot in the box in one
 * transaction, and returns a receipt. Staff accounts never vote (operator neutrality, DOMAIN.md §7 E.24). Every
 * refusal is audited; a refused ballot changes nothing and the code stays usable. Code attempts count against the
 * per-client vote rate limit ({@link RateLimiter.Action#VOTE}), so codes cannot be guessed by brute force.
 */
@Service
public class ElectionVoting {

    private final ElectionService elections;
    private final AssociationElectionRepository repository;
    private final VotingService voting;
    private final RateLimiter limiter;

    ElectionVoting(ElectionService elections, AssociationElectionRepository repository, VotingService voting,
            RateLimiter limiter) {
        this.limiter = limiter;
        this.elections = elections;
        this.repository = repository;
        this.voting = voting;
    }

    /**
     * The ballot paper a valid, unused code opens. Refused (and audited) for an unknown or used code, a closed
     * election, or a staff account.
     */
    @Transactional(readOnly = true)
    public BallotPaper ballotPaper(String code) {
        limiter.check(RateLimiter.Action.VOTE, null); // per client: codes cannot be tried by the thousand
        neutral("ELECTION_BALLOT_PAPER");
        AssociationElection e = usable(code, "ELECTION_BALLOT_PAPER");
        return new BallotPaper(e.getId(), e.getCampaign().getCouncil().getName(), e.getCampaign().getTitle(),
                e.getSeats(), elections.candidates(e).stream().map(ElectionService::candidate).toList());
    }

    /**
     * Casts a secret ballot approving one to {@code seats} candidate associations, with a valid unused code.
     *
     * @return the voter's receipt, whose hash is published with the results (apart from the ballots)
     */
    @Transactional
    public Receipt vote(String code, Set<Long> choices) {
        limiter.check(RateLimiter.Action.VOTE, null);
        neutral("ELECTION_VOTE");
        AssociationElection e = usable(code, "ELECTION_VOTE");
        long electionId = e.getId();
        Set<Long> standing = elections.candidates(e).stream().map(Candidacy::getId).collect(Collectors.toSet());
        Set<Long> chosen = choices == null ? Set.of() : new LinkedHashSet<>(choices);
        if (chosen.isEmpty()) {
            throw new BusinessException("election.error.no-choice");
        }
        if (chosen.size() > e.getSeats()) {
            elections.refuse("ELECTION_VOTE", "council_election", electionId, "more choices than seats");
            throw new BusinessException("election.error.too-many", e.getSeats());
        }
        if (!standing.containsAll(chosen)) {
            elections.refuse("ELECTION_VOTE", "council_election", electionId, "not a candidate");
            throw new BusinessException("election.error.not-candidate");
        }
        try {
            return voting.cast(e.getVoteId(), Voter.code(code), chosen);
        } catch (VotingException ex) {
            // of two simultaneous uses of one code, the core lets one in
            String reason = ex.refusal() == Refusal.ALREADY_VOTED ? "code already used" : ex.refusal().name();
            elections.refuse("ELECTION_VOTE", "council_election", electionId, reason);
            throw new BusinessException(switch (ex.refusal()) {
                case ALREADY_VOTED -> "election.error.code-used";
                case CLOSED -> "election.error.closed";
                case NOT_ELIGIBLE -> "election.error.unknown-code";
                default -> "election.error.not-candidate";
            });
        }
    }

    /** Whether a receipt was counted in an election (the voter's check, before or after the close). */
    @Transactional(readOnly = true)
    public boolean receiptCounted(long electionId, String receipt) {
        AssociationElection e = elections.load(electionId);
        return e.getVoteId() != null && voting.receiptCounted(e.getVoteId(), receipt);
    }

    private AssociationElection usable(String code, String action) {
        VoterStatus status = voting.lookUp(code).orElse(null);
        AssociationElection e = status == null ? null : repository.findByVote(status.voteId()).orElse(null);
        if (e == null) {
            elections.refuse(action, "council_election", null, "unknown code");
            throw new BusinessException("election.error.unknown-code");
        }
        if (!e.isOpen() || !status.open()) {
            elections.refuse(action, "council_election", e.getId(), "election closed");
            throw new BusinessException("election.error.closed");
        }
        if (status.voted()) {
            elections.refuse(action, "council_election", e.getId(), "code already used");
            throw new BusinessException("election.error.code-used");
        }
        return e;
    }

    /** Operator neutrality: staff run the election but never vote, whatever code they hold. */
    private void neutral(String action) {
        if (CurrentUser.hasAnyRole(Role.STAFF, Role.ADMIN)) {
            elections.refuse(action, "council_election", null, "staff account");
            throw new BusinessException("election.error.staff");
        }
    }
}
