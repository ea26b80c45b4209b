package fr.agora.plenary.domain;

/** What a representative represents their conseil at: a collège of the plenary, or the comité opérationnel de suivi. */
public enum Representation {
    HABITANTS(3),
    ASSOCIATIONS(3),
    /** The comité opérationnel de suivi du contrat de ville: one per conseil. */
    COMOP(1);

    private final int seats;

    Representation(int seats) {
        this.seats = seats;
    }

    /** How many representatives each conseil designates. */
    public int seats() {
        return seats;
    }

    /** Whether it is a collège of the plenary (its representatives are invited). */
    public boolean invited() {
        return this != COMOP;
    }
}
