package fr.agora.meetings.service;

import fr.agora.comites.ComiteRegistry;
import fr.agora.meetings.domain.CityArea;
import fr.agora.meetings.domain.ItemKind;
import fr.agora.meetings.domain.ItemStatus;
import fr.agora.meetings.domain.Visite;
import fr.agora.meetings.domain.VisiteItem;
import fr.agora.meetings.domain.VisiteItemRepository;
import fr.agora.meetings.domain.VisiteRepository;
import fr.agora.shared.domain.BusinessException;
import fr.agora.shared.domain.GeoPoint;
import fr.agora.shared.domain.Role;
import fr.agora.shared.service.AuditService;
import fr.agora.shared.service.CurrentUser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Visites de proximité: planned with a comité on its perimeter (its officer for their own comité, or staff), with
 * the élus and services taking part; each problem found or need expressed is an item placed on the map and
 * assigned to a city service, followed publicly (status, answer, date) until closed.
 */
@Service
public class VisiteService {

    static final String MANAGERS = "hasAnyRole('" + Role.Names.COMMITTEE_OFFICER + "','" + Role.Names.STAFF + "','"
            + Role.Names.ADMIN + "')";
    static final String FOLLOWERS = "hasAnyRole('" + Role.Names.STAFF + "','" + Role.Names.ADMIN + "','"
            + Role.Names.SERVICE_REVIEWER + "')";

    private final VisiteRepository visites;
    private final VisiteItemRepository items;
    private final ComiteRegistry comites;
    private final AuditService audit;
    private final Clock clock;

    VisiteService(VisiteRepository visites, VisiteItemRepository items, ComiteRegistry comites, AuditService audit, Clock clock) {
        this.visites = visites;
        this.items = items;
        this.comites = comites;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every visite with its items, newest first (public: the follow-up is public). */
    @Transactional(readOnly = true)
    public List<VisiteData> all() {
        return visites.findAllWithComite().stream().map(this::data).toList();
    }

    /** Plans (or records) a visite of a comité. */
    @PreAuthorize(MANAGERS)
    @Transactional
    public VisiteData plan(long comiteId, LocalDate date, String route, String elus, String services) {
        ComiteRegistry.ComiteEntry comite = comites.comite(comiteId)
                .orElseThrow(() -> new BusinessException("comites.error.unknown"));
        checkManages(comiteId, "VISITE_PLAN");
        if (date == null) {
            throw new BusinessException("visites.error.date-required");
        }
        if (date.isBefore(Paris.date(clock.instant()).minusYears(1))) {
            throw new BusinessException("visites.error.date-too-old");
        }
        Visite v = visites.save(new Visite(comiteId, date, text(route, 500), text(elus, 500), text(services, 500),
                CurrentUser.actor(), clock.instant()));
        audit.record("VISITE_PLANNED", "visite", v.getId(), Map.of("comite", comite.code(), "date", date.toString()));
        return data(v);
    }

    /** Adds a problem or need found during the visite, placed on the map and assigned to a service. */
    @PreAuthorize(MANAGERS)
    @Transactional
    public VisiteData addItem(long visiteId, ItemKind kind, String description, GeoPoint point, String service) {
        Visite v = visites.findById(visiteId).orElseThrow(() -> new BusinessException("visites.error.unknown"));
        checkManages(v.getComiteId(), "VISITE_ITEM_ADD");
        String d = text(description, 2000);
        String s = text(service, 160);
        if (kind == null || d == null || s == null) {
            throw new BusinessException("visites.error.item-required");
        }
        if (!CityArea.contains(point)) {
            throw new BusinessException("visites.error.point");
        }
        VisiteItem item = items.save(new VisiteItem(v, kind, d, point, s, Paris.date(clock.instant())));
        audit.record("VISITE_ITEM_ADDED", "visite", visiteId, Map.of("item", item.getId(), "service", s));
        return data(v);
    }

    /** The assigned service's follow-up: status and answer (closing needs an answer; a closed item stays closed). */
    @PreAuthorize(FOLLOWERS)
    @Transactional
    public void follow(long itemId, ItemStatus status, String answer) {
        VisiteItem item = items.findById(itemId).orElseThrow(() -> new BusinessException("visites.error.unknown"));
        if (status == null) {
            throw new BusinessException("visites.error.item-required");
        }
        item.follow(status, text(answer, 2000), Paris.date(clock.instant()));
        audit.record("VISITE_ITEM_FOLLOWED", "visite", item.getVisite().getId(),
                Map.of("item", itemId, "status", status.name()));
    }

    /** The comités the signed-in person may plan visites for. */
    @PreAuthorize(MANAGERS)
    @Transactional(readOnly = true)
    public List<ComiteRegistry.ComiteEntry> managedComites() {
        if (CurrentUser.hasAnyRole(Role.STAFF, Role.ADMIN)) {
            return comites.comites();
        }
        return CurrentUser.email().flatMap(comites::officerComite).flatMap(comites::comite).map(List::of).orElse(List.of());
    }

    private void checkManages(long comiteId, String action) {
        if (CurrentUser.hasAnyRole(Role.STAFF, Role.ADMIN)) {
            return;
        }
        if (!CurrentUser.email().flatMap(comites::officerComite).map(id -> id == comiteId).orElse(false)) {
            audit.recordRefusal(CurrentUser.actor(), action, "territory", comiteId, Map.of("reason", "not the officer"));
            throw new BusinessException("comites.error.not-your-comite",
                    comites.comite(comiteId).map(ComiteRegistry.ComiteEntry::name).orElse("?"));
        }
    }

    private VisiteData data(Visite v) {
        String name = comites.comite(v.getComiteId()).map(ComiteRegistry.ComiteEntry::name).orElse("?");
        return new VisiteData(v.getId(), v.getComiteId(), name, v.getVisitDate(), v.getRoute(),
                v.getElus(), v.getServices(), items.findByVisite(v.getId()).stream()
                        .map(i -> new VisiteData.Item(i.getId(), i.getKind(), i.getDescription(), i.getPoint(),
                                i.getService(), i.getStatus(), i.getAnswer(), i.getStatusDate())).toList());
    }

    static String text(String s, int max) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String t = s.strip();
        if (t.length() > max) {
            throw new BusinessException("meetings.error.too-long");
        }
        return t;
    }
}
