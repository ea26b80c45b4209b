package fr.agora.council.pool;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * A person of the draw pool, minimised: what stratification needs (sex, age band, EU/non-EU, sub-area), what
 * contacting them needs (name, postal address, e-mail, phone), and the sources they were found in. No birth date,
 * no nationality. {@code personKey} recognises the same person in a later import without keeping the birth date:
 * it is a keyed hash (HMAC-SHA-256 with the pool's own secret) of the normalised name, birth date and address.
 */
public record PoolEntry(String personKey, String lastName, String firstName, Sex sex, String ageBand, EuStatus eu,
        String subArea, String postalAddress, String email, String phone, Set<PoolSource> sources) {

    public PoolEntry {
        sources = Collections.unmodifiableSet(sources.isEmpty() ? EnumSet.noneOf(PoolSource.class) : EnumSet.copyOf(sources));
    }

    /** The name shown to the draw operator. */
    public String displayName() {
        return firstName + " " + lastName;
    }
}
