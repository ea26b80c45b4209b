package fr.agora.meetings.ui;

import fr.agora.meetings.service.MeetingService;
import fr.agora.shared.service.TerritoryData;
import fr.agora.shared.service.TerritoryService;
import fr.agora.shared.ui.RouteTarget;
import fr.agora.shared.ui.SearchResult;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** The public search finds the public meetings to come (as the public calendar lists them), by title, body and place. */
@Component
class MeetingSearch implements SearchResult.Source {

    private final MeetingService meetings;
    private final TerritoryService territories;

    MeetingSearch(MeetingService meetings, TerritoryService territories) {
        this.meetings = meetings;
        this.territories = territories;
    }

    @Override
    public List<SearchResult> search(List<String> words, Locale locale) {
        Map<Long, String> codes = territories.all().stream()
                .collect(Collectors.toMap(TerritoryData::id, TerritoryData::code, (a, b) -> a));
        return meetings.publicCalendar(null, null).stream()
                .filter(m -> m.publicMeeting())
                .filter(m -> SearchResult.matches(m.title() + " " + m.bodyName() + " " + (m.place() == null ? "" : m.place()),
                        words))
                .map(m -> new SearchResult("search.kind.meeting", m.title(), m.bodyName() + ", " + MeetingUi.when(m.startsAt()),
                        m.territoryId() == null || !codes.containsKey(m.territoryId()) ? Set.of()
                                : Set.of(codes.get(m.territoryId())),
                        RouteTarget.of(MeetingView.class, "meetingId", String.valueOf(m.id()))))
                .toList();
    }
}
