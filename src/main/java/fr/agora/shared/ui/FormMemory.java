package fr.agora.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.server.VaadinSession;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Keeps a half-filled form across a language switch: the switch reloads the page so that every text follows, and
 * the fields of the new page (matched by id, on the same address) get back what the person had typed. Passwords
 * are never kept.
 */
final class FormMemory {

    private static final String KEY = "agora.form-memory";

    private FormMemory() {
    }

    private record Memory(String path, Map<String, Object> values) {
    }

    /** Remembers the filled fields of the UI's current view. */
    static void remember(UI ui) {
        VaadinSession session = VaadinSession.getCurrent();
        if (session == null) {
            return;
        }
        Map<String, Object> values = new HashMap<>();
        walk(ui, c -> {
            if (c instanceof HasValue<?, ?> field && !(c instanceof PasswordField) && c.getId().isPresent()
                    && !field.isEmpty() && !field.isReadOnly()) {
                values.put(c.getId().get(), field.getValue());
            }
        });
        session.setAttribute(KEY, values.isEmpty() ? null : new Memory(path(ui), values));
    }

    /**
     * Gives the remembered values back to the fields of {@code view}, if {@code path} (the address just navigated to)
     * is the page they were typed on.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static void restore(Component view, String path) {
        VaadinSession session = VaadinSession.getCurrent();
        if (session == null || !(session.getAttribute(KEY) instanceof Memory memory)) {
            return;
        }
        if (!memory.path().equals(path)) {
            return; // another page: kept for the form's page, which the reload is about to show
        }
        session.setAttribute(KEY, null);
        walk(view, c -> {
            Object value = c.getId().map(memory.values()::get).orElse(null);
            if (value != null && c instanceof HasValue field && !(c instanceof PasswordField)) {
                try {
                    field.setValue(value);
                } catch (RuntimeException e) {
                    // a field whose items changed meanwhile: it stays empty
                }
            }
        });
    }

    private static String path(UI ui) {
        return ui.getInternals().getActiveViewLocation().getPathWithQueryParameters();
    }

    private static void walk(Component root, Consumer<Component> action) {
        action.accept(root);
        root.getChildren().forEach(c -> walk(c, action));
    }
}
