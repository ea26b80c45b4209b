package fr.agora.meetings.service;

import fr.agora.meetings.domain.FeedToken;
import fr.agora.meetings.domain.FeedTokenRepository;
import fr.agora.meetings.domain.Meeting;
import fr.agora.meetings.domain.MeetingBody;
import fr.agora.meetings.domain.MeetingRepository;
import fr.agora.shared.domain.BusinessException;
import fr.agora.shared.service.AuditService;
import fr.agora.shared.service.CurrentUser;
import fr.agora.shared.service.Hashes;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Calendar feeds: the public feed of public meetings (filterable like the public calendar), and private feeds, one
 * per body (for its managers) or per member and body, reached by a secret URL that calendar apps subscribe to.
 * Only the token's SHA-256 is stored; making a new one revokes the previous one of the same kind.
 */
@Service
public class CalendarFeedService {

    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final MeetingRepository meetings;
    private final FeedTokenRepository tokens;
    private final Bodies bodies;
    private final AuditService audit;
    private final Clock clock;
    private final String publicUrl;

    CalendarFeedService(MeetingRepository meetings, FeedTokenRepository tokens, Bodies bodies, AuditService audit,
            Clock clock, @Value("${agora.public-url}") String publicUrl) {
        this.meetings = meetings;
        this.tokens = tokens;
        this.bodies = bodies;
        this.audit = audit;
        this.clock = clock;
        this.publicUrl = publicUrl;
    }

    /** The public feed: public meetings from 90 days back to two years ahead, of a territory or a body if given. */
    @Transactional(readOnly = true)
    public String publicFeed(Long territoryId, String bodyKey) {
        Instant now = clock.instant();
        List<IcsWriter.Event> events = meetings.findPublicBetween(now.minusSeconds(90L * 86400), now.plusSeconds(731L * 86400))
                .stream().filter(m -> territoryId == null || territoryId.equals(m.getBody().getTerritoryId()))
                .filter(m -> bodyKey == null || bodyKey.equals(m.getBody().getBodyKey()))
                .map(m -> MeetingService.event(m, publicUrl)).toList();
        return IcsWriter.calendar("Agora — réunions publiques", events, now);
    }

    /** A private feed by its secret token; empty when the token is unknown or revoked. */
    @Transactional(readOnly = true)
    public Optional<String> privateFeed(String token) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            return Optional.empty();
        }
        return tokens.findActive(Hashes.sha256Hex(token)).map(t -> {
            MeetingBody body = t.getBody();
            Instant now = clock.instant();
            List<IcsWriter.Event> events = meetings.findOfBodiesBetween(List.of(body.getId()),
                    now.minusSeconds(366L * 86400), now.plusSeconds(731L * 86400)).stream()
                    .map((Meeting m) -> MeetingService.event(m, publicUrl)).toList();
            return IcsWriter.calendar(body.getName(), events, now);
        });
    }

    /**
     * A new private feed URL for a body: the member's own feed when {@code personal} (refused when not a member), or
     * the body's feed for its managers. The previous URL of the same owner, body and kind stops working.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public FeedLink create(String bodyKey, boolean personal) {
        MeetingBody body = bodies.ensure(bodyKey);
        String email = CurrentUser.email().orElseThrow();
        String memberKey = null;
        if (personal) {
            memberKey = bodies.memberByEmail(body, email).map(MemberData::key)
                    .orElseThrow(() -> new BusinessException("meetings.error.not-member"));
        } else {
            bodies.checkManage(body, "MEETING_FEED_CREATE", bodyKey);
        }
        String key = memberKey;
        tokens.findActiveOf(email).stream().filter(t -> t.getBody().getId().equals(body.getId())
                && java.util.Objects.equals(t.getMemberKey(), key)).forEach(t -> t.revoke(clock.instant()));
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        FeedToken t = tokens.save(new FeedToken(body, memberKey, email, Hashes.sha256Hex(token), clock.instant()));
        audit.record("MEETING_FEED_CREATED", "meeting_body", body.getId(), Map.of("feed", t.getId(), "personal", personal));
        return new FeedLink(t.getId(), body.getName(), personal, publicUrl + "/ical/prive/" + token + ".ics");
    }

    /** The signed-in person's active feeds (without their URL, which is not kept). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<FeedLink> mine() {
        return tokens.findActiveOf(CurrentUser.email().orElseThrow()).stream()
                .map(t -> new FeedLink(t.getId(), t.getBody().getName(), t.getMemberKey() != null, null)).toList();
    }

    /** Revokes one of the signed-in person's feeds. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void revoke(long feedId) {
        FeedToken t = tokens.findById(feedId).filter(x -> x.getOwnerEmail().equals(CurrentUser.email().orElse("")))
                .orElseThrow(() -> new BusinessException("meetings.error.unknown"));
        t.revoke(clock.instant());
        audit.record("MEETING_FEED_REVOKED", "meeting_body", t.getBody().getId(), Map.of("feed", feedId));
    }
}
