package fr.agora.council.service;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Calls for candidacies: the rules the sources leave open, as settings (see {@code docs/council-settings.md}).
 *
 * @param minimumAge    the default minimum age of a resident candidate on the campaign's closing day (16); each
 *                      campaign may set its own between 11 and 25
 * @param noticeVersion the version of the processing notice a candidate consents to
 * @param retentionDays days after a residents' call closes before its candidacies' personal data are erased (180):
 *                      long enough for the draw, its answers and replacements
 */
@ConfigurationProperties(prefix = "agora.council.candidacy")
public record CandidacySettings(Integer minimumAge, String noticeVersion, Integer retentionDays) {

    public CandidacySettings {
        retentionDays = retentionDays == null ? 180 : retentionDays;
        minimumAge = minimumAge == null ? 16 : minimumAge;
        noticeVersion = noticeVersion == null || noticeVersion.isBlank() ? "candidature-2026-12" : noticeVersion;
    }
}
