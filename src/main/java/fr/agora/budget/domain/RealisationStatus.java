package fr.agora.budget.domain;

/** Where the carrying-out of a winning project stands. */
public enum RealisationStatus {
    EN_ETUDE, EN_TRAVAUX, REALISE, ABANDONNE;

    /** Réalisé and abandonné are final. */
    public boolean isFinal() {
        return this == REALISE || this == ABANDONNE;
    }
}
