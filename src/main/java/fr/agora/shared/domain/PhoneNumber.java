package fr.agora.shared.domain;

import java.util.regex.Pattern;

/** A pragmatic phone number check: digits with spaces, dots or dashes, an optional leading +, 6 to 20 characters. */
public final class PhoneNumber {

    private static final Pattern SYNTAX = Pattern.compile("\\+?[0-9 .\\-]{6,20}");

    private PhoneNumber() {
    }

    /** Whether {@code phone}, once stripped of surrounding blanks, looks like a phone number. */
    public static boolean isValid(String phone) {
        return phone != null && SYNTAX.matcher(phone.strip()).matches();
    }
}
