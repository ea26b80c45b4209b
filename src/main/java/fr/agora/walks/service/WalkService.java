package fr.agora.walks.service;

import fr.agora.shared.domain.BusinessException;
import fr.agora.shared.domain.GeoPoint;
import fr.agora.shared.domain.Role;
import fr.agora.shared.domain.Territory;
import fr.agora.shared.service.AccountDirectory;
import fr.agora.shared.service.AccountRef;
import fr.agora.shared.service.AuditService;
import fr.agora.shared.service.TerritoryService;
import fr.agora.shared.service.CurrentUser;
import fr.agora.walks.domain.CityBounds;
import fr.agora.walks.domain.GroupComposition;
import fr.agora.walks.domain.RecommendationRepository;
import fr.agora.walks.domain.RouteLine;
import fr.agora.walks.domain.Walk;
import fr.agora.walks.domain.WalkPartner;
import fr.agora.walks.domain.WalkRepository;
import fr.agora.walks.domain.WalkState;
import fr.agora.walks.domain.WalkTheme;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Walks: staff create and describe them, draw the route, enrol the participants who capture pins, move them through
 * the steps of the method and publish their page and their « suite donnée ». The public lists published walks.
 */
@Service
public class WalkService {

    static final String STAFF = "hasAnyRole('" + Role.Names.STAFF + "','" + Role.Names.ADMIN + "')";

    private final WalkRepository walks;
    private final TerritoryService territories;
    private final AccountDirectory accounts;
    private final RecommendationRepository recommendations;
    private final AuditService audit;
    private final WalkSettings settings;
    private final Clock clock;

    WalkService(WalkRepository walks, TerritoryService territories, AccountDirectory accounts,
            RecommendationRepository recommendations, AuditService audit, WalkSettings settings, Clock clock) {
        this.walks = walks;
        this.territories = territories;
        this.accounts = accounts;
        this.recommendations = recommendations;
        this.audit = audit;
        this.settings = settings;
        this.clock = clock;
    }

    /** Today in the portal's zone: the date a new walk's form starts with. */
    public java.time.LocalDate today() {
        return java.time.LocalDate.now(clock);
    }

    /** The area where pins and routes are accepted. */
    public CityBounds bounds() {
        return settings.cityBounds();
    }

    /** Every walk, newest first. */
    @PreAuthorize(STAFF)
    @Transactional(readOnly = true)
    public List<WalkSummary> all() {
        return walks.findAllWithTerritory().stream().map(WalkSummary::of).toList();
    }

    /** Published walks, newest first. */
    @Transactional(readOnly = true)
    public List<WalkSummary> published() {
        return walks.findPublished().stream().map(WalkSummary::of).toList();
    }

    /** Published walks of a territory (by its code), newest first. */
    @Transactional(readOnly = true)
    public List<WalkSummary> publishedInTerritory(String territoryCode) {
        return walks.findPublishedByTerritoryCode(territoryCode == null ? "" : territoryCode).stream().map(WalkSummary::of).toList();
    }

