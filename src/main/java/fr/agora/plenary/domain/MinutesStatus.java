package fr.agora.plenary.domain;

/** The plenary's minutes, by the meetings' rules: draft, approved (with its date), then published. */
public enum MinutesStatus {
    NONE, DRAFT, APPROVED, PUBLISHED
}
