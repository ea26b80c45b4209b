package fr.agora.meetings.service;

import fr.agora.comites.ComiteRegistry;
import fr.agora.council.CouncilDirectory;
import fr.agora.meetings.domain.MeetingBodyRepository;
import fr.agora.meetings.domain.MeetingRepository;
import fr.agora.meetings.domain.VisiteRepository;
import fr.agora.shared.domain.Role;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The compliance dashboard: every conseil with fewer than five meetings held or planned in the calendar year (per
 * collège, joint meetings counting for both: « les deux Collèges … se réuniront au moins cinq fois dans l'année »),
 * and every comité de quartier without a visite de proximité in the year (« a minima une fois par an »).
 */
@Service
public class ComplianceService {

    public static final int MINIMUM_MEETINGS = 5;

    private final CouncilDirectory councils;
    private final ComiteRegistry comites;
    private final MeetingBodyRepository bodies;
    private final MeetingRepository meetings;
    private final VisiteRepository visites;
    private final Clock clock;

    ComplianceService(CouncilDirectory councils, ComiteRegistry comites, MeetingBodyRepository bodies,
            MeetingRepository meetings, VisiteRepository visites, Clock clock) {
        this.councils = councils;
        this.comites = comites;
        this.bodies = bodies;
        this.meetings = meetings;
        this.visites = visites;
        this.clock = clock;
    }

    /** The current calendar year (Paris). */
    @PreAuthorize("hasAnyRole('" + Role.Names.STAFF + "','" + Role.Names.ADMIN + "','" + Role.Names.ELECTED + "')")
    @Transactional(readOnly = true)
    public ComplianceReport currentYear() {
        return year(Paris.date(clock.instant()).getYear());
    }

    @PreAuthorize("hasAnyRole('" + Role.Names.STAFF + "','" + Role.Names.ADMIN + "','" + Role.Names.ELECTED + "')")
    @Transactional(readOnly = true)
    public ComplianceReport year(int year) {
        Instant from = Paris.yearStart(year);
        Instant to = Paris.yearStart(year + 1);
        List<ComplianceReport.CouncilLine> councilLines = councils.councils().stream()
                .map(c -> new ComplianceReport.CouncilLine(c.id(), c.name(), count("COUNCIL:" + c.id(), from, to),
                        count("COLLEGE:" + c.id() + ":HABITANTS", from, to),
                        count("COLLEGE:" + c.id() + ":ASSOCIATIONS", from, to)))
                .toList();
        LocalDate first = LocalDate.of(year, 1, 1);
        List<ComplianceReport.ComiteLine> comiteLines = comites.comites().stream()
                .map(q -> new ComplianceReport.ComiteLine(q.id(), q.name(),
                        visites.countBetween(q.id(), first, first.plusYears(1))))
                .toList();
        return new ComplianceReport(year, MINIMUM_MEETINGS, councilLines, comiteLines);
    }

    private long count(String key, Instant from, Instant to) {
        return bodies.findByBodyKey(key).map(b -> meetings.countHeldOrPlanned(b.getId(), from, to)).orElse(0L);
    }
}
