package fr.agora.meetings.service;

import fr.agora.meetings.domain.Avis;
import fr.agora.meetings.domain.AvisRepository;
import fr.agora.meetings.domain.Contribution;
import fr.agora.meetings.domain.ContributionRepository;
import fr.agora.meetings.domain.FeedToken;
import fr.agora.meetings.domain.FeedTokenRepository;
import fr.agora.shared.service.PersonalData;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The meetings' part of a person's data: contributions to meetings, avis and comments on chantiers, private calendar
 * feeds. Erasure detaches the author from contributions and avis (their text stays in the record of the meeting or
 * consultation) and revokes the feeds. Attendance and answers belong to the council's or comité's membership, which
 * those modules hold.
 */
@Component
class MeetingsPersonalData implements PersonalData {

    private final ContributionRepository contributions;
    private final AvisRepository avis;
    private final FeedTokenRepository feeds;
    private final Clock clock;

    MeetingsPersonalData(ContributionRepository contributions, AvisRepository avis, FeedTokenRepository feeds, Clock clock) {
        this.contributions = contributions;
        this.avis = avis;
        this.feeds = feeds;
        this.clock = clock;
    }

    @Override
    public String key() {
        return "meetings";
    }

    @Override
    public Map<String, Object> export(Person person) {
        Map<String, Object> result = new LinkedHashMap<>();
        List<Contribution> mine = contributions.findByAuthor(person.email());
        if (!mine.isEmpty()) {
            result.put("contributions", mine.stream().map(c -> Map.of("meeting", c.getMeeting().getTitle(),
                    "title", c.getTitle(), "text", c.getBody(), "status", c.getStatus().name(),
                    "submittedAt", c.getSubmittedAt().toString())).toList());
        }
        List<Avis> given = avis.findByAuthor(person.email());
        if (!given.isEmpty()) {
            result.put("avis", given.stream().map(a -> Map.of("chantier", a.getChantier().getTitle(),
                    "kind", a.getKind().name(), "text", a.getBody(), "status", a.getStatus().name(),
                    "submittedAt", a.getSubmittedAt().toString())).toList());
        }
        List<FeedToken> tokens = feeds.findByOwner(person.email());
        if (!tokens.isEmpty()) {
            result.put("calendarFeeds", tokens.stream().map(t -> Map.of("body", t.getBody().getName(),
                    "active", t.isActive(), "createdAt", t.getCreatedAt().toString())).toList());
        }
        return result;
    }

    @Override
    public void erase(Person person) {
        contributions.findByAuthor(person.email()).forEach(Contribution::anonymise);
        avis.findByAuthor(person.email()).forEach(Avis::anonymise);
        feeds.findByOwner(person.email()).forEach(t -> t.revoke(clock.instant()));
    }
}
