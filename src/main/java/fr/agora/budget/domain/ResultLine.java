package fr.agora.budget.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The outcome of one project in a ballot box, as the rules engine computed it, with its plain-French reason. */
@Entity
@Table(name = "budget_vote_result")
public class ResultLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "box_id", nullable = false)
    private Long boxId;

    @Column(name = "project_key", nullable = false, length = 64)
    private String projectKey;

    @Column(name = "proposal_id")
    private Long proposalId;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "cost_euros", nullable = false)
    private long costEuros;

    @Column(nullable = false)
    private long votes;

    @Column(nullable = false)
    private boolean won;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 1000)
    private String explanation;

    protected ResultLine() {
    }

    public ResultLine(long boxId, String projectKey, Long proposalId, String title, long costEuros, long votes,
            boolean won, int position, String explanation) {
        this.boxId = boxId;
        this.projectKey = projectKey;
        this.proposalId = proposalId;
        this.title = title.length() > 200 ? title.substring(0, 200) : title;
        this.costEuros = costEuros;
        this.votes = votes;
        this.won = won;
        this.position = position;
        this.explanation = explanation.length() > 1000 ? explanation.substring(0, 1000) : explanation;
    }

    public Long getId() {
        return id;
    }

    public Long getBoxId() {
        return boxId;
    }

    public String getProjectKey() {
        return projectKey;
    }

    public Long getProposalId() {
        return proposalId;
    }

    public String getTitle() {
        return title;
    }

    public long getCostEuros() {
        return costEuros;
    }

    public long getVotes() {
        return votes;
    }

    public boolean isWon() {
        return won;
    }

    public int getPosition() {
        return position;
    }

    public String getExplanation() {
        return explanation;
    }
}
