package fr.agora.walks.service;

import fr.agora.shared.domain.BusinessException;
import fr.agora.shared.domain.GeoPoint;
import fr.agora.shared.domain.Role;
import fr.agora.shared.service.AccountRef;
import fr.agora.shared.service.AuditService;
import fr.agora.shared.service.CurrentUser;
import fr.agora.shared.service.PhotoSanitiser;
import fr.agora.walks.domain.DiagnosticCriterion;
import fr.agora.walks.domain.DiagnosticCriterionRepository;
import fr.agora.walks.domain.ModerationStatus;
import fr.agora.walks.domain.Observation;
import fr.agora.walks.domain.ObservationPhoto;
import fr.agora.walks.domain.ObservationPhotoRepository;
import fr.agora.walks.domain.ObservationRepository;
import fr.agora.walks.domain.PhotoStatus;
import fr.agora.walks.domain.Walk;
import fr.agora.walks.domain.WalkState;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Field capture and moderation of pins and photos. Participants enrolled on a walk (and staff) place pins while the
 * walk is in its diagnostic step; every pin and photo waits for a moderator before anyone else sees it. A pin
 * outside the city, a fake or oversized photo, a forged request: each is refused with a message and audited.
 */
@Service
public class ObservationService {

    static final String MODERATORS = "hasAnyRole('" + Role.Names.MODERATOR + "','" + Role.Names.STAFF + "','"
            + Role.Names.ADMIN + "')";
    private static final Pattern UUID = Pattern.compile("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");
    /** A photo decode holds tens of megabytes: at most two at a time. */
    private final Semaphore decoding = new Semaphore(2);

    private final WalkService walks;
    private final ObservationRepository observations;
    private final ObservationPhotoRepository photos;
    private final DiagnosticCriterionRepository criteria;
    private final WalkAccess access;
    private final PhotoStore store;
    private final PhotoSanitiser sanitiser;
    private final AuditService audit;
    private final WalkSettings settings;
    private final Clock clock;

    ObservationService(WalkService walks, ObservationRepository observations, ObservationPhotoRepository photos,
            DiagnosticCriterionRepository criteria, WalkAccess access, PhotoStore store, AuditService audit,
            WalkSettings settings, Clock clock) {
        this.walks = walks;
        this.observations = observations;
        this.photos = photos;
        this.criteria = criteria;
        this.access = access;
        this.store = store;
        this.audit = audit;
        this.settings = settings;
        this.clock = clock;
        WalkSettings.Photo p = settings.photo();
        this.sanitiser = new PhotoSanitiser("walk.photo", p.maxMegapixels(), p.maxEdge(), p.jpegQuality());
    }

