package fr.agora.council.service;

import fr.agora.council.domain.College;
import fr.agora.council.domain.ComiteDesignation;
import fr.agora.council.domain.ComiteDesignationRepository;
import fr.agora.council.domain.ComiteLink;
import fr.agora.council.domain.ComiteLinkRepository;
import fr.agora.council.domain.Council;
import fr.agora.council.domain.CouncilMember;
import fr.agora.council.domain.CouncilMemberRepository;
import fr.agora.council.domain.CouncilRepository;
import fr.agora.council.domain.CouncilTime;
import fr.agora.council.domain.MemberOrigin;
import fr.agora.council.domain.SeatPosition;
import fr.agora.shared.domain.BusinessException;
import fr.agora.shared.domain.Role;
import fr.agora.shared.domain.Territory;
import fr.agora.shared.domain.TerritoryKind;
import fr.agora.shared.domain.UserAccount;
import fr.agora.shared.domain.UserAccountRepository;
import fr.agora.shared.service.AuditService;
import fr.agora.shared.service.CurrentUser;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Membres de droit (DOMAIN.md §1.3, §7 B.12): each comité de quartier whose perimeter intersects a council's territory
 * designates one titulaire and one suppléant, who sit in the Collège Associations as « membres de droit ». Comités
 * have no perimeter yet, so staff link the concerned comités to the council; only a linked comité designates.
 * The comité's officer designates for their own comité (the comité de quartier of their account); staff may enter a
 * designation on a comité's behalf, and it is recorded as such. A new designation ends the previous pair. Every act,
 * and every refusal, is audited.
 */
@Service
public class ComiteDesignationService {

    static final String STAFF = CouncilService.STAFF;
    static final String OFFICER = "hasRole('" + Role.Names.COMMITTEE_OFFICER + "')";

    private final CouncilRepository councils;
    private final ComiteLinkRepository links;
    private final ComiteDesignationRepository designations;
    private final CouncilMemberRepository members;
    private final Territories territories;
    private final UserAccountRepository users;
    private final MembershipService membership;
    private final AuditService audit;
    private final Clock clock;

    ComiteDesignationService(CouncilRepository councils, ComiteLinkRepository links,
            ComiteDesignationRepository designations, CouncilMemberRepository members, Territories territories,
            UserAccountRepository users, MembershipService membership, AuditService audit, Clock clock) {
        this.councils = councils;
        this.links = links;
        this.designations = designations;
        this.members = members;
        this.territories = territories;
        this.users = users;
        this.membership = membership;
        this.audit = audit;
        this.clock = clock;
    }

    /** The comités de quartier in force, code to name, for staff to link. */
    @PreAuthorize(STAFF)
    @Transactional(readOnly = true)
    public Map<String, String> comiteChoices() {
        return territories.choices(TerritoryKind.COMITE);
    }

    /** The comités linked to a council, with their current membres de droit. */
    @PreAuthorize(STAFF)
    @Transactional(readOnly = true)
    public List<LinkedComite> linked(long councilId) {
        load(councilId);
        return links.findByCouncil(councilId).stream().map(l -> new LinkedComite(l.getComite().getCode(),
                l.getComite().getName(), l.getLinkedBy(), l.getLinkedAt(),
                designations.findActive(councilId, l.getComite().getId()).map(ComiteDesignationService::data).orElse(null)))
                .toList();
    }

    /** Every designation made for a council, the newest first (history included). */
    @PreAuthorize(STAFF)
    @Transactional(readOnly = true)
    public List<ComiteDesignationData> history(long councilId) {
        load(councilId);
        return designations.findByCouncil(councilId).stream().map(ComiteDesignationService::data).toList();
    }

    /** Records that the comité's perimeter intersects the council's territory: the comité may then designate. */
    @PreAuthorize(STAFF)
    @Transactional
    public void link(long councilId, String comiteCode) {
        Council c = load(councilId);
        Territory comite = comite(comiteCode);
        if (links.find(councilId, comite.getId()).isPresent()) {
            throw new BusinessException("comite.error.already-linked", comite.getName());
        }
        links.save(new ComiteLink(c, comite, CurrentUser.actor(), clock.instant()));
        audit.record("COUNCIL_COMITE_LINKED", "council", councilId, Map.of("comite", comite.getCode()));
    }

