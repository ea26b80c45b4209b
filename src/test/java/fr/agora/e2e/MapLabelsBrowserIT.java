package fr.agora.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import fr.agora.support.AgoraBrowserTest;
import fr.agora.support.Browser;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 12, item 5: whatever the map element is given as a label (a territory renamed
 * {@code <img src=x onerror=…>}, say) is shown as text in every labelled layer — pins, markers with and without
 * colour, GeoJSON areas, popups and tooltips, and the tiles' attribution — and never runs.
 */
@AgoraBrowserTest
class MapLabelsBrowserIT {

    static final String PAYLOAD = "<img src=x onerror=\"window.__agoraXss=(window.__agoraXss||0)+1\">Étouvie";

    @LocalServerPort
    int port;

    @Test
    void labels_are_text_in_every_layer() {
        try (Browser browser = new Browser(port, 1280, 800)) {
            browser.open("/territoires");
            browser.waitFor("agora-leaflet-map .leaflet-marker-icon");
            @SuppressWarnings("unchecked")
            List<Object> shown = (List<Object>) browser.driver().executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    const payload = arguments[0];
                    const map = document.querySelector('agora-leaflet-map');
                    map.clearAll();
                    map.setTiles('data:image/png;base64,', payload);
                    map.addPin('pin', 49.89, 2.29, payload, '#336699', 'A', 'circle');
                    map.addMarker('plain', 49.891, 2.291, payload, null);
                    map.addMarker('dot', 49.892, 2.292, payload, '#993333');
                    map.addGeoJson('area', JSON.stringify({type: 'Polygon', coordinates: [[[2.28, 49.88], [2.30, 49.88],
                        [2.30, 49.90], [2.28, 49.88]]]}), '#336699', payload);
                    const texts = [];
                    for (const id of ['pin', 'plain', 'dot']) {
                      const m = map._markers.get(id);
                      m.openPopup();
                      texts.push(m.getPopup().getElement().querySelector('.leaflet-popup-content').textContent);
                      if (m.getTooltip()) {
                        m.openTooltip();
                        texts.push(m.getTooltip().getElement().textContent);
                      }
                    }
                    const area = map._layers.get('area');
                    area.openTooltip([49.89, 2.29]);
                    texts.push(area.getTooltip().getElement().textContent);
                    texts.push(map.querySelector('.leaflet-control-attribution').textContent);
                    setTimeout(() => done([texts, String(window.__agoraXss || 0),
                        map.querySelectorAll('.leaflet-popup img, .leaflet-tooltip img, .leaflet-control-attribution img').length]), 500);
                    """, PAYLOAD);
            @SuppressWarnings("unchecked")
            List<String> texts = (List<String>) shown.get(0);
            assertThat(texts).hasSize(7).allSatisfy(t -> assertThat(t).contains(PAYLOAD));
            assertThat(shown.get(1)).isEqualTo("0");
            assertThat(((Number) shown.get(2)).intValue()).isZero();
        }
    }
}
