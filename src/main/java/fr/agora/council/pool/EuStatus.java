package fr.agora.council.pool;

/** The only trace of nationality the pool keeps (DOMAIN.md: non-EU residents are favoured by the draw). */
public enum EuStatus {
    EU, NON_EU, UNKNOWN
}
