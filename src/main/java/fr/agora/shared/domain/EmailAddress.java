package fr.agora.shared.domain;

import java.util.Locale;
import java.util.regex.Pattern;

/** E-mail normalisation and a pragmatic syntax check (the verification mail is the real check). */
public final class EmailAddress {

    private static final Pattern SYNTAX = Pattern.compile(
            "^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$");

    private EmailAddress() {
    }

    /** Trims and lower-cases an address; {@code null} stays {@code null}. */
    public static String normalise(String email) {
        return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    public static boolean isValid(String email) {
        return email != null && email.length() <= 254 && SYNTAX.matcher(email).matches();
    }
}
