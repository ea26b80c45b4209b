package fr.agora.comites.service;

import fr.agora.comites.ComiteRegistry;
import fr.agora.comites.domain.ComiteMember;
import fr.agora.comites.domain.ComiteMemberRepository;
import fr.agora.comites.domain.ComiteProfile;
import fr.agora.comites.domain.ComiteProfileRepository;
import fr.agora.comites.domain.SecteurAdjoint;
import fr.agora.comites.domain.SecteurAdjointRepository;
import fr.agora.shared.domain.BusinessException;
import fr.agora.shared.domain.EmailAddress;
import fr.agora.shared.domain.PhoneNumber;
import fr.agora.shared.domain.Role;
import fr.agora.shared.domain.TerritoryKind;
import fr.agora.shared.service.AccountService;
import fr.agora.shared.service.AuditService;
import fr.agora.shared.service.ProfileData;
import fr.agora.shared.service.TerritoryData;
import fr.agora.shared.service.TerritoryService;
import fr.agora.shared.service.CurrentUser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The comités de quartier: a public directory filtered by secteur; the officer ({@code COMMITTEE_OFFICER}) of a
 * comité edits only their own comité's entry and members (their comité is the comité de quartier of their account);
 * staff edit any and name the maires adjoints de secteur. Every change is audited; a refusal too.
 */
@Service
public class ComiteService implements ComiteRegistry {

    static final String STAFF = "hasAnyRole('" + Role.Names.STAFF + "','" + Role.Names.ADMIN + "')";
    static final String MANAGERS = "hasAnyRole('" + Role.Names.COMMITTEE_OFFICER + "','" + Role.Names.STAFF + "','"
            + Role.Names.ADMIN + "')";

    private final TerritoryService territories;
    private final ComiteProfileRepository profiles;
    private final SecteurAdjointRepository adjoints;
    private final ComiteMemberRepository members;
    private final AccountService accounts;
    private final AuditService audit;
    private final Clock clock;