    /**
     * Removes a comité from the council's territory. Its membres de droit, if any, leave the council on that day: a
     * comité outside the territory has no membres de droit there.
     */
    @PreAuthorize(STAFF)
    @Transactional
    public void unlink(long councilId, String comiteCode) {
        load(councilId);
        Territory comite = comite(comiteCode);
        ComiteLink link = links.find(councilId, comite.getId())
                .orElseThrow(() -> new BusinessException("comite.error.not-linked", comite.getName()));
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("comite", comite.getCode());
        designations.findActive(councilId, comite.getId()).ifPresent(d -> {
            end(d);
            details.put("endedDesignation", d.getId());
        });
        links.delete(link);
        audit.record("COUNCIL_COMITE_UNLINKED", "council", councilId, details);
    }

    /**
     * The signed-in officer's comité and the councils it designates to. A comité officer's comité is the comité de
     * quartier of their account.
     */
    @PreAuthorize(OFFICER)
    @Transactional(readOnly = true)
    public ComiteSpace mySpace() {
        Territory comite = myComite();
        if (comite == null) {
            return new ComiteSpace(null, null, List.of());
        }
        List<ComiteSpace.CouncilEntry> entries = links.findByComite(comite.getId()).stream().map(l -> {
            Council c = councils.findByIdWithTerritories(l.getCouncil().getId()).orElseThrow();
            return new ComiteSpace.CouncilEntry(c.getId(), c.getName(),
                    c.getTerritories().stream().map(Territory::getName).sorted().toList(),
                    designations.findActive(c.getId(), comite.getId()).map(ComiteDesignationService::data).orElse(null));
        }).sorted(Comparator.comparing(ComiteSpace.CouncilEntry::name)).toList();
        return new ComiteSpace(comite.getCode(), comite.getName(), entries);
    }

    /**
     * The officer designates their comité's titulaire and suppléant to a council (or replaces them). Refused, and
     * audited, when the officer's account names no comité or when the comité is not linked to the council's
     * territory.
     */
    @PreAuthorize(OFFICER)
    @Transactional
    public ComiteDesignationData designate(long councilId, Appointment titulaire, Appointment suppleant) {
        Territory comite = myComite();
        if (comite == null) {
            audit.recordRefusal(CurrentUser.actor(), "COUNCIL_COMITE_DESIGNATION", "council", councilId,
                    Map.of("reason", "the account names no comité de quartier"));
            throw new BusinessException("comite.error.no-comite");
        }
        return designate(councilId, comite, titulaire, suppleant, false);
    }

    /** Staff enter a comité's designation on its behalf (a paper or in-person designation); recorded as such. */
    @PreAuthorize(STAFF)
    @Transactional
    public ComiteDesignationData designateFor(long councilId, String comiteCode, Appointment titulaire,
            Appointment suppleant) {
        return designate(councilId, comite(comiteCode), titulaire, suppleant, true);
    }

