package fr.agora.walks.domain;

/** What a revisit walk found where a recommendation applied. */
public enum Verdict {
    IMPROVED,
    UNCHANGED,
    WORSE
}