    /** The walks on which the logged-in account is enrolled to capture pins. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<WalkSummary> mine() {
        return accounts.current()
                .map(u -> walks.findByParticipant(u.id()).stream().map(WalkSummary::of).toList())
                .orElse(List.of());
    }

    @PreAuthorize(STAFF)
    @Transactional(readOnly = true)
    public WalkDetail get(long id) {
        return detail(find(id));
    }

    @PreAuthorize(STAFF)
    @Transactional
    public WalkDetail create(WalkForm form) {
        Territory territory = territory(form);
        checkBasics(form);
        Walk walk = new Walk(form.title().strip(), territory, form.theme(), form.organiser().strip(), form.date(),
                form.timeOfDay(), form.groupType(), CurrentUser.actor(), clock.instant());
        apply(walk, form, territory);
        walks.save(walk);
        audit.record("WALK_CREATED", "walk", walk.getId(), Map.of("title", walk.getTitle(), "territory", territory.getCode()));
        return detail(walk);
    }

    @PreAuthorize(STAFF)
    @Transactional
    public WalkDetail update(long id, WalkForm form) {
        Walk walk = find(id);
        Territory territory = territory(form);
        checkBasics(form);
        apply(walk, form, territory);
        walk.touch(clock.instant());
        audit.record("WALK_UPDATED", "walk", id, Map.of("title", walk.getTitle()));
        return detail(walk);
    }

    private void apply(Walk walk, WalkForm form, Territory territory) {
        walk.describe(form.title().strip(), territory, form.theme(), blankToNull(form.themeOther()), form.organiser().strip(),
                form.date(), form.startTime(), form.timeOfDay(), form.groupType());
        walk.setGroup(form.group() == null ? GroupComposition.empty() : form.group());
        walk.setPartners(form.partners() == null ? List.of() : form.partners());
        try {
            walk.setRevisitOf(form.revisitOfId() == null ? null : find(form.revisitOfId()));
        } catch (IllegalArgumentException e) {
            throw new BusinessException(e.getMessage());
        }
    }

    private void checkBasics(WalkForm form) {
        if (form.title() == null || form.title().isBlank() || form.title().length() > Walk.MAX_TITLE) {
            throw new BusinessException("walk.title.required");
        }
        if (form.theme() == null) {
            throw new BusinessException("walk.theme.required");
        }
        if (form.theme() == WalkTheme.AUTRE && (form.themeOther() == null || form.themeOther().isBlank())) {
            throw new BusinessException("walk.theme.other-required");
        }
        if (form.themeOther() != null && form.themeOther().length() > 160) {
            throw new BusinessException("walk.theme.other-required");
        }
        if (form.organiser() == null || form.organiser().isBlank() || form.organiser().length() > 200) {
            throw new BusinessException("walk.organiser.required");
        }
        if (form.date() == null || form.timeOfDay() == null || form.groupType() == null) {
            throw new BusinessException("walk.date.required");
        }
        if (form.partners() != null && form.partners().size() > 30) {
            throw new BusinessException("walk.partners.too-many");
        }
    }

    private Territory territory(WalkForm form) {
        if (form.territoryId() == null) {
            throw new BusinessException("walk.territory.required");
        }
        return territories.territory(form.territoryId()).orElseThrow(() -> new BusinessException("walk.territory.required"));
    }

    /** Replaces the route with these points (at least two, inside the city). */
    @PreAuthorize(STAFF)
    @Transactional
    public WalkDetail setRoute(long id, List<GeoPoint> points) {
        Walk walk = find(id);
        if (points == null || points.isEmpty()) {
            walk.setRoute(null, clock.instant());
        } else {
            try {
                RouteLine.check(points, bounds());
            } catch (RouteLine.RouteException e) {
                audit.recordRefusal(CurrentUser.actor(), "WALK_ROUTE_SET", "walk", id, Map.of("reason", e.key()));
                throw new BusinessException(e.key());
            }
            walk.setRoute(RouteLine.toGeoJson(points), clock.instant());
        }
        audit.record("WALK_ROUTE_SET", "walk", id, Map.of("points", points == null ? 0 : points.size()));
        return detail(walk);
    }

    /** Replaces the route with an uploaded GeoJSON LineString. */
    @PreAuthorize(STAFF)
    @Transactional
    public WalkDetail setRouteGeoJson(long id, String geoJson) {
        List<GeoPoint> points;
        try {
            points = RouteLine.parse(geoJson, bounds());
        } catch (RouteLine.RouteException e) {
            audit.recordRefusal(CurrentUser.actor(), "WALK_ROUTE_SET", "walk", id, Map.of("reason", e.key()));
            throw new BusinessException(e.key());
        }
        return setRoute(id, points);
    }

    /** Enrols a registered account (by e-mail) to capture pins on the walk. */
    @PreAuthorize(STAFF)
    @Transactional
    public WalkDetail addParticipant(long id, String email) {
        Walk walk = find(id);
        AccountRef user = accounts.byEmail(email)
                .orElseThrow(() -> new BusinessException("walk.participant.unknown", email == null ? "" : email.strip()));
        if (walk.addParticipant(user.id())) {
            audit.record("WALK_PARTICIPANT_ADDED", "walk", id, Map.of("user", user.id()));
        }
        return detail(walk);
    }

    @PreAuthorize(STAFF)
    @Transactional
    public WalkDetail removeParticipant(long id, long userId) {
        Walk walk = find(id);
        if (walk.removeParticipant(userId)) {
            audit.record("WALK_PARTICIPANT_REMOVED", "walk", id, Map.of("user", userId));
        }
        return detail(walk);
    }

