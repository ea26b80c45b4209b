package fr.agora.voting.domain;

import fr.agora.voting.Channel;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A line of a vote's voter registry: who may vote (an account, or the SHA-256 of a one-time code), and whether
 * they have voted, by which channel and on which day (no time). A random id: the lines have no order that could be
 * matched with anything.
 */
@Entity
@Table(name = "voting_voter")
public class RegistryEntry {

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "vote_id", nullable = false)
    private long voteId;

    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "code_hash", length = 64)
    private String codeHash;

    @Column(length = 100)
    private String subject;

    @Column(nullable = false)
    private boolean voted;

    @Enumerated(EnumType.STRING)
    @Column(length = 8)
    private Channel channel;

    @Column(name = "voted_on")
    private LocalDate votedOn;

    @Version
    private long version;

    protected RegistryEntry() {
    }

    private RegistryEntry(long voteId, Long accountId, String codeHash, String subject) {
        this.id = UUID.randomUUID().toString();
        this.voteId = voteId;
        this.accountId = accountId;
        this.codeHash = codeHash;
        this.subject = subject;
    }

    public static RegistryEntry forAccount(long voteId, long accountId, String subject) {
        return new RegistryEntry(voteId, accountId, null, subject);
    }

    public static RegistryEntry forCode(long voteId, String codeHash, String subject) {
        return new RegistryEntry(voteId, null, codeHash, subject);
    }

    /** A new code (the old one stops working); refused once the voter has voted. */
    public void reissue(String newCodeHash) {
        if (voted) {
            throw new fr.agora.voting.VotingException(fr.agora.voting.Refusal.ALREADY_VOTED);
        }
        this.codeHash = newCodeHash;
    }

    public String getId() {
        return id;
    }

    public long getVoteId() {
        return voteId;
    }

    public Long getAccountId() {
        return accountId;
    }

    public String getSubject() {
        return subject;
    }

    public boolean isVoted() {
        return voted;
    }

    public Channel getChannel() {
        return channel;
    }

    public LocalDate getVotedOn() {
        return votedOn;
    }
}
