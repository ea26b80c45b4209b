package fr.agora.council.service;

import fr.agora.council.domain.CampaignKind;
import fr.agora.council.domain.Candidacy;
import fr.agora.council.domain.CandidacyCampaign;
import fr.agora.council.domain.CandidacyCampaignRepository;
import fr.agora.council.domain.CandidacyRepository;
import fr.agora.council.domain.Council;
import fr.agora.council.domain.CouncilRepository;
import fr.agora.council.pool.EuStatus;
import fr.agora.council.pool.Sex;
import fr.agora.shared.domain.BusinessException;
import fr.agora.shared.domain.EmailAddress;
import fr.agora.shared.domain.PhoneNumber;
import fr.agora.shared.domain.Role;
import fr.agora.shared.domain.Territory;
import fr.agora.shared.service.AuditService;
import fr.agora.shared.service.BundleTexts;
import fr.agora.shared.service.CurrentUser;
import fr.agora.shared.service.MailService;
import fr.agora.shared.service.SpreadsheetCsv;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Calls for candidacies of the conseils citoyens (DOMAIN.md §1.5, §7 C): staff open campaigns; residents and
 * associations apply online while a campaign is open (the server decides, whatever the page shows); staff and
 * contract partners enter paper or in-person candidacies ("saisie assistée") with their name and the partner who
 * received them. Every candidacy gets a reference and, when an address is given, a confirmation e-mail. Residents'
 * candidacies then join a draw's pool as the VOLUNTEER source ({@link DrawService#importCandidacies}).
 */
@Service
public class CandidacyService {