    ComiteService(TerritoryService territories, ComiteProfileRepository profiles, SecteurAdjointRepository adjoints,
            ComiteMemberRepository members, AccountService accounts, AuditService audit, Clock clock) {
        this.territories = territories;
        this.profiles = profiles;
        this.adjoints = adjoints;
        this.members = members;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    /** The directory: comités in force, optionally of one secteur only, by name. */
    @Transactional(readOnly = true)
    public List<ComiteCard> directory(Long secteurId) {
        return current().stream()
                .filter(t -> secteurId == null || secteurId.equals(t.parentId()))
                .map(this::card).sorted(Comparator.comparing(ComiteCard::name)).toList();
    }

    /** One comité's card. */
    @Transactional(readOnly = true)
    public ComiteCard card(long comiteId) {
        return card(comiteTerritory(comiteId));
    }

    /** The comité the signed-in officer manages, if their account names one. */
    @PreAuthorize(MANAGERS)
    @Transactional(readOnly = true)
    public Optional<ComiteCard> mine() {
        return CurrentUser.email().flatMap(this::officerComite).map(this::card);
    }

    /** Updates a comité's directory entry: its officer for their own comité, or staff. */
    @PreAuthorize(MANAGERS)
    @Transactional
    public ComiteCard describe(long comiteId, ComiteForm form) {
        TerritoryData comite = comiteTerritory(comiteId);
        checkManages(comite, "COMITE_PROFILE_UPDATE");
        String email = blank(form.contactEmail());
        if (email != null && !EmailAddress.isValid(email)) {
            throw new BusinessException("comites.error.email");
        }
        String phone = blank(form.contactPhone());
        if (phone != null && !PhoneNumber.isValid(phone)) {
            throw new BusinessException("comites.error.phone");
        }
        for (String s : new String[] {form.associativeStatus(), form.president(), form.premises()}) {
            if (s != null && s.strip().length() > 255) {
                throw new BusinessException("comites.error.too-long");
            }
        }
        ComiteProfile profile = profiles.findByTerritory(comiteId).orElseGet(() -> profiles.save(new ComiteProfile(comiteId)));
        profile.describe(blank(form.associativeStatus()), blank(form.president()),
                email == null ? null : EmailAddress.normalise(email), phone, blank(form.premises()),
                CurrentUser.actor(), clock.instant());
        audit.record("COMITE_PROFILE_UPDATED", "territory", comiteId, Map.of("comite", comite.code()));
        return card(comite);
    }

    /** Staff name the maire adjoint of a secteur. */
    @PreAuthorize(STAFF)
    @Transactional
    public void nameMaireAdjoint(long secteurId, String name) {
        TerritoryData secteur = byId(secteurId).filter(t -> t.kind() == TerritoryKind.SECTEUR)
                .orElseThrow(() -> new BusinessException("comites.error.unknown-secteur"));
        String clean = blank(name);
        if (clean == null || clean.length() > 160) {
            throw new BusinessException("comites.error.adjoint-required");
        }
        adjoints.findById(secteurId).ifPresentOrElse(a -> a.rename(clean),
                () -> adjoints.save(new SecteurAdjoint(secteurId, clean)));
        audit.record("COMITE_SECTEUR_ADJOINT_NAMED", "territory", secteurId, Map.of("secteur", secteur.code()));
    }

    /** The secteurs in force, for the directory's filter. */
    @Transactional(readOnly = true)
    public Map<Long, String> secteurs() {
        Map<Long, String> result = new LinkedHashMap<>();
        territories.validOn(TerritoryKind.SECTEUR, LocalDate.now(clock)).stream()
                .sorted(Comparator.comparing(TerritoryData::name)).forEach(t -> result.put(t.id(), t.name()));
        return result;
    }

    /** A comité's members, for its officer or staff. */
    @PreAuthorize(MANAGERS)
    @Transactional(readOnly = true)
    public List<ComiteMemberEntry> membersOf(long comiteId) {
        checkManages(comiteTerritory(comiteId), "COMITE_MEMBERS_READ");
        return members(comiteId);
    }

    /** Adds a member to a comité's list (its officer or staff). */
    @PreAuthorize(MANAGERS)
    @Transactional
    public ComiteMemberEntry addMember(long comiteId, ComiteMemberForm form) {
        TerritoryData comite = comiteTerritory(comiteId);
        checkManages(comite, "COMITE_MEMBER_ADD");
        String name = blank(form.fullName());
        if (name == null || name.length() > 160) {
            throw new BusinessException("comites.error.name-required");
        }
        if (form.email() == null || !EmailAddress.isValid(form.email())) {
            throw new BusinessException("comites.error.email");
        }
        String email = EmailAddress.normalise(form.email());
        String phone = blank(form.phone());
        if (phone != null && !PhoneNumber.isValid(phone)) {
            throw new BusinessException("comites.error.phone");
        }
        if (members.exists(comiteId, email)) {
            throw new BusinessException("comites.error.member-exists");
        }
        ComiteMember m = members.save(new ComiteMember(comiteId, name, email, phone, form.shareContact(), form.voting(),
                clock.instant()));
        audit.record("COMITE_MEMBER_ADDED", "territory", comiteId, Map.of("member", m.getId()));
        return entry(m);
    }

    /** Removes a member from a comité's list (its officer or staff). */
    @PreAuthorize(MANAGERS)
    @Transactional
    public void removeMember(long comiteId, long memberId) {
        checkManages(comiteTerritory(comiteId), "COMITE_MEMBER_REMOVE");
        ComiteMember m = members.findById(memberId).filter(x -> x.getComiteId() == comiteId)
                .orElseThrow(() -> new BusinessException("comites.error.unknown-member"));
        members.delete(m);
        audit.record("COMITE_MEMBER_REMOVED", "territory", comiteId, Map.of("member", memberId));
    }

    // ---- ComiteRegistry: the module's API ----

    @Override
    @Transactional(readOnly = true)
    public List<ComiteEntry> comites() {
        return current().stream().map(this::entry).sorted(Comparator.comparing(ComiteEntry::name)).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ComiteEntry> comite(long id) {
        return byId(id).filter(t -> t.kind() == TerritoryKind.COMITE).map(this::entry);
    }

    @Override
    @Transactional(readOnly = true)
    public List<ComiteMemberEntry> members(long comiteId) {
        return members.findByComite(comiteId).stream().map(ComiteService::entry).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Long> officerComite(String email) {
        // only the signed-in person's own comité is asked for (their profile names it)
        if (!email.equalsIgnoreCase(CurrentUser.email().orElse(""))) {
            return Optional.empty();
        }
        ProfileData me = accounts.myProfile();
        if (!me.roles().contains(Role.COMMITTEE_OFFICER) || me.quartierId() == null) {
            return Optional.empty();
        }
        return byId(me.quartierId()).filter(q -> q.kind() == TerritoryKind.COMITE).map(TerritoryData::id);
    }

    // ---- helpers ----

    private void checkManages(TerritoryData comite, String action) {
        if (CurrentUser.hasAnyRole(Role.STAFF, Role.ADMIN)) {
            return;
        }
        Optional<Long> own = CurrentUser.email().flatMap(this::officerComite);
        if (own.isEmpty() || !own.get().equals(comite.id())) {
            audit.recordRefusal(CurrentUser.actor(), action, "territory", comite.id(),
                    Map.of("reason", "not the officer of this comité"));
            throw new BusinessException("comites.error.not-your-comite", comite.name());
        }
    }

    private List<TerritoryData> current() {
        return territories.validOn(TerritoryKind.COMITE, LocalDate.now(clock));
    }

    private Optional<TerritoryData> byId(long id) {
        return territories.all().stream().filter(t -> t.id() == id).findFirst();
    }

    private TerritoryData comiteTerritory(long id) {
        return byId(id).filter(t -> t.kind() == TerritoryKind.COMITE)
                .orElseThrow(() -> new BusinessException("comites.error.unknown"));
    }

    private ComiteCard card(TerritoryData t) {
        Optional<ComiteProfile> p = profiles.findByTerritory(t.id());
        String adjoint = t.parentId() == null ? null : adjoints.findById(t.parentId()).map(SecteurAdjoint::getMaireAdjoint).orElse(null);
        return new ComiteCard(t.id(), t.code(), t.name(), t.parentId(), t.parentName(), adjoint,
                p.map(ComiteProfile::getAssociativeStatus).orElse(null), p.map(ComiteProfile::getPresident).orElse(null),
                p.map(ComiteProfile::getContactEmail).orElse(null), p.map(ComiteProfile::getContactPhone).orElse(null),
                p.map(ComiteProfile::getPremises).orElse(null), t.polygonGeoJson(),
                t.centre() == null ? null : t.centre().lat(), t.centre() == null ? null : t.centre().lon(), t.demo());
    }

    private ComiteEntry entry(TerritoryData t) {
        return new ComiteEntry(t.id(), t.code(), t.name(), t.parentId(), t.parentName(),
                profiles.findByTerritory(t.id()).map(ComiteProfile::getPremises).orElse(null), t.demo());
    }

    private static ComiteMemberEntry entry(ComiteMember m) {
        return new ComiteMemberEntry(m.getId(), m.getComiteId(), m.getFullName(), m.getEmail(), m.getPhone(),
                m.isShareContact(), m.isVoting());
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
