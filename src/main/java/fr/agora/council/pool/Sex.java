package fr.agora.council.pool;

/**
 * Sex as the sources record it. Civil registers know F and M; a volunteer may decline to say ({@link #UNSTATED}),
 * which the draw treats as its own category outside the parity quota.
 */
public enum Sex {
    FEMALE, MALE, UNSTATED;

    /** Reads the usual spellings (F, Femme, Mme, 2; M, H, Homme, M., 1; X, autre, non précisé), else null. */
    static Sex parse(String value) {
        return switch (Text.fold(value)) {
            case "f", "femme", "feminin", "mme", "madame", "mlle", "2", "female", "woman", "w" -> FEMALE;
            case "m", "h", "homme", "masculin", "monsieur", "1", "male", "man" -> MALE;
            case "x", "autre", "non precise", "non renseigne", "nsp", "other", "unstated" -> UNSTATED;
            default -> null;
        };
    }
}
