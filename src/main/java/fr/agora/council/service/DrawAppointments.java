package fr.agora.council.service;

import fr.agora.council.domain.CouncilDraw;
import fr.agora.council.domain.CouncilTime;
import fr.agora.council.domain.PoolPerson;
import fr.agora.council.domain.PoolPersonRepository;
import fr.agora.shared.service.BundleTexts;
import fr.agora.shared.service.MailService;
import fr.agora.sortition.seats.SeatAssignment;
import fr.agora.sortition.seats.SeatLog;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Seats the drawn panel and tells each drawn person. The panel holds titulaires and suppléants together (two per
 * seat) under the quotas, so every quota holds for both. Who of the panel is titulaire or suppléant of which seat
 * is the engine's rule ({@link SeatAssignment}: derived from the draw seed, paired by sex), so anyone can re-derive
 * it from the published seats file.
 */
@Component
class DrawAppointments {

    /** Titulaire and suppléant of a seat share their sex where possible, so parity holds among the titulaires. */
    static final String PAIRING = "sex";

    private final PoolPersonRepository people;
    private final MembershipService membership;
    private final CouncilSettings settings;
    private final MailService mail;
    private final Clock clock;

    DrawAppointments(PoolPersonRepository people, MembershipService membership, CouncilSettings settings,
            MailService mail, Clock clock) {
        this.people = people;
        this.membership = membership;
        this.settings = settings;
        this.mail = mail;
        this.clock = clock;
    }

    /** The day by which a person drawn today must answer. */
    LocalDate deadline() {
        return CouncilTime.today(clock).plusDays(settings.responseDays());
    }

    /**
     * Appoints the seats of a drawn panel, as the engine assigned them ({@link SeatLog#seats()}: seat by seat, the
     * titulaire and the suppléant are pool ids), and invites each person.
     */
    void appoint(CouncilDraw d, SeatLog seats) {
        Map<String, PoolPerson> byId = people.findByDrawIdOrderById(d.getId()).stream()
                .collect(Collectors.toMap(p -> String.valueOf(p.getId()), p -> p));
        LocalDate deadline = deadline();
        for (SeatAssignment.Seat seat : seats.seats()) {
            PoolPerson t = byId.get(seat.titulaire());
            PoolPerson s = byId.get(seat.suppleant());
            membership.appointDrawn(d.getCouncil().getId(), d.getId(), appointment(t), t.getId(), appointment(s),
                    s.getId(), deadline);
            invite(d, t, deadline);
            invite(d, s, deadline);
        }
    }

    /** Tells a drawn person by e-mail, when the pool has an address; the others get a letter from staff. */
    void invite(CouncilDraw d, PoolPerson p, LocalDate deadline) {
        if (!p.getEmail().isEmpty()) {
            BundleTexts t = new BundleTexts("council", Locale.FRENCH);
            mail.send(p.getEmail(), t.get("draw.mail.subject", d.getCouncil().getName()), t.get("draw.mail.body",
                    p.getFirstName() + " " + p.getLastName(), d.getCouncil().getName(), deadline.toString()));
        }
    }

    /** A pool person as a member to appoint (not named in public until they say so). */
    static Appointment appointment(PoolPerson p) {
        return new Appointment(p.getFirstName() + " " + p.getLastName(), null,
                p.getEmail().isEmpty() ? null : p.getEmail(), p.getPhone().isEmpty() ? null : p.getPhone(), false);
    }
}
