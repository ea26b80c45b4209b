package fr.agora.shared.ui;

import java.util.List;

/**
 * A feature's section of "Mon espace", the signed-in person's page: what concerns them now in that feature (their
 * candidacies, the walks they capture on, a vote they have not cast...). <b>How a feature contributes:</b> a
 * {@code @Component} implementing this interface in its {@code ui} package, asking its own services for the
 * signed-in person's data; {@link MySpaceView} shows the non-empty sections sorted by {@link #order()}.
 */
public interface MySpaceSection {

    /** Message key of the section's heading. */
    String titleKey();

    /** Position (same ranges as {@link NavigationEntry}). */
    int order();

    /** The signed-in person's items, already in the reader's language; empty hides the section. */
    List<Item> items(java.util.Locale locale);

    /**
     * One line of a section.
     *
     * @param text   what it is
     * @param detail a state or a date, may be empty
     * @param target where to act on it
     */
    record Item(String text, String detail, RouteTarget target) {
    }
}
