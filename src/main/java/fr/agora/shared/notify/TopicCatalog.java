package fr.agora.shared.notify;

import java.util.List;
import java.util.Locale;

/**
 * Topics a person may pick from a list in their notification preferences, from the feature that owns them (the
 * councils). <b>How a feature contributes:</b> a {@code @Component} implementing this interface; quartiers and "the
 * ones I follow" are offered by the preferences page itself.
 */
public interface TopicCatalog {

    /** The kind of topic this catalog lists. */
    Topic.Kind kind();

    /** The topics, with the name a person recognises, in {@code locale}. */
    List<Choice> choices(Locale locale);

    /**
     * One topic and its name.
     *
     * @param topic the topic
     * @param label its name, such as "Conseil citoyen d'Etouvie"
     */
    record Choice(Topic topic, String label) {
    }
}
