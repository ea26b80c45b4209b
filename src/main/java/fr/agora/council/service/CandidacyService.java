package fr.agora.council.service;

import static fr.agora.council.service.ApplicationChecks.email;
import static fr.agora.council.service.ApplicationChecks.fold;
import static fr.agora.council.service.ApplicationChecks.key;
import static fr.agora.council.service.ApplicationChecks.name;
import static fr.agora.council.service.ApplicationChecks.personKey;
import static fr.agora.council.service.ApplicationChecks.phone;
import static fr.agora.council.service.ApplicationChecks.text;

import fr.agora.council.domain.CampaignKind;
import fr.agora.council.domain.Candidacy;
import fr.agora.council.domain.CandidacyCampaign;
import fr.agora.council.domain.CandidacyRepository;
import fr.agora.council.domain.CouncilTime;
import fr.agora.council.domain.PoolImportRepository;
import fr.agora.council.pool.EuStatus;
import fr.agora.council.pool.Sex;
import fr.agora.shared.domain.BusinessException;
import fr.agora.shared.domain.Role;
import fr.agora.shared.domain.Territory;
import fr.agora.shared.security.RateLimiter;
import fr.agora.shared.service.AuditService;
import fr.agora.shared.service.BundleTexts;
import fr.agora.shared.service.CurrentUser;
import fr.agora.shared.service.MailService;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Candidacies to the calls of the conseils citoyens (DOMAIN.md §1.5, §7 C; the calls are {@link CampaignService}'s):
 * residents and associations apply online while a campaign is open (the server decides, whatever the page shows); staff and
 * contract partners enter paper or in-person candidacies ("saisie assistée") with their name and the partner who
 * received them. Every candidacy gets a reference and, when an address is given, a confirmation e-mail. Residents'
 * candidacies then join a draw's pool as the VOLUNTEER source ({@link PoolImportService#importCandidacies}).
 */
@Service
public class CandidacyService {

    static final String ENTERERS = "hasAnyRole('" + Role.Names.STAFF + "','" + Role.Names.ADMIN + "','"
            + Role.Names.PARTNER + "')";
    static final String READERS = "hasAnyRole('" + Role.Names.STAFF + "','" + Role.Names.ADMIN + "','"
            + Role.Names.DRAW_OPERATOR + "')";
    private static final String REFERENCE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final CampaignService campaigns;
    private final CandidacyRepository candidacies;
    private final PoolImportRepository poolImports;
    private final AuditService audit;
    private final MailService mail;
    private final CandidacySettings settings;
    private final fr.agora.shared.service.AccountDirectory users;
    private final Clock clock;
    private final RateLimiter limiter;
    private final SecureRandom random = new SecureRandom();

    CandidacyService(CampaignService campaigns, CandidacyRepository candidacies, PoolImportRepository poolImports,
            AuditService audit, MailService mail, CandidacySettings settings,
            fr.agora.shared.service.AccountDirectory users, Clock clock, RateLimiter limiter) {
        this.limiter = limiter;
        this.poolImports = poolImports;
        this.users = users;
        this.campaigns = campaigns;
        this.candidacies = candidacies;
        this.audit = audit;
        this.mail = mail;
        this.settings = settings;
        this.clock = clock;
    }

    /** The settings the forms show as defaults. */
    public CandidacySettings settings() {
        return settings;
    }

    /** Whether the signed-in user may read candidacies (staff and draw operators; partners only enter them). */
    public boolean canReadCandidacies() {
        return CurrentUser.hasAnyRole(Role.STAFF, Role.ADMIN, Role.DRAW_OPERATOR);
    }

    /**
     * A resident applies online. Refused outside the campaign's window, whatever the page showed, and beyond the
     * candidacy rate limits (every attempt per client; stored candidacies per e-mail address: they feed the pool).
     */
    @Transactional
    public CandidacyReceipt apply(long campaignId, ResidentApplication a, Locale locale) {
        limiter.check(RateLimiter.Action.CANDIDACY, null);
        CandidacyCampaign c = openCampaign(campaignId, CampaignKind.HABITANT);
        return saveResident(c, a, locale, null);
    }

    /** An association or local actor applies online. Refused outside the campaign's window and the rate limits. */
    @Transactional
    public CandidacyReceipt applyAssociation(long campaignId, AssociationApplication a, Locale locale) {
        limiter.check(RateLimiter.Action.CANDIDACY, null);
        CandidacyCampaign c = openCampaign(campaignId, CampaignKind.ASSOCIATION);
        return saveAssociation(c, a, locale, null);
    }

    /**
     * Staff or a contract partner enter a resident's paper or in-person candidacy ("saisie assistée"). It may be
     * entered after the closing day, but must have been received while the campaign was open.
     */
    @PreAuthorize(ENTERERS)
    @Transactional
    public CandidacyReceipt enterResident(long campaignId, ResidentApplication a, AssistedEntry entry, Locale locale) {
        CandidacyCampaign c = assistedCampaign(campaignId, CampaignKind.HABITANT, entry);
        return saveResident(c, a, locale, entry);
    }

    /** Staff or a contract partner enter an association's paper application. */
    @PreAuthorize(ENTERERS)
    @Transactional
    public CandidacyReceipt enterAssociation(long campaignId, AssociationApplication a, AssistedEntry entry,
            Locale locale) {
        CandidacyCampaign c = assistedCampaign(campaignId, CampaignKind.ASSOCIATION, entry);
        return saveAssociation(c, a, locale, entry);
    }

    /** The candidacies of a call, oldest first. */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public List<CandidacyData> candidacies(long campaignId) {
        load(campaignId);
        Map<String, String> names = new java.util.HashMap<>();
        return candidacies.findByCampaign(campaignId).stream().map(c -> data(c, c.getEnteredBy() == null ? null
                : names.computeIfAbsent(c.getEnteredBy(), e -> users.byEmail(e)
                        .map(u -> u.displayName() + " (" + e + ")").orElse(e)))).toList();
    }

    /** Records a withdrawal; the candidacy leaves the lists but stays in the audit trail. */
    @PreAuthorize(ENTERERS)
    @Transactional
    public void withdraw(long candidacyId) {
        Candidacy c = candidacies.findById(candidacyId).orElseThrow(() -> new BusinessException("council.error.not-found"));
        c.withdraw(clock.instant());
        audit.record("CANDIDACY_WITHDRAWN", "council_candidacy", candidacyId, Map.of("reference", c.getReference()));
    }

    /** The residents' candidacies still standing, for the draw's pool (same package: {@link PoolImportService}). */
    @Transactional(readOnly = true)
    List<Candidacy> standingResidents(long campaignId) {
        return candidacies.findStanding(campaignId);
    }

    // ---- rules -------------------------------------------------------------------------------------------------

    private CandidacyCampaign openCampaign(long campaignId, CampaignKind kind) {
        CandidacyCampaign c = load(campaignId);
        Instant now = clock.instant();
        try {
            c.checkOpenFor(kind, now);
        } catch (BusinessException e) {
            audit.recordRefusal(CurrentUser.actor(), "CANDIDACY_SUBMIT", "council_campaign", campaignId,
                    Map.of("reason", e.getMessageKey(), "at", now.toString()));
            throw e;
        }
        return c;
    }

    private CandidacyCampaign assistedCampaign(long campaignId, CampaignKind kind, AssistedEntry entry) {
        CandidacyCampaign c = load(campaignId);
        c.checkKind(kind);
        if (entry == null || entry.receivedBy() == null || entry.receivedBy().isBlank() || entry.receivedBy().length() > 160) {
            throw new BusinessException("candidacy.error.received-by");
        }
        try {
            c.checkReceivedOn(kind, entry.receivedOn(), CouncilTime.today(clock));
        } catch (BusinessException e) {
            audit.recordRefusal(CurrentUser.actor(), "CANDIDACY_ASSISTED_ENTRY", "council_campaign", campaignId,
                    Map.of("reason", "received outside the campaign",
                            "receivedOn", entry.receivedOn() == null ? "" : entry.receivedOn().toString()));
            throw e;
        }
        return c;
    }

    private CandidacyReceipt saveResident(CandidacyCampaign c, ResidentApplication a, Locale locale, AssistedEntry entry) {
        if (a == null) {
            throw new BusinessException("candidacy.error.incomplete");
        }
        String last = name(a.lastName(), "candidacy.error.last-name");
        String first = name(a.firstName(), "candidacy.error.first-name");
        String email = email(a.email());
        String phone = phone(a.phone());
        if (email == null && phone == null) {
            throw new BusinessException("candidacy.error.contact");
        }
        Territory territory = territory(c, a.territoryCode());
        if (!a.residesInTerritory()) {
            throw new BusinessException("candidacy.error.residence", territory.getName());
        }
        String address = text(a.address(), 255, "candidacy.error.address");
        String postcode = a.postcode() == null || a.postcode().isBlank() ? null : a.postcode().strip();
        if (postcode != null && !postcode.matches("[0-9]{5}")) {
            throw new BusinessException("candidacy.error.postcode");
        }
        LocalDate today = CouncilTime.today(clock);
        if (a.birthDate() == null || a.birthDate().isAfter(today) || a.birthDate().isBefore(today.minusYears(120))) {
            throw new BusinessException("candidacy.error.birth-date");
        }
        LocalDate closing = CouncilTime.day(c.getClosesAt());
        if (Period.between(a.birthDate(), closing).getYears() < c.getMinimumAge()) {
            audit.recordRefusal(CurrentUser.actor(), "CANDIDACY_SUBMIT", "council_campaign", c.getId(),
                    Map.of("reason", "under minimum age", "minimumAge", c.getMinimumAge()));
            throw new BusinessException("candidacy.error.too-young", c.getMinimumAge(), closing.toString());
        }
        if (a.sex() == null) {
            throw new BusinessException("candidacy.error.sex");
        }
        consent(a.consent());
        String key = personKey(last, first, a.birthDate());
        Candidacy candidacy = candidacy(c, key, last, first, email, phone, locale, entry);
        candidacy.resident(territory, address, postcode, a.birthDate(), a.sex(), a.eu() == null ? EuStatus.UNKNOWN : a.eu());
        return save(c, candidacy, locale, territory.getName());
    }

    private CandidacyReceipt saveAssociation(CandidacyCampaign c, AssociationApplication a, Locale locale,
            AssistedEntry entry) {
        if (a == null) {
            throw new BusinessException("candidacy.error.incomplete");
        }
        String organisation = text(a.organisation(), 160, "candidacy.error.organisation");
        if (a.type() == null) {
            throw new BusinessException("candidacy.error.organisation-type");
        }
        Territory territory = territory(c, a.territoryCode());
        String last = name(a.contactLastName(), "candidacy.error.last-name");
        String first = name(a.contactFirstName(), "candidacy.error.first-name");
        String email = email(a.email());
        String phone = phone(a.phone());
        if (email == null && phone == null) {
            throw new BusinessException("candidacy.error.contact");
        }
        String titulaire = text(a.titulaireName(), 160, "candidacy.error.titulaire");
        String suppleant = text(a.suppleantName(), 160, "candidacy.error.suppleant");
        if (fold(titulaire).equals(fold(suppleant))) {
            throw new BusinessException("candidacy.error.same-person");
        }
        consent(a.consent());
        String key = key("organisation", fold(organisation));
        Candidacy candidacy = candidacy(c, key, last, first, email, phone, locale, entry);
        candidacy.organisation(organisation, a.type(), territory, titulaire, email(a.titulaireEmail()), suppleant,
                email(a.suppleantEmail()));
        return save(c, candidacy, locale, organisation);
    }

    private Candidacy candidacy(CandidacyCampaign c, String key, String last, String first, String email, String phone,
            Locale locale, AssistedEntry entry) {
        if (candidacies.existsByCampaignIdAndDuplicateKey(c.getId(), key)) {
            audit.recordRefusal(CurrentUser.actor(), "CANDIDACY_SUBMIT", "council_campaign", c.getId(),
                    Map.of("reason", "duplicate"));
            throw new BusinessException("candidacy.error.duplicate");
        }
        String lang = locale != null && "en".equals(locale.getLanguage()) ? "en" : "fr";
        LocalDate receivedOn = entry == null ? CouncilTime.today(clock) : entry.receivedOn();
        return new Candidacy(c, reference(), key, last, first, email, phone, lang, settings.noticeVersion(),
                entry == null ? null : CurrentUser.actor(), entry == null ? null : entry.receivedBy().strip(), receivedOn,
                clock.instant());
    }

    private CandidacyReceipt save(CandidacyCampaign c, Candidacy candidacy, Locale locale, String subject) {
        if (!candidacy.isAssisted()) {
            // every attempt counts against the client (above); only candidacies about to be stored count against
            // their address, so that a resident correcting a refused form is not locked out
            limiter.checkAddress(RateLimiter.Action.CANDIDACY, candidacy.getEmail());
        }
        // one confirmation per address and call: the public form must not become a way to flood a mailbox
        boolean mailable = candidacy.getEmail() != null
                && !candidacies.existsByCampaignIdAndEmail(c.getId(), candidacy.getEmail());
        candidacies.save(candidacy);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("reference", candidacy.getReference());
        details.put("kind", c.getKind().name());
        details.put("assisted", candidacy.isAssisted());
        if (candidacy.isAssisted()) {
            details.put("receivedBy", candidacy.getReceivedBy());
        }
        audit.record("CANDIDACY_RECEIVED", "council_campaign", c.getId(), details);
        boolean mailed = false;
        if (mailable) {
            BundleTexts t = new BundleTexts("candidacy", Locale.forLanguageTag(candidacy.getLocale()));
            mail.send(candidacy.getEmail(), t.get("candidacy.mail.subject", c.getCouncil().getName()),
                    t.get("candidacy.mail.body." + c.getKind().name(), candidacy.getFirstName() + " " + candidacy.getLastName(),
                            c.getCouncil().getName(), candidacy.getReference(), subject, CouncilTime.SHOWN.format(c.getClosesAt())));
            mailed = true;
        }
        // a draw this call fed is already frozen: this candidacy cannot be in it, and the candidate is told so
        java.time.LocalDate late = c.getKind() != CampaignKind.HABITANT ? null : poolImports.findFrozenFromCall(c.getId())
                .stream().map(i -> CouncilTime.day(i.getDraw().getFrozenAt())).reduce((a, b) -> b).orElse(null);
        return new CandidacyReceipt(candidacy.getReference(), mailed, late);
    }

    private Territory territory(CandidacyCampaign c, String code) {
        return c.getCouncil().getTerritories().stream().filter(t -> t.getCode().equals(code)).findFirst()
                .orElseThrow(() -> new BusinessException("candidacy.error.territory"));
    }

    private void consent(boolean consent) {
        if (!consent) {
            throw new BusinessException("candidacy.error.consent");
        }
    }

    private String reference() {
        for (;;) {
            StringBuilder b = new StringBuilder("C-");
            for (int i = 0; i < 8; i++) {
                b.append(REFERENCE_ALPHABET.charAt(random.nextInt(REFERENCE_ALPHABET.length())));
            }
            String ref = b.toString();
            if (!candidacies.existsByReference(ref)) {
                return ref;
            }
        }
    }

    private CandidacyCampaign load(long id) {
        return campaigns.campaignEntity(id);
    }

    /** @param enteredBy who entered an assisted candidacy, by name (null for an online one) */
    private static CandidacyData data(Candidacy c, String enteredBy) {
        return new CandidacyData(c.getId(), c.getReference(), c.getStatus(), c.getLastName(), c.getFirstName(), c.getEmail(),
                c.getPhone(), c.getTerritory() == null ? null : c.getTerritory().getName(), c.getAddress(), c.getPostcode(),
                c.getBirthDate(), c.getSex(), c.getEu(), c.getOrganisation(), c.getOrganisationType(), c.getTitulaireName(),
                c.getTitulaireEmail(), c.getSuppleantName(), c.getSuppleantEmail(), c.isAssisted(), enteredBy,
                c.getReceivedBy(), c.getReceivedOn(), c.getCreatedAt());
    }
}
