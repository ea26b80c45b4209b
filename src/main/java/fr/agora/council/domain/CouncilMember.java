package fr.agora.council.domain;

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

    /** Marks the member as drawn from {@code drawId}'s pool, awaiting an answer before {@code deadline}. */
    public void drawnFrom(long drawId, long poolPersonId, LocalDate deadline) {
        this.drawId = drawId;
        this.poolPersonId = poolPersonId;
        this.response = Response.PENDING;
        this.responseDeadline = deadline;
    }

    /** Records the drawn person's answer. */
    public void respond(Response answer) {
        this.response = answer;
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

    /** The suppléant takes the titulaire's place on the same seat. */
    public void becomeTitulaire() {
        this.position = SeatPosition.TITULAIRE;
    }

    /** Leaves the council on {@code day}. */
    public void end(LocalDate day) {
        this.status = Status.ENDED;
        this.endDate = day;
    }

    /** Made official by the Préfet's arrêté. */
    public void makeOfficial() {
        this.official = true;
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
