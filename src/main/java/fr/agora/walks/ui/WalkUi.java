package fr.agora.walks.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import fr.agora.shared.domain.BusinessException;
import fr.agora.shared.domain.GeoPoint;
import fr.agora.shared.ui.map.LeafletMap;
import fr.agora.walks.domain.Assessment;
import fr.agora.walks.service.CriterionData;
import fr.agora.walks.service.ObservationData;
import fr.agora.walks.service.ObservationService;
import fr.agora.walks.service.PhotoContent;
import fr.agora.walks.service.PhotoData;
import fr.agora.walks.service.WalkSummary;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/** What the walks' views share: labels, pins on a map, the legend, photos. */
final class WalkUi {

    /** The route's colour on maps. */
    static final String ROUTE_COLOUR = "#1a5fb4";
    /** How much of a pin's text its marker label carries. */
    static final int LABEL_TEXT = 160;

    private WalkUi() {
    }

    static String date(Component c, LocalDate date) {
        return date == null ? "" : fr.agora.shared.ui.Dates.longDate(date, locale());
    }

    static String theme(Component c, WalkSummary w) {
        String label = c.getTranslation("walk.theme." + w.theme().name());
        return w.themeOther() == null ? label : label + " : " + w.themeOther();
    }

    /** A pin's text for its popup, tooltip and accessible name: symbol, criterion, assessment, severity, text. */
    static String pinLabel(Component c, ObservationData p) {
        String text = p.text() == null ? c.getTranslation("walk.public.text-hidden") : p.text();
        // the full text is in the findings list; the marker carries the start of it
        if (text.length() > LABEL_TEXT) {
            text = text.substring(0, LABEL_TEXT).strip() + "…";
        }
        return c.getTranslation("walk.pin.label", p.id(), p.criterion().label(locale()),
                c.getTranslation("walk.assessment." + p.assessment().name()), p.severity(), text);
    }

    /** Assets are circles, weaknesses diamonds: the shape and the symbol carry the meaning, not only the colour. */
    static LeafletMap.PinShape shape(Assessment a) {
        return a == Assessment.ASSET ? LeafletMap.PinShape.CIRCLE : LeafletMap.PinShape.DIAMOND;
    }

    static void showPins(LeafletMap map, Collection<ObservationData> pins) {
        for (ObservationData p : pins) {
            map.addPin(p.point(), pinLabel(map, p), p.criterion().colour(), p.criterion().symbol(), shape(p.assessment()));
        }
    }

    static void showRoute(LeafletMap map, List<GeoPoint> route) {
        if (route.size() >= 2) {
            map.addGeoJson("route", fr.agora.walks.domain.RouteLine.toGeoJson(route), ROUTE_COLOUR,
                    map.getTranslation("walk.route.label"));
        }
    }

    /** The legend: each criterion's symbol and label, then the two shapes. Readable without colours. */
    static UnorderedList legend(Component c, List<CriterionData> criteria) {
        UnorderedList list = new UnorderedList();
        list.addClassName("agora-legend");
        for (CriterionData k : criteria) {
            Span swatch = new Span(new Span(k.symbol()));
            swatch.addClassName("agora-legend-swatch");
            swatch.getStyle().set("background-color", k.colour());
            swatch.getElement().setAttribute("aria-hidden", "true");
            list.add(new ListItem(swatch, new Span(c.getTranslation("walk.legend.criterion", k.symbol(), k.label(locale())))));
        }
        for (Assessment a : Assessment.values()) {
            Span swatch = new Span(new Span(""));
            swatch.addClassNames("agora-legend-swatch", shape(a) == LeafletMap.PinShape.DIAMOND ? "diamond" : "circle");
            swatch.getStyle().set("background-color", "#555555");
            swatch.getElement().setAttribute("aria-hidden", "true");
            list.add(new ListItem(swatch, new Span(c.getTranslation("walk.legend.shape." + a.name()))));
        }
        return list;
    }

    /** A photo served through the service, which checks again that the viewer may see it. */
    static Image photo(Component c, ObservationService observations, PhotoData photo, int index) {
        long id = photo.id();
        Image image = new Image(DownloadHandler.fromInputStream(event -> {
            try {
                PhotoContent content = observations.photo(id);
                return new DownloadResponse(new ByteArrayInputStream(content.bytes()), content.fileName(), content.mediaType(),
                        content.bytes().length);
            } catch (BusinessException e) {
                return DownloadResponse.error(404);
            }
        }).inline(), c.getTranslation("walk.photo.alt", index, photo.observationId()));
        image.addClassName("agora-photo");
        image.getElement().setAttribute("loading", "lazy");
        image.setWidth(photo.width() + "px");
        image.getStyle().set("height", "auto");
        return image;
    }

    /** The current UI's locale (French when there is no UI). */
    static Locale locale() {
        com.vaadin.flow.component.UI ui = com.vaadin.flow.component.UI.getCurrent();
        return ui == null ? Locale.FRENCH : ui.getLocale();
    }
}
