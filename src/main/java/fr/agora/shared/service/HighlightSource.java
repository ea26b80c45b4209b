package fr.agora.shared.service;

import java.util.List;
import java.util.Locale;

/**
 * A feature's contribution to the home page's "now open" list. Features provide beans of this type, so the shared
 * home page lists them without depending on any feature.
 */
public interface HighlightSource {

    /** What is open now, in the reader's language, most urgent first. */
    List<Highlight> highlights(Locale locale);
}