    static final String STAFF = CouncilService.STAFF;
    static final String ENTERERS = "hasAnyRole('" + Role.Names.STAFF + "','" + Role.Names.ADMIN + "','"
            + Role.Names.PARTNER + "')";
    static final String READERS = "hasAnyRole('" + Role.Names.STAFF + "','" + Role.Names.ADMIN + "','"
            + Role.Names.DRAW_OPERATOR + "')";
    /** Campaign instants are entered and shown in the city's time. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Paris");
    /** How campaign instants and meeting times are written, in messages and pages. */
    public static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ZONE);
    private static final String REFERENCE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final CandidacyCampaignRepository campaigns;
    private final CandidacyRepository candidacies;
    private final CouncilRepository councils;
    private final AuditService audit;
    private final MailService mail;
    private final CandidacySettings settings;
    private final CouncilService councilService;
    private final fr.agora.shared.domain.UserAccountRepository users;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    CandidacyService(CandidacyCampaignRepository campaigns, CandidacyRepository candidacies, CouncilRepository councils,
            AuditService audit, MailService mail, CandidacySettings settings, CouncilService councilService,
            fr.agora.shared.domain.UserAccountRepository users, Clock clock) {
        this.users = users;
        this.councilService = councilService;
        this.campaigns = campaigns;
        this.candidacies = candidacies;
        this.councils = councils;
        this.audit = audit;
        this.mail = mail;
        this.settings = settings;
        this.clock = clock;
    }

    /** The settings the forms show as defaults. */
    public CandidacySettings settings() {
        return settings;
    }

    // ---- campaigns -------------------------------------------------------------------------------------------

    /** Opens a call for candidacies for a council. */
    @PreAuthorize(STAFF)
    @Transactional
    public CampaignData create(CampaignForm form) {
        Council council = councils.findByIdWithTerritories(form.councilId())
                .orElseThrow(() -> new BusinessException("council.error.not-found"));
        if (form.kind() == null) {
            throw new BusinessException("candidacy.error.kind");
        }
        CandidacyCampaign c = new CandidacyCampaign(council, form.kind(), CurrentUser.actor(), clock.instant());
        describe(c, form);
        campaigns.save(c);
        audit.record("CANDIDACY_CAMPAIGN_CREATED", "council_campaign", c.getId(), Map.of("council", council.getId(),
                "kind", form.kind().name(), "opens", form.opensAt().toString(), "closes", form.closesAt().toString()));
        return data(c);
    }

    /** Edits a call (its kind and council stay). */
    @PreAuthorize(STAFF)
    @Transactional
    public CampaignData update(long campaignId, CampaignForm form) {
        CandidacyCampaign c = load(campaignId);
        describe(c, form);
        audit.record("CANDIDACY_CAMPAIGN_UPDATED", "council_campaign", campaignId, Map.of("opens",
                form.opensAt().toString(), "closes", form.closesAt().toString(), "minimumAge", form.minimumAge()));
        return data(c);
    }

    /** Every call, newest first (calls are public; staff and partners pick one here). */
    @Transactional(readOnly = true)
    public List<CampaignData> all() {
        return campaigns.findAllWithCouncil().stream().map(this::data).toList();
    }

    /** The calls of one council, newest first, for anyone (a campaign is public by nature). */
    @Transactional(readOnly = true)
    public List<CampaignData> ofCouncil(String councilSlug) {
        Council council = councils.findBySlugWithTerritories(councilSlug)
                .orElseThrow(() -> new BusinessException("council.error.not-found"));
        return campaigns.findByCouncil(council.getId()).stream().map(this::data).toList();
    }

    /** One call, for anyone. */
    @Transactional(readOnly = true)
    public CampaignData campaign(long campaignId) {
        return data(load(campaignId));
    }

    /** Whether the signed-in user may read candidacies (staff and draw operators; partners only enter them). */
    public boolean canReadCandidacies() {
        return CurrentUser.hasAnyRole(Role.STAFF, Role.ADMIN, Role.DRAW_OPERATOR);
    }

    /** Whether the signed-in user may open and edit calls, export lists and invite candidates (staff). */
    public boolean canManageCampaigns() {
        return CurrentUser.hasAnyRole(Role.STAFF, Role.ADMIN);
    }

    // ---- candidacies -----------------------------------------------------------------------------------------

    /** A resident applies online. Refused outside the campaign's window, whatever the page showed. */
    @Transactional
    public CandidacyReceipt apply(long campaignId, ResidentApplication a, Locale locale) {
        CandidacyCampaign c = openCampaign(campaignId, CampaignKind.HABITANT);
        return saveResident(c, a, locale, null);
    }

    /** An association or local actor applies online. Refused outside the campaign's window. */
    @Transactional
    public CandidacyReceipt applyAssociation(long campaignId, AssociationApplication a, Locale locale) {
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
                : names.computeIfAbsent(c.getEnteredBy(), e -> users.findByEmail(e)
                        .map(u -> u.getDisplayName() + " (" + e + ")").orElse(e)))).toList();
    }

    /** Records a withdrawal; the candidacy leaves the lists but stays in the audit trail. */
    @PreAuthorize(ENTERERS)
    @Transactional
    public void withdraw(long candidacyId) {
        Candidacy c = candidacies.findById(candidacyId).orElseThrow(() -> new BusinessException("council.error.not-found"));
        if (c.getStatus() == Candidacy.Status.WITHDRAWN) {
            throw new BusinessException("candidacy.error.already-withdrawn");
        }
        c.withdraw(clock.instant());
        audit.record("CANDIDACY_WITHDRAWN", "council_candidacy", candidacyId, Map.of("reference", c.getReference()));
    }

    /** The candidacies of a call as CSV, for the information meeting and the partners (see {@link SpreadsheetCsv}). */
    @PreAuthorize(STAFF)
    @Transactional
    public byte[] candidaciesCsv(long campaignId, Locale locale) {
        CandidacyCampaign campaign = load(campaignId);
        BundleTexts t = new BundleTexts("candidacy", locale);
        SpreadsheetCsv csv = new SpreadsheetCsv();
        boolean residents = campaign.getKind() == CampaignKind.HABITANT;
        List<String> header = new ArrayList<>(List.of(t.get("candidacy.col.reference"), t.get("candidacy.col.status"),
                t.get("candidacy.col.last-name"), t.get("candidacy.col.first-name"), t.get("candidacy.col.email"),
                t.get("candidacy.col.phone"), t.get("candidacy.col.territory")));
        if (residents) {
            header.addAll(List.of(t.get("candidacy.col.sex"), t.get("candidacy.col.age")));
        } else {
            header.addAll(List.of(t.get("candidacy.col.organisation"), t.get("candidacy.col.organisation-type"),
                    t.get("candidacy.col.titulaire"), t.get("candidacy.col.suppleant")));
        }
        header.addAll(List.of(t.get("candidacy.col.assisted"), t.get("candidacy.col.received-by"),
                t.get("candidacy.col.received-on")));
        csv.row(header.toArray(String[]::new));
        LocalDate today = LocalDate.now(clock.withZone(ZONE));
        for (Candidacy c : candidacies.findByCampaign(campaignId)) {
            List<String> row = new ArrayList<>(List.of(c.getReference(), t.get("candidacy.status." + c.getStatus().name()),
                    c.getLastName(), c.getFirstName(), nz(c.getEmail()), nz(c.getPhone()),
                    c.getTerritory() == null ? "" : c.getTerritory().getName()));
            if (residents) {
                row.add(t.get("candidacy.sex." + c.getSex().name()));
                row.add(c.getBirthDate() == null ? "" : String.valueOf(Period.between(c.getBirthDate(), today).getYears()));
            } else {
                row.addAll(List.of(c.getOrganisation(), t.get("candidacy.org-type." + c.getOrganisationType().name()),
                        c.getTitulaireName(), c.getSuppleantName()));
            }
            row.addAll(List.of(c.isAssisted() ? c.getEnteredBy() : "", nz(c.getReceivedBy()), c.getReceivedOn().toString()));
            csv.row(row.toArray(String[]::new));
        }
        audit.record("CANDIDACIES_EXPORTED", "council_campaign", campaignId, Map.of("format", "csv"));
        return csv.bytes();
    }

    /**
     * Invites the candidates of a closed associations' call to the information meeting of the territory (DOMAIN.md
     * §1.6, §7 item 10): each standing candidacy's contact, titulaire and suppléant get the number of seats to fill
     * and how the members will be designated (directly when the candidates do not outnumber the seats, otherwise by an
     * election among the associations). Candidacies without any e-mail are listed for a letter or a call.
     *
     * @return the references of the candidacies that have no e-mail address
     */
    @PreAuthorize(STAFF)
    @Transactional
    public List<String> inviteToInformationMeeting(long campaignId, java.time.LocalDateTime when, String place) {
        CandidacyCampaign c = load(campaignId);
        if (c.getKind() != CampaignKind.ASSOCIATION) {
            throw new BusinessException("candidacy.error.wrong-kind");
        }
        if (c.isOpenAt(clock.instant()) || clock.instant().isBefore(c.getOpensAt())) {
            throw new BusinessException("candidacy.error.still-open", SHOWN.format(c.getClosesAt()));
        }
        if (when == null || !when.atZone(ZONE).toInstant().isAfter(clock.instant())) {
            throw new BusinessException("candidacy.error.meeting-date");
        }
        String where = text(place, 255, "candidacy.error.meeting-place");
        List<Candidacy> standing = candidacies.findStanding(campaignId);
        if (standing.isEmpty()) {
            throw new BusinessException("candidacy.error.no-candidate");
        }
        int seats = councilService.freeSeats(c.getCouncil().getId(), fr.agora.council.domain.College.ASSOCIATIONS);
        String mode = standing.size() > seats ? "election" : "direct";
        String day = SHOWN.format(when);
        List<String> withoutMail = new ArrayList<>();
        int mails = 0;
        for (Candidacy x : standing) {
            java.util.Set<String> to = new java.util.LinkedHashSet<>();
            for (String address : new String[] {x.getEmail(), x.getTitulaireEmail(), x.getSuppleantEmail()}) {
                if (address != null) {
                    to.add(address);
                }
            }
            if (to.isEmpty()) {
                withoutMail.add(x.getReference());
            }
            BundleTexts t = new BundleTexts("candidacy", Locale.forLanguageTag(x.getLocale()));
            for (String address : to) {
                mail.send(address, t.get("candidacy.meeting.subject", c.getCouncil().getName()),
                        t.get("candidacy.meeting.body", x.getOrganisation(), c.getCouncil().getName(), day, where, seats,
                                standing.size(), t.get("candidacy.meeting.mode." + mode)));
                mails++;
            }
        }
        audit.record("CANDIDACY_MEETING_INVITED", "council_campaign", campaignId, Map.of("when", when.toString(),
                "candidacies", standing.size(), "mails", mails, "seats", seats, "mode", mode,
                "withoutMail", withoutMail.size()));
        return withoutMail;
    }

    /**
     * Erases the personal data of residents' candidacies whose call closed more than the retention period ago (run
     * every night by {@link PoolRetentionJob}). Withdrawn candidacies go the same way.
     *
     * @return how many candidacies were erased
     */
    @Transactional
    public int purgeExpired() {
        Instant now = clock.instant();
        List<Candidacy> expired = candidacies.findErasable(now.minus(java.time.Duration.ofDays(settings.retentionDays())));
        Map<Long, Integer> byCampaign = new LinkedHashMap<>();
        for (Candidacy c : expired) {
            c.erasePersonalData(now);
            byCampaign.merge(c.getCampaign().getId(), 1, Integer::sum);
        }
        byCampaign.forEach((campaign, count) -> audit.recordAs("système", "CANDIDACIES_ERASED", "council_campaign",
                campaign, Map.of("candidacies", count, "retentionDays", settings.retentionDays())));
        return expired.size();
    }

    /** The residents' candidacies still standing, for the draw's pool (same package: {@link DrawService}). */
    @Transactional(readOnly = true)
    List<Candidacy> standingResidents(long campaignId) {
        return candidacies.findStanding(campaignId);
    }

    /** The campaign entity, for the draw's import (same package). */
    @Transactional(readOnly = true)
    CandidacyCampaign campaignEntity(long campaignId) {
        return load(campaignId);
    }

    // ---- rules -------------------------------------------------------------------------------------------------

    private CandidacyCampaign openCampaign(long campaignId, CampaignKind kind) {
        CandidacyCampaign c = load(campaignId);
        if (c.getKind() != kind) {
            throw new BusinessException("candidacy.error.wrong-kind");
        }
        Instant now = clock.instant();
        if (!c.isOpenAt(now)) {
            audit.recordRefusal(CurrentUser.actor(), "CANDIDACY_SUBMIT", "council_campaign", campaignId,
                    Map.of("reason", now.isBefore(c.getOpensAt()) ? "not yet open" : "closed", "at", now.toString()));
            throw new BusinessException(now.isBefore(c.getOpensAt()) ? "candidacy.error.not-open" : "candidacy.error.closed",
                    SHOWN.format(c.getOpensAt()), SHOWN.format(c.getClosesAt()));
        }
        return c;
    }

    private CandidacyCampaign assistedCampaign(long campaignId, CampaignKind kind, AssistedEntry entry) {
        CandidacyCampaign c = load(campaignId);
        if (c.getKind() != kind) {
            throw new BusinessException("candidacy.error.wrong-kind");
        }
        if (entry == null || entry.receivedBy() == null || entry.receivedBy().isBlank() || entry.receivedBy().length() > 160) {
            throw new BusinessException("candidacy.error.received-by");
        }
        LocalDate today = LocalDate.now(clock.withZone(ZONE));
        LocalDate first = LocalDate.ofInstant(c.getOpensAt(), ZONE);
        LocalDate last = LocalDate.ofInstant(c.getClosesAt().minusNanos(1), ZONE);
        if (entry.receivedOn() == null || entry.receivedOn().isAfter(today) || entry.receivedOn().isBefore(first)
                || entry.receivedOn().isAfter(last)) {
            audit.recordRefusal(CurrentUser.actor(), "CANDIDACY_ASSISTED_ENTRY", "council_campaign", campaignId,
                    Map.of("reason", "received outside the campaign",
                            "receivedOn", entry.receivedOn() == null ? "" : entry.receivedOn().toString()));
            throw new BusinessException("candidacy.error.received-on", first.toString(), last.toString());
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
        LocalDate today = LocalDate.now(clock.withZone(ZONE));
        if (a.birthDate() == null || a.birthDate().isAfter(today) || a.birthDate().isBefore(today.minusYears(120))) {
            throw new BusinessException("candidacy.error.birth-date");
        }
        LocalDate closing = LocalDate.ofInstant(c.getClosesAt(), ZONE);
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
        LocalDate receivedOn = entry == null ? LocalDate.now(clock.withZone(ZONE)) : entry.receivedOn();
        return new Candidacy(c, reference(), key, last, first, email, phone, lang, settings.noticeVersion(),
                entry == null ? null : CurrentUser.actor(), entry == null ? null : entry.receivedBy().strip(), receivedOn,
                clock.instant());
    }

    private CandidacyReceipt save(CandidacyCampaign c, Candidacy candidacy, Locale locale, String subject) {
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
                            c.getCouncil().getName(), candidacy.getReference(), subject, SHOWN.format(c.getClosesAt())));
            mailed = true;
        }
        return new CandidacyReceipt(candidacy.getReference(), mailed);
    }

    private void describe(CandidacyCampaign c, CampaignForm form) {
        String title = text(form.title(), 160, "candidacy.error.title");
        String description = form.description() == null || form.description().isBlank() ? null : form.description().strip();
        if (description != null && description.length() > 4000) {
            throw new BusinessException("candidacy.error.description");
        }
        String channels = form.channels() == null || form.channels().isBlank() ? null : form.channels().strip();
        if (channels != null && channels.length() > 500) {
            throw new BusinessException("candidacy.error.channels");
        }
        if (form.opensAt() == null || form.closesAt() == null || !form.closesAt().isAfter(form.opensAt())) {
            throw new BusinessException("candidacy.error.dates");
        }
        if (form.minimumAge() < 11 || form.minimumAge() > 25) {
            throw new BusinessException("candidacy.error.minimum-age");
        }
        c.describe(title, description, channels, form.opensAt(), form.closesAt(), form.minimumAge());
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

    private static String name(String value, String error) {
        String v = text(value, 100, error);
        if (v.chars().anyMatch(ch -> Character.isISOControl(ch) || ch == '<' || ch == '>')) {
            throw new BusinessException(error);
        }
        return v;
    }

    private static String text(String value, int max, String error) {
        if (value == null || value.isBlank() || value.strip().length() > max
                || value.chars().anyMatch(ch -> Character.isISOControl(ch) && ch != '\n')) {
            throw new BusinessException(error);
        }
        return value.strip();
    }

    private static String email(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String e = EmailAddress.normalise(value);
        if (!EmailAddress.isValid(e)) {
            throw new BusinessException("candidacy.error.email");
        }
        return e;
    }

    private static String phone(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String p = value.strip();
        if (!PhoneNumber.isValid(p)) {
            throw new BusinessException("candidacy.error.phone");
        }
        return p;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    static String fold(String s) {
        return Normalizer.normalize(s.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", " ").strip();
    }

    /** What makes two residents' candidacies the same person (accents and case aside). */
    static String personKey(String lastName, String firstName, LocalDate birthDate) {
        return key("resident", fold(lastName), fold(firstName), birthDate.toString());
    }

    private static String key(String... parts) {
        return fr.agora.shared.service.Hashes.sha256Hex(String.join("\u001f", parts));
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
        return campaigns.findWithCouncil(id).orElseThrow(() -> new BusinessException("candidacy.error.not-found"));
    }

    private CampaignData data(CandidacyCampaign c) {
        Council council = c.getCouncil(); // fetched with its territories by every campaign query
        List<Territory> ts = new ArrayList<>(council.getTerritories());
        ts.sort(Comparator.comparing(Territory::getName));
        Instant now = clock.instant();
        return new CampaignData(c.getId(), council.getId(), council.getSlug(), council.getName(), c.getKind(), c.getTitle(),
                c.getDescription(), c.getChannels(), c.getOpensAt(), c.getClosesAt(), c.getMinimumAge(), c.isOpenAt(now),
                now.isBefore(c.getOpensAt()), ts.stream().map(Territory::getCode).toList(),
                ts.stream().map(Territory::getName).toList());
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
