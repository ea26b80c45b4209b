package fr.agora.council.pool;

import java.util.List;

/**
 * What a column of a pool file can hold. The import maps file columns to these fields; the first five are
 * required. Birth date and nationality are read only to derive the age band and the EU/non-EU flag, and to
 * recognise the same person across sources: they are never stored.
 */
public enum PoolField {
    LAST_NAME(true, "nom", "nom de famille", "nom d'usage", "last name", "surname", "lastname"),
    FIRST_NAME(true, "prenom", "prenoms", "first name", "firstname", "given name"),
    BIRTH_DATE(true, "date de naissance", "naissance", "date naissance", "ne le", "birth date", "birthdate",
            "date of birth", "dob"),
    SEX(true, "sexe", "genre", "civilite", "sex", "gender"),
    ADDRESS(true, "adresse", "adresse postale", "voie", "address", "street"),
    POSTCODE(false, "code postal", "cp", "postcode", "zip"),
    CITY(false, "ville", "commune", "city", "town"),
    NATIONALITY(false, "nationalite", "pays de nationalite", "nationality", "citizenship"),
    SUB_AREA(false, "sous-quartier", "sous quartier", "secteur", "ilot", "iris", "sub-area", "sub area", "area"),
    EMAIL(false, "email", "e-mail", "courriel", "mail", "adresse electronique"),
    PHONE(false, "telephone", "tel", "portable", "mobile", "phone");

    private final boolean required;
    private final List<String> headerNames;

    PoolField(boolean required, String... headerNames) {
        this.required = required;
        this.headerNames = List.of(headerNames);
    }

    /** Whether every import must map this field. */
    public boolean required() {
        return required;
    }

    /** Normalised header names recognised when the mapping is guessed. */
    List<String> headerNames() {
        return headerNames;
    }

    /** The message key of the field's label. */
    public String labelKey() {
        return "pool.field." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
