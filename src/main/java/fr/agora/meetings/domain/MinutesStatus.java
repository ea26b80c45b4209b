package fr.agora.meetings.domain;

/** Minutes go draft → approved → published, never skipping approval. */
public enum MinutesStatus {
    NONE, DRAFT, APPROVED, PUBLISHED
}
