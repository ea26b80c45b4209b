package fr.agora.shared.domain;

import java.util.Arrays;

/**
 * A refused request, such as a duplicate e-mail or an invalid token. Carries a message key from the
 * {@code vaadin-i18n/translations} bundles and its arguments, so that the UI says it in the user's language.
 */
public class BusinessException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] args;

    public BusinessException(String messageKey, Object... args) {
        super(messageKey + (args.length == 0 ? "" : " " + Arrays.toString(args)));
        this.messageKey = messageKey;
        this.args = args.clone();
    }

    public String getMessageKey() {
        return messageKey;
    }

    public Object[] getArgs() {
        return args.clone();
    }
}
