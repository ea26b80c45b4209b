package fr.agora.council.service;

import fr.agora.council.domain.CouncilDraw;
import fr.agora.council.domain.CouncilTime;
import fr.agora.council.domain.PoolPerson;
import fr.agora.council.domain.PoolPersonRepository;
import fr.agora.shared.service.BundleTexts;
import fr.agora.shared.service.MailService;
import fr.agora.sortition.draw.CounterRng;
import fr.agora.sortition.draw.DrawRecord;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Seats the drawn panel and tells each drawn person. The panel holds titulaires and suppléants together (two per
 * seat) under the quotas, so parity holds for both. Who of the panel is titulaire is decided from the draw seed, so
 * anyone can re-derive it: each sex's members are ordered by SHA-256(seed ‖ id), the two orders are interleaved
 * starting with the sex of the smaller hash, the first {@code seats} are titulaires, and each titulaire is paired
 * with the next suppléant of the same sex.
 */
@Component
class DrawAppointments {

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

    /** Appoints the panel of {@code record} to the Collège Habitants and invites each person. */
    void appoint(CouncilDraw d, DrawRecord record) {
        Map<String, PoolPerson> byId = people.findByDrawIdOrderById(d.getId()).stream()
                .collect(Collectors.toMap(p -> String.valueOf(p.getId()), p -> p));
        byte[] seed = CounterRng.sha256((record.seed()).getBytes(StandardCharsets.UTF_8));
        Comparator<String> bySeedHash = Comparator.comparing(id -> CounterRng.hex(CounterRng.sha256(
                (CounterRng.hex(seed) + id).getBytes(StandardCharsets.UTF_8))));
        List<String> women = record.panel().stream().filter(id -> "FEMALE".equals(byId.get(id).getSex()))
                .sorted(bySeedHash).toList();
        List<String> men = record.panel().stream().filter(id -> !"FEMALE".equals(byId.get(id).getSex()))
                .sorted(bySeedHash).toList();
        boolean womenFirst = !women.isEmpty() && (men.isEmpty() || bySeedHash.compare(women.get(0), men.get(0)) < 0);
        List<String> order = new ArrayList<>();
        for (int i = 0; i < Math.max(women.size(), men.size()); i++) {
            List<String> first = womenFirst ? women : men;
            List<String> second = womenFirst ? men : women;
            if (i < first.size()) {
                order.add(first.get(i));
            }
            if (i < second.size()) {
                order.add(second.get(i));
            }
        }
        List<String> titulaires = order.subList(0, d.getSeats());
        List<String> suppleants = new ArrayList<>(order.subList(d.getSeats(), order.size()));
        LocalDate deadline = deadline();
        for (String t : titulaires) {
            String sex = byId.get(t).getSex();
            String s = suppleants.stream().filter(x -> byId.get(x).getSex().equals(sex)).findFirst()
                    .orElse(suppleants.get(0));
            suppleants.remove(s);
            membership.appointDrawn(d.getCouncil().getId(), d.getId(), appointment(byId.get(t)), byId.get(t).getId(),
                    appointment(byId.get(s)), byId.get(s).getId(), deadline);
            invite(d, byId.get(t), deadline);
            invite(d, byId.get(s), deadline);
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