    private ComiteDesignationData designate(long councilId, Territory comite, Appointment titulaire,
            Appointment suppleant, boolean onBehalf) {
        Council c = load(councilId);
        if (links.find(councilId, comite.getId()).isEmpty()) {
            audit.recordRefusal(CurrentUser.actor(), "COUNCIL_COMITE_DESIGNATION", "council", councilId,
                    Map.of("comite", comite.getCode(), "reason", "comité outside the council's territory"));
            throw new BusinessException("comite.error.outside", comite.getName(), c.getName());
        }
        if (titulaire == null || suppleant == null) {
            throw new BusinessException("council.error.person-name");
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("comite", comite.getCode());
        details.put("onBehalf", onBehalf);
        // the previous pair leaves first, so that when membres de droit count in the parity its seat is free again
        designations.findActive(councilId, comite.getId()).ifPresent(previous -> {
            end(previous);
            designations.flush();
            details.put("replaced", previous.getId());
        });
        int seat = membership.appointChecked(councilId, College.ASSOCIATIONS, MemberOrigin.MEMBRE_DE_DROIT,
                tagged(titulaire, comite), tagged(suppleant, comite));
        List<CouncilMember> pair = members.findByCouncilIdAndCollegeAndSeatNoAndStatus(councilId, College.ASSOCIATIONS,
                seat, CouncilMember.Status.ACTIVE);
        CouncilMember t = pair.stream().filter(m -> m.getPosition() == SeatPosition.TITULAIRE).findFirst().orElseThrow();
        CouncilMember s = pair.stream().filter(m -> m.getPosition() == SeatPosition.SUPPLEANT).findFirst().orElseThrow();
        ComiteDesignation d = designations.save(new ComiteDesignation(c, comite, t, s, CurrentUser.actor(), onBehalf,
                clock.instant()));
        details.put("designation", d.getId());
        details.put("seat", seat);
        details.put("titulaire", t.getId());
        details.put("suppleant", s.getId());
        audit.record("COUNCIL_COMITE_DESIGNATED", "council", councilId, details);
        return data(d);
    }

    /** Ends a designation and the membership of its members still in office. */
    private void end(ComiteDesignation d) {
        LocalDate today = CouncilTime.today(clock);
        for (CouncilMember m : List.of(d.getTitulaire(), d.getSuppleant())) {
            if (m.getStatus() == CouncilMember.Status.ACTIVE) {
                m.leave(today.isBefore(m.getStartDate()) ? m.getStartDate() : today);
            }
        }
        d.end(CurrentUser.actor(), clock.instant());
        audit.record("COUNCIL_COMITE_DESIGNATION_ENDED", "council", d.getCouncil().getId(), Map.of("comite",
                d.getComite().getCode(), "designation", d.getId(), "titulaire", d.getTitulaire().getId(), "suppleant",
                d.getSuppleant().getId()));
    }

    /** The members carry the comité's name: « membre de droit, Collège Associations » for the comité. */
    private static Appointment tagged(Appointment a, Territory comite) {
        return a == null ? null : new Appointment(a.fullName(), comite.getName(), a.email(), a.phone(), a.publicConsent());
    }

    private Territory myComite() {
        UserAccount me = users.findByEmail(CurrentUser.email().orElseThrow()).orElse(null);
        Territory q = me == null ? null : me.getQuartier();
        return q != null && q.getKind() == TerritoryKind.COMITE ? q : null;
    }

    private Territory comite(String code) {
        if (code == null || code.isBlank()) {
            throw new BusinessException("comite.error.choose");
        }
        return territories.current(TerritoryKind.COMITE, code)
                .orElseThrow(() -> new BusinessException("comite.error.unknown", code));
    }

    private Council load(long id) {
        return councils.findByIdWithTerritories(id).orElseThrow(() -> new BusinessException("council.error.not-found"));
    }

    private static ComiteDesignationData data(ComiteDesignation d) {
        return new ComiteDesignationData(d.getId(), d.getCouncil().getId(), d.getComite().getCode(),
                d.getComite().getName(), holder(d, SeatPosition.TITULAIRE), holder(d, SeatPosition.SUPPLEANT),
                d.getDesignatedBy(), d.isOnBehalf(), d.getDesignatedAt(), d.isActive());
    }

    /**
     * Who holds the position now. When the titulaire left (staff ended their mandate), the suppléant became titulaire
     * and the suppléant place is vacant (null) until the comité designates again.
     */
    private static String holder(ComiteDesignation d, SeatPosition position) {
        if (!d.isActive()) {
            return (position == SeatPosition.TITULAIRE ? d.getTitulaire() : d.getSuppleant()).getFullName();
        }
        return java.util.stream.Stream.of(d.getTitulaire(), d.getSuppleant())
                .filter(m -> m.getStatus() == CouncilMember.Status.ACTIVE && m.getPosition() == position)
                .map(CouncilMember::getFullName).findFirst().orElse(null);
    }
}
