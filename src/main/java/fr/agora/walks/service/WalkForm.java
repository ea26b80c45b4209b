package fr.agora.walks.service;

import fr.agora.walks.domain.GroupComposition;
import fr.agora.walks.domain.GroupType;
import fr.agora.walks.domain.TimeOfDay;
import fr.agora.walks.domain.WalkPartner;
import fr.agora.walks.domain.WalkTheme;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** What staff enter to create or update a walk. */
public record WalkForm(String title, Long territoryId, WalkTheme theme, String themeOther, String organiser,
        LocalDate date, LocalTime startTime, TimeOfDay timeOfDay, GroupType groupType, GroupComposition group,
        List<WalkPartner> partners, Long revisitOfId) {
}
