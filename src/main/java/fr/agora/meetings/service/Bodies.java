package fr.agora.meetings.service;

import fr.agora.comites.ComiteRegistry;
import fr.agora.council.CouncilDirectory;
import fr.agora.meetings.domain.BodyKind;
import fr.agora.meetings.domain.MeetingBody;
import fr.agora.meetings.domain.MeetingBodyRepository;
import fr.agora.shared.domain.BusinessException;
import fr.agora.shared.domain.Role;
import fr.agora.shared.service.AuditService;
import fr.agora.shared.service.CurrentUser;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The bodies that meet and their members, read from the council module's API (titulaires and suppléants of each
 * collège) and the comités module's API (each comité's member list), and who may manage a body: staff any body, a
 * comité's officer only their own comité's.
 */
@Component
public class Bodies {

    static final String COUNCIL_NAME_SUFFIX_HAB = " — collège Habitants";
    static final String COUNCIL_NAME_SUFFIX_ASSO = " — collège Associations et acteurs locaux";

    private final MeetingBodyRepository rows;
    private final CouncilDirectory councils;
    private final ComiteRegistry comites;
    private final AuditService audit;

    Bodies(MeetingBodyRepository rows, CouncilDirectory councils, ComiteRegistry comites, AuditService audit) {
        this.rows = rows;
        this.councils = councils;
        this.comites = comites;
        this.audit = audit;
    }

    /** Every body that can meet: each council, each of its two collèges, each comité in force. */
    @Transactional(readOnly = true)
    public List<BodyData> all() {
        List<BodyData> result = new ArrayList<>();
        for (CouncilDirectory.CouncilEntry c : councils.councils()) {
            Long territory = c.territoryIds().isEmpty() ? null : c.territoryIds().getFirst();
            result.add(data("COUNCIL:" + c.id(), BodyKind.COUNCIL, c.id(), null, c.name(), territory));
            result.add(data("COLLEGE:" + c.id() + ":HABITANTS", BodyKind.COLLEGE, c.id(), "HABITANTS",
                    c.name() + COUNCIL_NAME_SUFFIX_HAB, territory));
            result.add(data("COLLEGE:" + c.id() + ":ASSOCIATIONS", BodyKind.COLLEGE, c.id(), "ASSOCIATIONS",
                    c.name() + COUNCIL_NAME_SUFFIX_ASSO, territory));
        }
        for (ComiteRegistry.ComiteEntry q : comites.comites()) {
            result.add(data("COMITE:" + q.id(), BodyKind.COMITE, q.id(), null, q.name(), q.id()));
        }
        return result;
    }

    /** The bodies the signed-in person may plan meetings for. */
    @Transactional(readOnly = true)
    public List<BodyData> managed() {
        if (CurrentUser.hasAnyRole(Role.STAFF, Role.ADMIN)) {
            return all();
        }
        Optional<Long> comite = CurrentUser.email().flatMap(comites::officerComite);
        return comite.map(id -> all().stream().filter(b -> b.kind() == BodyKind.COMITE && b.refId() == id).toList())
                .orElse(List.of());
    }

    /** The body's settings row, created on first use from the council or comité it stands for. */
    @Transactional
    public MeetingBody ensure(String key) {
        BodyData d = all().stream().filter(b -> b.key().equals(key)).findFirst()
                .orElseThrow(() -> new BusinessException("meetings.error.unknown-body"));
        MeetingBody body = rows.findByBodyKey(key).orElseGet(() -> {
            MeetingBody b = new MeetingBody(key, d.kind(), d.refId(), d.college(), d.name(), d.territoryId());
            if (d.kind() == BodyKind.COMITE) {
                comites.comite(d.refId()).map(ComiteRegistry.ComiteEntry::premises)
                        .ifPresent(p -> b.configure(p, MeetingBody.MAJORITY, true));
            }
            return rows.save(b);
        });
        body.rename(d.name(), d.territoryId());
        return body;
    }

    /** True when the signed-in person may manage the body's meetings. */
    public boolean canManage(MeetingBody body) {
        if (CurrentUser.hasAnyRole(Role.STAFF, Role.ADMIN)) {
            return true;
        }
        return body.getKind() == BodyKind.COMITE && CurrentUser.email().flatMap(comites::officerComite)
                .filter(id -> id == body.getRefId()).isPresent();
    }

