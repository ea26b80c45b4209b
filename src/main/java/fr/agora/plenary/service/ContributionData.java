package fr.agora.plenary.service;

import java.time.LocalDate;
import java.util.List;

/** A conseil's contribution with its published comments (and, for moderators, the pending ones). */
public record ContributionData(long id, long councilId, String councilName, String title, String body,
        boolean approved, LocalDate approvedOn, List<CommentData> comments) {

    public record CommentData(long id, String author, String body, String status) {
    }
}
