package fr.agora.meetings.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** An item of a meeting's agenda; an accepted contribution becomes one. */
@Entity
@Table(name = "meeting_agenda_item")
public class AgendaItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id")
    private Meeting meeting;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(length = 2000)
    private String detail;

    @Column(name = "contribution_id")
    private Long contributionId;

    protected AgendaItem() {
    }

    AgendaItem(Meeting meeting, int position, String title, String detail, Long contributionId) {
        this.meeting = meeting;
        this.position = position;
        this.title = title;
        this.detail = detail;
        this.contributionId = contributionId;
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public String getTitle() {
        return title;
    }

    public String getDetail() {
        return detail;
    }

    public Long getContributionId() {
        return contributionId;
    }
}