    /** Refuses (and audits) when the signed-in person may not manage the body. */
    public void checkManage(MeetingBody body, String action, Object target) {
        if (!canManage(body)) {
            audit.recordRefusal(CurrentUser.actor(), action, "meeting_body", target,
                    Map.of("reason", "not a manager of " + body.getBodyKey()));
            throw new BusinessException("meetings.error.not-your-body", body.getName());
        }
    }

    /** The body's members: titulaires then suppléants of each seat, or the comité's list. */
    @Transactional(readOnly = true)
    public List<MemberData> members(MeetingBody body) {
        if (body.getKind() == BodyKind.COMITE) {
            return comites.members(body.getRefId()).stream().map(m -> new MemberData("Q-" + m.id(), m.fullName(),
                    m.email(), m.phone(), m.voting(), m.voting() ? "MEMBRE" : "MEMBRE_NON_VOTANT", null, null,
                    m.shareContact())).toList();
        }
        List<CouncilDirectory.Member> all = councils.activeMembers(body.getRefId()).stream()
                .filter(m -> body.getCollege() == null || body.getCollege().equals(m.college())).toList();
        return all.stream().map(m -> {
            Optional<CouncilDirectory.Member> partner = all.stream().filter(o -> o.college().equals(m.college())
                    && o.seatNo() == m.seatNo() && o.titulaire() != m.titulaire()).findFirst();
            String partnerKey = partner.map(o -> "C-" + o.id()).orElse(null);
            return new MemberData("C-" + m.id(), m.fullName(), m.email(), m.phone(), m.titulaire(),
                    (m.titulaire() ? "TITULAIRE_" : "SUPPLEANT_") + m.college(), m.titulaire() ? partnerKey : null,
                    m.titulaire() ? null : partnerKey, m.publicConsent());
        }).toList();
    }

    /** The member of the body with this e-mail, if any. */
    public Optional<MemberData> memberByEmail(MeetingBody body, String email) {
        String e = email.toLowerCase(Locale.ROOT);
        return members(body).stream().filter(m -> m.email() != null && m.email().toLowerCase(Locale.ROOT).equals(e))
                .findFirst();
    }

    /** The keys of the bodies the e-mail belongs to (as a member of a council, a collège or a comité). */
    @Transactional(readOnly = true)
    public List<BodyData> bodiesOf(String email) {
        String e = email.toLowerCase(Locale.ROOT);
        List<BodyData> result = new ArrayList<>();
        for (BodyData b : all()) {
            boolean member = switch (b.kind()) {
                case COMITE -> comites.members(b.refId()).stream().anyMatch(m -> e.equalsIgnoreCase(m.email()));
                case COUNCIL, COLLEGE -> councils.activeMembers(b.refId()).stream()
                        .filter(m -> b.college() == null || b.college().equals(m.college()))
                        .anyMatch(m -> e.equalsIgnoreCase(m.email()));
            };
            if (member) {
                result.add(b);
            }
        }
        return result;
    }

    /** Saves a body's settings (premises, quorum rule, minutes visibility). */
    @Transactional
    public BodyData configure(String key, String premises, int quorumPercent, boolean minutesPublic) {
        MeetingBody body = ensure(key);
        checkManage(body, "MEETING_BODY_CONFIGURE", key);
        if (premises != null && premises.strip().length() > 255) {
            throw new BusinessException("meetings.error.too-long");
        }
        body.configure(premises == null || premises.isBlank() ? null : premises.strip(), quorumPercent, minutesPublic);
        audit.record("MEETING_BODY_CONFIGURED", "meeting_body", body.getId(),
                Map.of("key", key, "quorumPercent", quorumPercent, "minutesPublic", minutesPublic));
        return data(body);
    }

    static BodyData data(MeetingBody b) {
        return new BodyData(b.getId(), b.getBodyKey(), b.getKind(), b.getRefId(), b.getCollege(), b.getName(),
                b.getTerritoryId(), b.getPremises(), b.getQuorumPercent(), b.isMinutesPublic());
    }

    private BodyData data(String key, BodyKind kind, long refId, String college, String name, Long territoryId) {
        return rows.findByBodyKey(key).map(Bodies::data).map(b -> new BodyData(b.id(), key, kind, refId, college, name,
                territoryId, b.premises(), b.quorumPercent(), b.minutesPublic()))
                .orElse(new BodyData(null, key, kind, refId, college, name, territoryId, null, MeetingBody.MAJORITY, true));
    }
}
