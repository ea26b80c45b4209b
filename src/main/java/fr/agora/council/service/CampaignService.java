package fr.agora.council.service;

import fr.agora.council.domain.CandidacyCampaign;
import fr.agora.council.domain.CandidacyCampaignRepository;
import fr.agora.council.domain.Council;
import fr.agora.council.domain.CouncilRepository;
import fr.agora.shared.domain.BusinessException;
import fr.agora.shared.domain.Role;
import fr.agora.shared.domain.Territory;
import fr.agora.shared.service.AuditService;
import fr.agora.shared.service.CurrentUser;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Calls for candidacies of the conseils citoyens (DOMAIN.md §1.5, §7 C): staff open and edit them, and may close one
 * before its announced time. The call ({@link CandidacyCampaign}) refuses inconsistent dates and a second closing;
 * the candidacies themselves are {@link CandidacyService}'s.
 */
@Service
public class CampaignService {

    private final CandidacyCampaignRepository campaigns;
    private final CouncilRepository councils;
    private final AuditService audit;
    private final Clock clock;

    CampaignService(CandidacyCampaignRepository campaigns, CouncilRepository councils, AuditService audit, Clock clock) {
        this.campaigns = campaigns;
        this.councils = councils;
        this.audit = audit;
        this.clock = clock;
    }

    /** Opens a call for candidacies for a council. */
    @PreAuthorize(CouncilService.STAFF)
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
    @PreAuthorize(CouncilService.STAFF)
    @Transactional
    public CampaignData update(long campaignId, CampaignForm form) {
        CandidacyCampaign c = load(campaignId);
        describe(c, form);
        audit.record("CANDIDACY_CAMPAIGN_UPDATED", "council_campaign", campaignId, Map.of("opens",
                form.opensAt().toString(), "closes", form.closesAt().toString(), "minimumAge", form.minimumAge()));
        return data(c);
    }

    /**
     * Closes an open call now ("Clôturer maintenant"), rather than by editing its closing date: candidacies are
     * refused from this instant on, and {@link fr.agora.council.CandidacyCallClosed} is announced.
     */
    @PreAuthorize(CouncilService.STAFF)
    @Transactional
    public CampaignData closeNow(long campaignId) {
        CandidacyCampaign c = load(campaignId);
        Instant announced = c.getClosesAt();
        try {
            c.closeNow(clock.instant());
        } catch (BusinessException e) {
            audit.recordRefusal(CurrentUser.actor(), "CANDIDACY_CAMPAIGN_CLOSED", "council_campaign", campaignId,
                    Map.of("reason", e.getMessageKey()));
            throw e;
        }
        campaigns.save(c);
        audit.record("CANDIDACY_CAMPAIGN_CLOSED", "council_campaign", campaignId, Map.of("announced",
                announced.toString(), "closed", c.getClosesAt().toString()));
        return data(c);
    }

    /**
     * The freeze of a draw closes a call that fed its pool, when still open (called by {@link DrawService#freeze});
     * staff may keep it open for the next draw instead, which is audited too.
     */
    @Transactional
    void closeForDraw(long campaignId, long drawId, boolean keepOpen) {
        CandidacyCampaign c = load(campaignId);
        Instant now = clock.instant();
        if (!c.isOpenAt(now)) {
            return;
        }
        if (keepOpen) {
            audit.record("CANDIDACY_CAMPAIGN_KEPT_OPEN", "council_campaign", campaignId, Map.of("draw", drawId));
            return;
        }
        Instant announced = c.getClosesAt();
        c.closeNow(now);
        campaigns.save(c);
        audit.record("CANDIDACY_CAMPAIGN_CLOSED", "council_campaign", campaignId, Map.of("announced",
                announced.toString(), "closed", now.toString(), "draw", drawId));
    }

    /** How many calls are open and close within {@code days} days (the staff dashboard). */
    @PreAuthorize(CouncilService.STAFF)
    @Transactional(readOnly = true)
    public long closingWithin(int days) {
        java.time.Instant limit = clock.instant().plus(java.time.Duration.ofDays(days));
        return all().stream().filter(c -> c.open() && !c.closesAt().isAfter(limit)).count();
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

    /** Today in Amiens, for the forms' defaults (views never read the clock). */
    public java.time.LocalDate today() {
        return fr.agora.council.domain.CouncilTime.today(clock);
    }

    /** Whether the signed-in user may open and edit calls, export lists and invite candidates (staff). */
    public boolean canManageCampaigns() {
        return CurrentUser.hasAnyRole(Role.STAFF, Role.ADMIN);
    }

    /** The call itself, for the services of this package (its council's territories fetched). */
    @Transactional(readOnly = true)
    CandidacyCampaign campaignEntity(long campaignId) {
        return load(campaignId);
    }

    private void describe(CandidacyCampaign c, CampaignForm form) {
        String description = form.description() == null || form.description().isBlank() ? null : form.description().strip();
        String channels = form.channels() == null || form.channels().isBlank() ? null : form.channels().strip();
        c.describe(form.title(), description, channels, form.opensAt(), form.closesAt(), form.minimumAge());
    }

    private CandidacyCampaign load(long id) {
        return campaigns.findWithCouncil(id).orElseThrow(() -> new BusinessException("candidacy.error.not-found"));
    }

    CampaignData data(CandidacyCampaign c) {
        Council council = c.getCouncil(); // fetched with its territories by every campaign query
        List<Territory> ts = new ArrayList<>(council.getTerritories());
        ts.sort(Comparator.comparing(Territory::getName));
        Instant now = clock.instant();
        return new CampaignData(c.getId(), council.getId(), council.getSlug(), council.getName(), c.getKind(), c.getTitle(),
                c.getDescription(), c.getChannels(), c.getOpensAt(), c.getClosesAt(), c.getMinimumAge(), c.isOpenAt(now),
                now.isBefore(c.getOpensAt()), ts.stream().map(Territory::getCode).toList(),
                ts.stream().map(Territory::getName).toList());
    }
}
