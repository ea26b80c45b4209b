package fr.agora.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.textfield.PasswordField;

/**
 * The password fields' "show password" button speaks the page's language (the web component's own name for it is
 * English, "Show password", and Flow's {@code PasswordFieldI18n} does not cover it).
 */
final class PasswordReveal {

    private PasswordReveal() {
    }

    /** Names the reveal button of every password field in {@code root}. */
    static void localise(Component root) {
        if (root instanceof PasswordField field) {
            field.getElement().executeJs("this.i18n = Object.assign({}, this.i18n, {reveal: $0});",
                    field.getTranslation("password.reveal"));
        }
        root.getChildren().forEach(PasswordReveal::localise);
    }
}
