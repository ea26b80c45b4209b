package fr.agora.walks.service;

import fr.agora.walks.domain.Verdict;
import java.time.Instant;

/** What a revisit walk found about a recommendation of an earlier walk. */
public record EvaluationData(long recommendationId, String recommendationTitle, Verdict verdict, String comment,
        Instant evaluatedAt, long revisitWalkId, String revisitTitle) {
}
