package fr.agora.walks.service;

import fr.agora.walks.domain.TimeOfDay;
import fr.agora.walks.domain.Walk;
import fr.agora.walks.domain.WalkState;
import fr.agora.walks.domain.WalkTheme;
import java.time.LocalDate;

/** A walk in a list. */
public record WalkSummary(long id, String title, String territoryCode, String territoryName, WalkTheme theme,
        String themeOther, LocalDate date, TimeOfDay timeOfDay, WalkState state, boolean published) {

    static WalkSummary of(Walk w) {
        return new WalkSummary(w.getId(), w.getTitle(), w.getTerritory().getCode(), w.getTerritory().getName(), w.getTheme(),
                w.getThemeOther(), w.getDate(), w.getTimeOfDay(), w.getState(), w.isPublished());
    }
}
