package fr.agora.shared.notify;

import java.util.Objects;

/**
 * What a notification is about. A topic is either one thing ({@code QUARTIER:QPV-ETOUVIE}, {@code COUNCIL:12},
 * {@code PROPOSAL:42}) or, with the key {@value #FOLLOWED}, "every one of this kind that I follow" (the proposals I
 * follow, the walks I took part in): such a subscription receives a notice only when the feature names the person
 * among its followers ({@link Notice#followers()}).
 *
 * @param kind what kind of thing
 * @param key  its code or id, or {@value #FOLLOWED}
 */
public record Topic(Kind kind, String key) {

    /** The key of "the ones I follow". */
    public static final String FOLLOWED = "*";

    /** The kinds of topics. */
    public enum Kind {
        /** A quartier's news (key: the territory's code). */
        QUARTIER,
        /** A conseil citoyen's news (key: its id). */
        COUNCIL,
        /** A budget proposal (key: its id). */
        PROPOSAL,
        /** A marche exploratoire (key: its id). */
        WALK
    }

    public Topic {
        Objects.requireNonNull(kind, "kind");
        if (key == null || key.isBlank() || key.length() > 80 || !key.matches("[A-Za-z0-9_\\-*]+")) {
            throw new IllegalArgumentException("Clé de sujet invalide : " + key);
        }
    }

    public static Topic quartier(String territoryCode) {
        return new Topic(Kind.QUARTIER, territoryCode);
    }

    public static Topic council(long councilId) {
        return new Topic(Kind.COUNCIL, Long.toString(councilId));
    }

    public static Topic proposal(long proposalId) {
        return new Topic(Kind.PROPOSAL, Long.toString(proposalId));
    }

    public static Topic walk(long walkId) {
        return new Topic(Kind.WALK, Long.toString(walkId));
    }

    /** "Every one of this kind that I follow". */
    public static Topic followed(Kind kind) {
        return new Topic(kind, FOLLOWED);
    }

    public boolean isFollowed() {
        return FOLLOWED.equals(key);
    }

    /** Its stored form, {@code KIND:key}. */
    public String asString() {
        return kind.name() + ":" + key;
    }

    /** The topic stored as {@code KIND:key}. */
    public static Topic parse(String stored) {
        int colon = stored.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("Sujet invalide : " + stored);
        }
        return new Topic(Kind.valueOf(stored.substring(0, colon)), stored.substring(colon + 1));
    }

    @Override
    public String toString() {
        return asString();
    }
}
