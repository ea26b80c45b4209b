package fr.agora.council.pool;

import java.time.LocalDate;

/**
 * A valid row, before deduplication and minimisation. It lives only during the import: the birth date and the raw
 * address serve to recognise the same person across sources and to compute the age band.
 */
public record PersonRecord(PoolSource source, String file, int line, String lastName, String firstName,
        LocalDate birthDate, Sex sex, String address, String postcode, String city, EuStatus eu, String subArea,
        String email, String phone) {
}