    /**
     * Moves the walk to another step: one step forward (or back). Reaching « recommandations transmises » or
     * « suivi » needs at least one transmitted recommendation; closing needs a published « suite donnée ».
     */
    @PreAuthorize(STAFF)
    @Transactional
    public WalkDetail moveTo(long id, WalkState target) {
        Walk walk = find(id);
        WalkState from = walk.getState();
        String refusal = null;
        if (target == null || !from.canMoveTo(target)) {
            refusal = "walk.state.skip";
        } else if (target.ordinal() > from.ordinal()
                && (target == WalkState.RECOMMANDATIONS || target == WalkState.SUIVI)
                && recommendations.countSent(id) == 0) {
            refusal = "walk.state.recommendation-required";
        } else if (target == WalkState.CLOTUREE && walk.getFollowUpPublishedAt() == null) {
            refusal = "walk.state.summary-required";
        }
        if (refusal != null) {
            audit.recordRefusal(CurrentUser.actor(), "WALK_STATE_CHANGED", "walk", id,
                    Map.of("from", from.name(), "to", String.valueOf(target), "reason", refusal));
            throw new BusinessException(refusal);
        }
        walk.moveTo(target, clock.instant());
        walks.save(walk); // publishes the walk's events
        audit.record("WALK_STATE_CHANGED", "walk", id, Map.of("from", from.name(), "to", target.name()));
        return detail(walk);
    }

    /** Publishes the « suite donnée »: what was done after the walk. It is public. */
    @PreAuthorize(STAFF)
    @Transactional
    public WalkDetail publishFollowUp(long id, String summary) {
        Walk walk = find(id);
        if (summary == null || summary.isBlank()) {
            throw new BusinessException("walk.follow-up.required");
        }
        if (summary.length() > Walk.MAX_SUMMARY) {
            throw new BusinessException("walk.follow-up.too-long", Walk.MAX_SUMMARY);
        }
        walk.publishFollowUp(summary, clock.instant());
        walks.save(walk); // publishes the walk's events
        audit.record("WALK_FOLLOW_UP_PUBLISHED", "walk", id, Map.of("length", summary.strip().length()));
        return detail(walk);
    }

    /** Makes the walk's page public, or withdraws it. */
    @PreAuthorize(STAFF)
    @Transactional
    public WalkDetail setPublished(long id, boolean published) {
        Walk walk = find(id);
        if (published) {
            walk.publish(clock.instant());
        } else {
            walk.unpublish(clock.instant());
        }
        walks.save(walk); // publishes the walk's events
        audit.record(published ? "WALK_PUBLISHED" : "WALK_UNPUBLISHED", "walk", id, Map.of("title", walk.getTitle()));
        return detail(walk);
    }

    /** The organisations of partner accounts, to choose a recommendation's addressee or a walk's partners. */
    @PreAuthorize(STAFF)
    @Transactional(readOnly = true)
    public List<String> partnerOrganisations() {
        return accounts.organisations(Role.PARTNER);
    }

    Walk find(long id) {
        return walks.findWithTerritory(id).orElseThrow(() -> new BusinessException("walk.unknown"));
    }

    WalkDetail detail(Walk w) {
        List<ParticipantData> participants = new ArrayList<>();
        if (!w.getParticipantIds().isEmpty()) {
            accounts.byIds(w.getParticipantIds()).forEach(u -> participants.add(new ParticipantData(u.id(),
                    u.displayName(), u.email())));
            participants.sort(java.util.Comparator.comparing(ParticipantData::displayName, String.CASE_INSENSITIVE_ORDER));
        }
        WalkForm form = new WalkForm(w.getTitle(), w.getTerritory().getId(), w.getTheme(), w.getThemeOther(), w.getOrganiser(),
                w.getDate(), w.getStartTime(), w.getTimeOfDay(), w.getGroupType(), w.getGroup(), List.copyOf(w.getPartners()),
                w.getRevisitOf() == null ? null : w.getRevisitOf().getId());
        return new WalkDetail(w.getId() == null ? 0 : w.getId(), form, w.getTerritory().getName(), w.getTerritory().getCode(),
                route(w), w.getRouteGeoJson(), w.getState(), w.getFollowUpSummary(), w.getFollowUpPublishedAt(),
                w.getPublishedAt(), w.getRevisitOf() == null ? null : w.getRevisitOf().getTitle(), participants,
                w.getGroup().warnings(), w.getId() == null ? 0 : recommendations.countSent(w.getId()));
    }

    /** The route's points; a stored route is trusted (it was validated when saved). */
    static List<GeoPoint> route(Walk w) {
        if (w.getRouteGeoJson() == null) {
            return List.of();
        }
        try {
            return RouteLine.parse(w.getRouteGeoJson(), new CityBounds(-90, -180, 90, 180));
        } catch (RouteLine.RouteException e) {
            return List.of();
        }
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static Map<String, Object> details(Object... keyValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i + 1 < keyValues.length; i += 2) {
            map.put(String.valueOf(keyValues[i]), keyValues[i + 1]);
        }
        return map;
    }
}
