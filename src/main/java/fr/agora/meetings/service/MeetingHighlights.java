package fr.agora.meetings.service;

import fr.agora.meetings.domain.Meeting;
import fr.agora.meetings.domain.MeetingRepository;
import fr.agora.shared.service.AccountService;
import fr.agora.shared.service.TerritoryData;
import fr.agora.shared.service.TerritoryService;
import fr.agora.shared.service.BundleTexts;
import fr.agora.shared.service.CurrentUser;
import fr.agora.shared.service.Highlight;
import fr.agora.shared.service.HighlightSource;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The home page's "En ce moment": the next public meetings of the coming two weeks, those near the signed-in
 * resident's quartier first (same territory, then same secteur).
 */
@Component
class MeetingHighlights implements HighlightSource {

    static final int SHOWN = 3;

    private final MeetingRepository meetings;
    private final AccountService accounts;
    private final TerritoryService territories;
    private final Clock clock;

    MeetingHighlights(MeetingRepository meetings, AccountService accounts, TerritoryService territories, Clock clock) {
        this.meetings = meetings;
        this.accounts = accounts;
        this.territories = territories;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Highlight> highlights(Locale locale) {
        Instant now = clock.instant();
        List<Meeting> next = meetings.findPublicBetween(now, now.plusSeconds(14L * 86400)).stream()
                .filter(m -> m.getStatus() == fr.agora.meetings.domain.MeetingStatus.PLANNED).toList();
        if (next.isEmpty()) {
            return List.of();
        }
        List<TerritoryData> all = territories.all();
        Long homeId = homeQuartier();
        Long homeSecteur = homeId == null ? null : parent(all, homeId);
        BundleTexts t = new BundleTexts("meetings", locale);
        return next.stream().sorted(Comparator.comparingInt((Meeting m) -> nearness(all, m, homeId, homeSecteur))
                        .thenComparing(Meeting::getStartsAt)).limit(SHOWN)
                .map(m -> new Highlight(t.get("meetings.highlight", m.getTitle(), m.getBody().getName()),
                        Paris.shown(m.getStartsAt(), locale), "reunions/" + m.getId()))
                .toList();
    }

    private static Long parent(List<TerritoryData> all, long id) {
        return all.stream().filter(t -> t.id() == id).findFirst().map(TerritoryData::parentId).orElse(null);
    }

    private static int nearness(List<TerritoryData> all, Meeting m, Long homeId, Long homeSecteur) {
        Long territory = m.getBody().getTerritoryId();
        if (homeId == null || territory == null) {
            return 2;
        }
        if (territory.equals(homeId)) {
            return 0;
        }
        Long secteur = parent(all, territory);
        return homeSecteur != null && Objects.equals(secteur, homeSecteur) ? 1 : 2;
    }

    /** The signed-in person's quartier; none for a visitor or a session without an account behind it. */
    private Long homeQuartier() {
        if (CurrentUser.email().isEmpty()) {
            return null;
        }
        try {
            return accounts.myProfile().quartierId();
        } catch (fr.agora.shared.domain.BusinessException noAccount) {
            return null; // the account was deleted meanwhile: the home page still opens
        }
    }
}
