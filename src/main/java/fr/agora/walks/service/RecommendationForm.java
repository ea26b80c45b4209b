package fr.agora.walks.service;

import java.time.LocalDate;
import java.util.Set;

/** What staff enter for a recommendation: wording, addressee organisation, due date, linked pins. */
public record RecommendationForm(String title, String body, String addressee, LocalDate dueDate, Set<Long> observationIds) {
}
