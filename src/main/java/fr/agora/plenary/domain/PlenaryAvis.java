package fr.agora.plenary.domain;

import fr.agora.shared.domain.BusinessException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * An avis adopted by the plenary and sent to the city on the day of its adoption; an elected official answers it by
 * its due date. The answer is given once.
 */
@Entity
@Table(name = "plenary_avis")
public class PlenaryAvis {

    public static final int MAX_ANSWER = 20_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "plenary_id", nullable = false)
    private long plenaryId;

    @Column(name = "motion_id", nullable = false)
    private long motionId;

    @Column(name = "avis_year", nullable = false)
    private int year;

    @Column(nullable = false, length = Motion.MAX_TITLE)
    private String title;

    @Column(nullable = false, columnDefinition = "text")
    private String text;

    @Column(name = "sent_on", nullable = false)
    private LocalDate sentOn;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(columnDefinition = "text")
    private String answer;

    @Column(name = "answered_by", length = 160)
    private String answeredBy;

    @Column(name = "answered_on")
    private LocalDate answeredOn;

    @Version
    private long version;

    protected PlenaryAvis() {
    }

    public PlenaryAvis(Plenary plenary, Motion motion, LocalDate sent) {
        if (!motion.isAdoptedAvis()) {
            throw new BusinessException("plenary.error.not-an-adopted-avis");
        }
        this.plenaryId = plenary.getId();
        this.motionId = motion.getId();
        this.year = plenary.getYear();
        this.title = motion.getTitle();
        this.text = motion.getText();
        this.sentOn = sent;
        this.dueOn = plenary.answerDue(sent);
    }

    /** The archive's answer, given on {@code day} (demo data). */
    public void recordAnswer(String text, String by, LocalDate day) {
        answer(text, by, day);
    }

    public void answer(String text, String by, LocalDate today) {
        if (answer != null) {
            throw new BusinessException("plenary.error.already-answered");
        }
        String a = text == null ? "" : text.strip();
        if (a.isEmpty() || a.length() > MAX_ANSWER) {
            throw new BusinessException("plenary.error.answer-text");
        }
        this.answer = a;
        this.answeredBy = by;
        this.answeredOn = today;
    }

    /** Days past the due date without an answer (0 when answered or not yet due). */
    public long daysOverdue(LocalDate today) {
        return answer == null && today.isAfter(dueOn) ? ChronoUnit.DAYS.between(dueOn, today) : 0;
    }

    public Long getId() {
        return id;
    }

    public long getPlenaryId() {
        return plenaryId;
    }

    public long getMotionId() {
        return motionId;
    }

    public int getYear() {
        return year;
    }

    public String getTitle() {
        return title;
    }

    public String getText() {
        return text;
    }

    public LocalDate getSentOn() {
        return sentOn;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public String getAnswer() {
        return answer;
    }

    public String getAnsweredBy() {
        return answeredBy;
    }

    public LocalDate getAnsweredOn() {
        return answeredOn;
    }
}
