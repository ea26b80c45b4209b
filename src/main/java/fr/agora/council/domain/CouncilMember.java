package fr.agora.council.domain;

import fr.agora.shared.domain.BusinessException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A person holding a seat position (titulaire or suppléant) in a collège. A member stays provisional until an
 * arrêté recorded after their appointment makes them official. Members are never deleted: a member who leaves is
 * ended, with the date, so the history of the seat remains.
 */
@Entity
@Table(name = "council_member")
public class CouncilMember {

    /** Whether the member currently holds the position. */
    public enum Status {
        ACTIVE, ENDED
    }

    /** A drawn person's answer to the invitation to sit. */
    public enum Response {
        PENDING, ACCEPTED, DECLINED, UNREACHABLE
    }

    /** The longest reason of an end of mandate, or note of a refusal. */
    public static final int MAX_REASON = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "draw_id")
    private Long drawId;

    @Column(name = "pool_person_id")
    private Long poolPersonId;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private Response response;

    @Column(name = "response_deadline")
    private LocalDate responseDeadline;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "council_id")
    private Council council;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private College college;

    @Column(name = "seat_no", nullable = false)
    private int seatNo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private SeatPosition position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MemberOrigin origin;

    @Column(name = "full_name", nullable = false, length = 160)
    private String fullName;

    @Column(length = 160)
    private String organisation;

    @Column(length = 254)
    private String email;

    @Column(length = 32)
    private String phone;

    @Column(name = "public_consent", nullable = false)
    private boolean publicConsent;

    @Column(nullable = false)
    private boolean official;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "end_reason", length = 500)
    private String endReason;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "ended_by", length = 254)
    private String endedBy;

    @Column(name = "promoted_member_id")
    private Long promotedMemberId;

    @Column(name = "response_date")
    private LocalDate responseDate;

    @Column(name = "response_note", length = 500)
    private String responseNote;

    @Version
    private long version;

    protected CouncilMember() {
    }

    public CouncilMember(Council council, College college, int seatNo, SeatPosition position, MemberOrigin origin,
            String fullName, String organisation, String email, String phone, boolean publicConsent, LocalDate start,
            Instant now) {
        this.council = council;
        this.college = college;
        this.seatNo = seatNo;
        this.position = position;
        this.origin = origin;
        this.fullName = fullName;
        this.organisation = organisation;
        this.email = email;
        this.phone = phone;
        this.publicConsent = publicConsent;
        this.status = Status.ACTIVE;
        this.startDate = start;
        this.createdAt = now;
    }

    /**
     * Marks the member as drawn from {@code drawId}'s pool, awaiting an answer before {@code deadline}.
     *
     * @throws IllegalStateException for a member not appointed by a draw, or already marked
     */
    public void drawnFrom(long drawId, long poolPersonId, LocalDate deadline) {
        if (origin != MemberOrigin.DRAW || this.drawId != null) {
            throw new IllegalStateException("member " + id + " is not a newly drawn member");
        }
        this.drawId = drawId;
        this.poolPersonId = poolPersonId;
        this.response = Response.PENDING;
        this.responseDeadline = deadline;
    }

    /**
     * The drawn person accepts their seat.
     *
     * @throws BusinessException {@code draw.error.not-drawn} for a member who was not drawn,
     *         {@code draw.error.not-pending} when they already answered or left
     */
    public void accept() {
        checkAwaitingAnswer();
        this.response = Response.ACCEPTED;
    }

    /**
     * The drawn person declined, or could not be reached before the deadline: they leave the seat on {@code day}, for
     * the next person of the reserve to take it.
     *
     * @throws BusinessException {@code draw.error.answer} for an answer that is not a refusal,
     *         {@code draw.error.not-pending} when they already answered or left
     */
    public void decline(Response answer, LocalDate day) {
        decline(answer, day, null, day);
    }

    /**
     * {@link #decline(Response, LocalDate)} with the day the answer was given (or the person found unreachable) and
     * what they said or what was tried. A person found unreachable needs the note of the attempts made; the day may be
     * neither before the draw appointed them nor after {@code today}.
     *
     * @throws BusinessException {@code draw.error.answer-date} for a day out of bounds, {@code draw.error.answer-note}
     *         for an unreachable person without a note (or a note over 500 characters)
     */
    public void decline(Response answer, LocalDate day, String note, LocalDate today) {
        if (answer != Response.DECLINED && answer != Response.UNREACHABLE) {
            throw new BusinessException("draw.error.answer");
        }
        checkAwaitingAnswer();
        if (day == null || day.isBefore(startDate) || day.isAfter(today)) {
            throw new BusinessException("draw.error.answer-date");
        }
        String text = note == null ? "" : note.strip();
        if ((answer == Response.UNREACHABLE && text.isEmpty()) || text.length() > MAX_REASON) {
            throw new BusinessException("draw.error.answer-note");
        }
        this.response = answer;
        this.responseDate = day;
        this.responseNote = text.isEmpty() ? null : text;
        leave(day);
    }

    /** Whether this drawn member awaits an answer: drawn, still active, not yet answered. */
    public boolean isAwaitingAnswer() {
        return drawId != null && response == Response.PENDING && status == Status.ACTIVE;
    }

    private void checkAwaitingAnswer() {
        if (drawId == null) {
            throw new BusinessException("draw.error.not-drawn");
        }
        if (!isAwaitingAnswer()) {
            throw new BusinessException("draw.error.not-pending");
        }
    }

    public Long getDrawId() {
        return drawId;
    }

    public Long getPoolPersonId() {
        return poolPersonId;
    }

    public Response getResponse() {
        return response;
    }

    public LocalDate getResponseDeadline() {
        return responseDeadline;
    }

    /**
     * The active suppléant takes the titulaire's place on the same seat (the titulaire left).
     *
     * @throws IllegalStateException for a titulaire or a member who left
     */
    public void becomeTitulaire() {
        if (position != SeatPosition.SUPPLEANT || status != Status.ACTIVE) {
            throw new IllegalStateException("only an active suppléant can become titulaire: member " + id);
        }
        this.position = SeatPosition.TITULAIRE;
    }

    /**
     * Leaves the council on {@code day} (end of mandate, resignation, a comité's designation ended).
     *
     * @throws BusinessException {@code council.error.already-ended} when the member already left,
     *         {@code council.error.end-date} for a day before the appointment
     */
    public void leave(LocalDate day) {
        if (status != Status.ACTIVE) {
            throw new BusinessException("council.error.already-ended");
        }
        if (day == null || day.isBefore(startDate)) {
            throw new BusinessException("council.error.end-date");
        }
        this.status = Status.ENDED;
        this.endDate = day;
    }

    /**
     * Ends the mandate (staff's "Fin de mandat"): on {@code day}, which may be neither before the appointment nor after
     * {@code today} (a mandate ends on a known day, recorded once it happened), with the reason
     * (resignation, moving away, death...). The end can be undone by staff until {@code undoWindow} after {@code now}
     * ({@link #reinstate}).
     *
     * @param promoted the suppléant who moves up to titulaire because of it, or null
     * @throws BusinessException {@code council.error.already-ended}, {@code council.error.end-date} (no day, before
     *         the appointment, or after today), {@code council.error.end-reason} (no reason, or over 500 characters)
     */
    public void endMandate(LocalDate day, String reason, LocalDate today, Instant now, String by, Long promoted) {
        if (status != Status.ACTIVE) {
            throw new BusinessException("council.error.already-ended");
        }
        if (day == null || day.isAfter(today)) {
            throw new BusinessException("council.error.end-date");
        }
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty() || text.length() > MAX_REASON) {
            throw new BusinessException("council.error.end-reason");
        }
        leave(day);
        this.endReason = text;
        this.endedAt = now;
        this.endedBy = by;
        this.promotedMemberId = promoted;
    }

    /**
     * Whether staff may still undo the end of this mandate at {@code now}: it was ended through
     * {@link #endMandate} less than {@code window} ago.
     */
    public boolean isReinstatable(Instant now, java.time.Duration window) {
        return status == Status.ENDED && endedAt != null && !now.isAfter(endedAt.plus(window));
    }

    /**
     * Undoes the end of the mandate, within the window: the member sits again as before.
     *
     * @return the suppléant who had moved up because of it (to move back), or null
     * @throws BusinessException {@code council.error.undo-too-late} after the window, or for an end that cannot be
     *         undone (a refusal of a drawn person, an end recorded before undoing existed)
     */
    public Long reinstate(Instant now, java.time.Duration window) {
        if (!isReinstatable(now, window)) {
            throw new BusinessException("council.error.undo-too-late", window.toMinutes());
        }
        Long promoted = promotedMemberId;
        this.status = Status.ACTIVE;
        this.endDate = null;
        this.endReason = null;
        this.endedAt = null;
        this.endedBy = null;
        this.promotedMemberId = null;
        return promoted;
    }

    /**
     * A titulaire who had moved up from suppléant goes back to suppléant, because the end of mandate that moved them
     * up was undone.
     *
     * @throws IllegalStateException for a member who is not an active titulaire
     */
    public void backToSuppleant() {
        if (position != SeatPosition.TITULAIRE || status != Status.ACTIVE) {
            throw new IllegalStateException("only an active titulaire can move back to suppléant: member " + id);
        }
        this.position = SeatPosition.SUPPLEANT;
    }

    public Long getPromotedMemberId() {
        return promotedMemberId;
    }

    public String getEndReason() {
        return endReason;
    }

    public Instant getEndedAt() {
        return endedAt;
    }

    public String getEndedBy() {
        return endedBy;
    }

    public LocalDate getResponseDate() {
        return responseDate;
    }

    public String getResponseNote() {
        return responseNote;
    }

    /**
     * Made official by the Préfet's arrêté.
     *
     * @throws IllegalStateException for a member who already left: an arrêté lists the sitting members only
     */
    public void makeOfficial() {
        if (status != Status.ACTIVE) {
            throw new IllegalStateException("a member who left cannot be made official: member " + id);
        }
        this.official = true;
    }

    public boolean isActive() {
        return status == Status.ACTIVE;
    }

    public Long getId() {
        return id;
    }

    public Council getCouncil() {
        return council;
    }

    public College getCollege() {
        return college;
    }

    public int getSeatNo() {
        return seatNo;
    }

    public SeatPosition getPosition() {
        return position;
    }

    public MemberOrigin getOrigin() {
        return origin;
    }

    public String getFullName() {
        return fullName;
    }

    public String getOrganisation() {
        return organisation;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    /** The member agrees (or no longer agrees) to be named on the council's public page. */
    public void consentToPublication(boolean consent) {
        this.publicConsent = consent;
    }

    public boolean isPublicConsent() {
        return publicConsent;
    }

    public boolean isOfficial() {
        return official;
    }

    public Status getStatus() {
        return status;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }
}
