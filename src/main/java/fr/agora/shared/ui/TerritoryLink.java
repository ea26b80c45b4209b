package fr.agora.shared.ui;

import java.util.List;

/**
 * What a feature offers about one territory (a quartier prioritaire), for the pages that show territories: the
 * territories page, a council's page. <b>How a feature contributes:</b> a {@code @Component} implementing
 * {@link Source} in its {@code ui} package; pages ask every source and show the links, so that no feature imports
 * another's views. Labels take the territory's name as {@code {0}}.
 *
 * @param labelKey message key of the link's text, with the territory's name as {@code {0}}
 * @param target   the page about this territory
 */
public record TerritoryLink(String labelKey, RouteTarget target) {

    /** A feature's links for territories. */
    public interface Source {

        /**
         * The links about the territory with this code (such as {@code QPV-ETOUVIE}); empty when the feature has
         * nothing there. Called while a page is built: keep it cheap.
         */
        List<TerritoryLink> linksFor(String territoryCode);
    }
}