    /** What the capture form of a walk needs; refused to anyone not enrolled on the walk. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public CaptureContext captureContext(long walkId) {
        Walk walk = walks.find(walkId);
        requireCapture(walk);
        List<ObservationData> mine = access.account()
                .map(a -> observations.findByWalkAndAuthor(walkId, a.id()))
                .map(list -> data(list, true))
                .orElse(List.of());
        return new CaptureContext(walkId, walk.getTitle(), walk.getTerritory().getName(), walk.getState(), acceptsNow(walk),
                walks.bounds(), WalkService.route(walk),
                criteria.findByActiveTrueOrderBySortOrderAscIdAsc().stream().map(CriterionData::of).toList(), mine,
                settings.photo().maxSize().toBytes(), settings.photo().perObservation());
    }

    /**
     * Stores a pin. Sending the same draft again (same {@code clientRef}) returns the pin already stored, so that a
     * resubmission after a network failure never duplicates it.
     */
    /**
     * The time now, from the service's clock: the capture form stamps a pin when it is placed (the pin may be sent
     * later, from a draft), and views never read the clock themselves.
     */
    public Instant now() {
        return clock.instant();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public ObservationData submit(long walkId, ObservationInput input) {
        Walk walk = walks.find(walkId);
        requireCapture(walk);
        String ref = input.clientRef() == null || input.clientRef().isBlank() ? null : input.clientRef().strip();
        if (ref != null && !UUID.matcher(ref).matches()) {
            throw refuse("WALK_OBSERVATION_REFUSED", walkId, "walk.observation.bad-reference");
        }
        Optional<Long> author = access.account().map(AccountRef::id);
        if (ref != null) {
            Optional<Observation> existing = observations.findByWalkIdAndClientRef(walkId, ref);
            if (existing.isPresent()) {
                Observation o = existing.get();
                boolean same = o.getAuthorId() == null ? author.isEmpty() : author.map(o::isAuthoredBy).orElse(false);
                if (!same) {
                    throw refuse("WALK_OBSERVATION_REFUSED", walkId, "walk.observation.bad-reference");
                }
                return data(List.of(o), true).getFirst();
            }
        }
        if (!acceptsNow(walk)) {
            throw refuse("WALK_OBSERVATION_REFUSED", walkId, "walk.observation.closed");
        }
        GeoPoint point = input.point();
        if (point == null) {
            throw new BusinessException("walk.observation.position-required");
        }
        if (!walks.bounds().contains(point)) {
            audit.recordRefusal(CurrentUser.actor(), "WALK_OBSERVATION_REFUSED", "walk", walkId,
                    Map.of("reason", "walk.observation.out-of-bounds", "lat", point.lat(), "lon", point.lon()));
            throw new BusinessException("walk.observation.out-of-bounds");
        }
        DiagnosticCriterion criterion = input.criterionId() == null ? null : criteria.findById(input.criterionId()).orElse(null);
        if (criterion == null || !criterion.isActive()) {
            throw new BusinessException("walk.observation.criterion-required");
        }
        if (input.assessment() == null) {
            throw new BusinessException("walk.observation.assessment-required");
        }
        if (input.severity() < 1 || input.severity() > 3) {
            throw new BusinessException("walk.observation.severity");
        }
        if (input.text() == null || input.text().isBlank()) {
            throw new BusinessException("walk.observation.text");
        }
        if (input.text().length() > Observation.MAX_TEXT) {
            throw new BusinessException("walk.observation.text-too-long", Observation.MAX_TEXT);
        }
        Instant now = clock.instant();
        Observation o = new Observation(walk, criterion, input.assessment(), input.severity(), input.text(), point,
                observedAt(input.observedAt(), walk, now), now, author.orElse(null), ref);
        observations.save(o);
        audit.record("WALK_OBSERVATION_ADDED", "walk_observation", o.getId(),
                Map.of("walk", walkId, "criterion", criterion.getCode()));
        return data(List.of(o), true).getFirst();
    }

    /** A draft keeps the time its pin was placed; an impossible time (future, long before the walk) becomes now. */
    private Instant observedAt(Instant claimed, Walk walk, Instant now) {
        if (claimed == null || claimed.isAfter(now.plus(Duration.ofMinutes(5)))) {
            return now;
        }
        Instant earliest = walk.getDate().atStartOfDay(clock.getZone()).toInstant().minus(Duration.ofDays(1));
        return claimed.isBefore(earliest) ? now : claimed;
    }

    /**
     * Adds a photo to a pin: checked by content, limited in size, re-encoded without metadata and stored on disk.
     * Only the pin's author (or staff) may add one.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public PhotoData addPhoto(long observationId, byte[] data) {
        Observation o = observations.findWithWalk(observationId).orElseThrow(() -> new BusinessException("walk.observation.unknown"));
        boolean author = access.account().map(a -> o.isAuthoredBy(a.id())).orElse(false);
        if (!author && !WalkAccess.isStaff()) {
            throw refuse("WALK_PHOTO_REFUSED", o.getWalk().getId(), "walk.photo.not-yours");
        }
        long max = settings.photo().maxSize().toBytes();
        if (data == null || data.length == 0) {
            throw refuse("WALK_PHOTO_REFUSED", o.getWalk().getId(), "walk.photo.not-image");
        }
        if (data.length > max) {
            audit.recordRefusal(CurrentUser.actor(), "WALK_PHOTO_REFUSED", "walk_observation", observationId,
                    Map.of("reason", "walk.photo.too-big", "bytes", data.length));
            throw new BusinessException("walk.photo.too-big", max / (1024 * 1024));
        }
        if (photos.countByObservationId(observationId) >= settings.photo().perObservation()) {
            throw new BusinessException("walk.photo.too-many", settings.photo().perObservation());
        }
        PhotoSanitiser.Result clean;
        try {
            if (!decoding.tryAcquire(30, TimeUnit.SECONDS)) {
                throw new BusinessException("walk.photo.busy");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BusinessException("walk.photo.busy");
        }
        try {
            clean = sanitiser.sanitise(data);
        } catch (BusinessException e) {
            audit.recordRefusal(CurrentUser.actor(), "WALK_PHOTO_REFUSED", "walk_observation", observationId,
                    Map.of("reason", e.getMessageKey(), "bytes", data.length));
            throw e;
        } finally {
            decoding.release();
        }
        String name = store.write(o.getWalk().getId(), clean.bytes(), clean.extension());
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        store.delete(name);
                    }
                }
            });
        }
        ObservationPhoto photo = new ObservationPhoto(o, name, clean.mediaType(), clean.original().name(), clean.width(),
                clean.height(), clean.bytes().length, clock.instant());
        photos.save(photo);
        audit.record("WALK_PHOTO_ADDED", "walk_photo", photo.getId(), Map.of("observation", observationId,
                "original", clean.original().name(), "bytes", data.length, "stored", clean.bytes().length));
        return PhotoData.of(photo);
    }

    /** Pins awaiting review, and published pins with a photo awaiting review; oldest first. */
    @PreAuthorize(MODERATORS)
    @Transactional(readOnly = true)
    public List<ObservationData> moderationQueue() {
        List<Observation> pending = new ArrayList<>(observations.findPending());
        java.util.Set<Long> ids = pending.stream().map(Observation::getId).collect(Collectors.toSet());
        for (ObservationPhoto p : photos.findPending()) {
            if (ids.add(p.getObservation().getId())) {
                observations.findWithWalk(p.getObservation().getId()).ifPresent(pending::add);
            }
        }
        return data(pending, true);
    }

    /** All pins of a walk, whatever their status (to revise a decision). */
    @PreAuthorize(MODERATORS)
    @Transactional(readOnly = true)
    public List<ObservationData> allOfWalk(long walkId) {
        return data(observations.findByWalk(walkId), true);
    }

    /** Publishes or rejects a pin, possibly hiding its text or marking it internal. */
    @PreAuthorize(MODERATORS)
    @Transactional
    public ObservationData moderate(long observationId, ModerationDecision decision) {
        Observation o = observations.findWithWalk(observationId).orElseThrow(() -> new BusinessException("walk.observation.unknown"));
        if (decision == null || decision.decision() == null || decision.decision() == ModerationStatus.PENDING) {
            throw new BusinessException("walk.moderation.decision");
        }
        if (decision.note() != null && decision.note().length() > 500) {
            throw new BusinessException("walk.moderation.note-too-long");
        }
        o.moderate(decision.decision(), decision.hideText(), decision.internal(), decision.note(), CurrentUser.actor(),
                clock.instant());
        audit.record("WALK_OBSERVATION_MODERATED", "walk_observation", observationId, Map.of("decision",
                decision.decision().name(), "hideText", decision.hideText(), "internal", decision.internal()));
        return data(List.of(o), true).getFirst();
    }

    /** Publishes or hides a photo. */
    @PreAuthorize(MODERATORS)
    @Transactional
    public PhotoData moderatePhoto(long photoId, PhotoStatus status) {
        ObservationPhoto p = photos.findWithObservation(photoId).orElseThrow(() -> new BusinessException("walk.photo.unknown"));
        if (status == null || status == PhotoStatus.PENDING) {
            throw new BusinessException("walk.moderation.decision");
        }
        p.setStatus(status);
        audit.record("WALK_PHOTO_MODERATED", "walk_photo", photoId, Map.of("status", status.name()));
        return PhotoData.of(p);
    }

    /** A photo's bytes, if the current viewer may see it (published on a visible pin, or staff, or its author). */
    @Transactional(readOnly = true)
    public PhotoContent photo(long photoId) {
        ObservationPhoto p = photos.findWithObservation(photoId).orElseThrow(() -> new BusinessException("walk.photo.unknown"));
        Observation o = p.getObservation();
        boolean visible = WalkAccess.isModerator()
                || access.account().map(a -> o.isAuthoredBy(a.id())).orElse(false)
                || (p.getStatus() == PhotoStatus.PUBLISHED && visibleTo(o, access.seesInternal(o.getWalk())));
        if (!visible) {
            audit.recordRefusal(CurrentUser.actor(), "WALK_PHOTO_READ", "walk_photo", photoId, Map.of());
            throw new BusinessException("walk.photo.unknown");
        }
        String name = p.getFileName();
        return new PhotoContent(store.read(name), p.getMediaType(), "photo-" + photoId + name.substring(name.lastIndexOf('.')));
    }

    /** The pins of a walk that the current viewer may see, as the public report shows them. */
    List<ObservationData> visiblePins(Walk walk, boolean publicOnly) {
        if (!publicOnly && WalkAccess.isModerator()) {
            // staff preview the page with pending and internal pins (flagged), never the rejected ones
            return data(observations.findByWalkAndStatus(walk.getId(),
                    EnumSet.of(ModerationStatus.PENDING, ModerationStatus.PUBLISHED)), true);
        }
        boolean internal = !publicOnly && access.seesInternal(walk);
        List<Observation> published = observations.findByWalkAndStatus(walk.getId(), EnumSet.of(ModerationStatus.PUBLISHED))
                .stream().filter(o -> visibleTo(o, internal)).toList();
        return data(published, false);
    }

    /** A published pin is public unless internal; internal ones need {@code seesInternal}. */
    static boolean visibleTo(Observation o, boolean seesInternal) {
        return o.getStatus() == ModerationStatus.PUBLISHED && o.getWalk().isPublished() && (!o.isInternal() || seesInternal);
    }

    /** Pins as views get them; {@code full}: staff view (hidden text and every photo included). */
    List<ObservationData> data(Collection<Observation> list, boolean full) {
        if (list.isEmpty()) {
            return List.of();
        }
        Map<Long, List<PhotoData>> photosByPin = photos.findByObservations(list.stream().map(Observation::getId).toList())
                .stream()
                .filter(p -> full || p.getStatus() == PhotoStatus.PUBLISHED)
                .map(PhotoData::of)
                .collect(Collectors.groupingBy(PhotoData::observationId));
        Function<Observation, ObservationData> map = o -> new ObservationData(o.getId(), o.getWalk().getId(),
                o.getWalk().getTitle(), CriterionData.of(o.getCriterion()), o.getAssessment(), o.getSeverity(),
                full || !o.isTextHidden() ? o.getText() : null, o.getPoint(), o.getObservedAt(), o.getStatus(),
                o.isTextHidden(), o.isInternal(), full ? o.getModerationNote() : null,
                photosByPin.getOrDefault(o.getId(), List.of()));
        return list.stream().map(map).toList();
    }

    private void requireCapture(Walk walk) {
        if (!access.mayCapture(walk)) {
            throw refuse("WALK_CAPTURE_REFUSED", walk.getId(), "walk.capture.not-participant");
        }
    }

    private boolean acceptsNow(Walk walk) {
        WalkState s = walk.getState();
        return s == WalkState.DIAGNOSTIC || (WalkAccess.isStaff() && s.acceptsObservations());
    }

    /**
     * The signed-in person's own pins on every walk, newest first, each with whether its walk's public page is
     * online: with the pin's moderation, that tells what the public really sees of it ("Mon espace").
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<MyPin> mine() {
        List<Observation> list = access.account().map(a -> observations.findByAuthor(a.id())).orElse(List.of()).stream()
                .sorted(java.util.Comparator.comparing(Observation::getObservedAt).reversed()).toList();
        Map<Long, Boolean> walkOnline = list.stream().collect(Collectors.toMap(Observation::getId,
                o -> o.getWalk().isPublished()));
        return data(list, true).stream().map(d -> new MyPin(d, walkOnline.get(d.id()))).toList();
    }

    private BusinessException refuse(String action, long walkId, String key) {
        audit.recordRefusal(CurrentUser.actor(), action, "walk", walkId, Map.of("reason", key));
        return new BusinessException(key);
    }
}
