package fr.agora.walks.service;

import fr.agora.walks.domain.RecommendationStatus;
import java.time.LocalDate;
import java.util.List;

/** A recommendation with its linked pins and history. {@code overdue}: open and past its due date. */
public record RecommendationData(long id, long walkId, String walkTitle, String title, String body, String addressee,
        LocalDate dueDate, RecommendationStatus status, String refusalReason, List<Long> observationIds,
        List<HistoryData> history, boolean overdue) {
}
