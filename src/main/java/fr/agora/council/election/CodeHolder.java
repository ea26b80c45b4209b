package fr.agora.council.election;

/** Who holds a one-time voting code of an association election (see {@link ElectorateRule}). */
public enum CodeHolder {
    ASSOCIATION,
    TITULAIRE,
    SUPPLEANT;

    /** The subject of a registry line in the voting core: the candidacy and the holder. */
    public String subject(long candidacyId) {
        return "candidacy:" + candidacyId + ":" + name();
    }

    /** The candidacy id of a subject written by {@link #subject}. */
    public static long candidacyOf(String subject) {
        return Long.parseLong(subject.split(":")[1]);
    }

    /** The holder of a subject written by {@link #subject}. */
    public static CodeHolder holderOf(String subject) {
        return valueOf(subject.split(":")[2]);
    }
}
