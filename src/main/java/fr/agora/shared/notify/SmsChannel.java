package fr.agora.shared.notify;

/**
 * The SMS channel, designed for but not in service: the only implementation logs that an SMS would have left, with
 * the number masked ({@link #mask(String)}), and sends nothing. A real gateway would implement this interface and
 * be chosen by configuration; its subscriptions would use the channel {@code SMS} of the same preferences.
 */
public interface SmsChannel {

    /**
     * Hands a short text to the channel.
     *
     * @return true when it really left (never, for now)
     */
    boolean send(String phoneNumber, String text);

    /** A phone number as logs may show it: only its last two digits, every other digit replaced by {@code •}. */
    static String mask(String phoneNumber) {
        if (phoneNumber == null) {
            return "";
        }
        String digits = phoneNumber.replaceAll("[^0-9]", "");
        if (digits.length() <= 2) {
            return "•".repeat(digits.length());
        }
        return "•".repeat(digits.length() - 2) + digits.substring(digits.length() - 2);
    }
}
