package fr.agora.shared.ui;

/**
 * One of the home page's process cards ("Conseils citoyens", "Marches exploratoires"...), shown only when the
 * feature exists, as a link to its entry page. <b>How a feature contributes:</b> declare one {@code @Bean} of this
 * type in its {@code ui} package; {@link HomeView} shows the cards sorted by {@link #order()} (same ranges as
 * {@link NavigationEntry}).
 *
 * @param titleKey message key of the card's title
 * @param textKey  message key of its one-sentence description
 * @param target   the feature's entry page
 * @param order    position (lower first)
 */
public record ProcessCard(String titleKey, String textKey, RouteTarget target, int order) {
}
