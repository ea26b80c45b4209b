package fr.agora.walks.service;

import fr.agora.support.As;

import static fr.agora.walks.service.WalkFixtures.STAFF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import fr.agora.shared.domain.GeoPoint;
import fr.agora.shared.domain.Role;
import fr.agora.support.AgoraSpringTest;
import fr.agora.walks.domain.RecommendationStatus;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The exports carry the public content only: no internal pin, no hidden text, no participant. */
@AgoraSpringTest
class WalkExportServiceTest {

    @Autowired
    WalkFixtures fx;
    @Autowired
    WalkExportService exports;
    @Autowired
    WalkService walks;
    @Autowired
    RecommendationService recommendations;

    long walk;
    ObservationData formula;

    @BeforeEach
    void walkWithPins() {
        fx.accounts();
        walk = fx.walk("Export");
        As.user(STAFF, () -> walks.setRoute(walk, List.of(new GeoPoint(49.905, 2.244), new GeoPoint(49.906, 2.246))), Role.Names.STAFF);
        fx.publishWalk(walk);
        formula = fx.capture(walk, "=HYPERLINK(\"http://x\";\"clic\") trottoir défoncé");
        fx.publish(formula.id(), false, false);
        fx.publish(fx.capture(walk, "Caméra cassée près du hall B").id(), true, false);
        fx.publish(fx.capture(walk, "Nom d'un voisin").id(), false, true);
        RecommendationData r = As.user(STAFF, () -> recommendations.create(walk, new RecommendationForm("Refaire le trottoir",
                "Trottoir à reprendre rue des Lilas", WalkFixtures.PARTNER_ORG, null, Set.of(formula.id()))), Role.Names.STAFF);
        As.user(STAFF, () -> recommendations.changeStatus(r.id(), RecommendationStatus.TRANSMISE, null), Role.Names.STAFF);
    }

    @Test
    void csv_lists_public_pins_with_formulas_neutralised() {
        String csv = new String(As.user(STAFF, () -> exports.csv(walk, Locale.FRENCH), Role.Names.STAFF), StandardCharsets.UTF_8);
        String[] lines = csv.split("\r\n");
        assertThat(lines[0]).startsWith("\uFEFF\"Identifiant\";\"Critère\"");
        assertThat(lines).hasSize(3);
        assertThat(csv).contains("\"'=HYPERLINK(\"\"http://x\"\";\"\"clic\"\") trottoir défoncé\"")
                .contains("[texte masqué par la modération]")
                .doesNotContain("Caméra").doesNotContain("Nom d'un voisin").doesNotContain(WalkFixtures.PARTICIPANT);
        String recs = new String(As.anonymous(() -> exports.recommendationsCsv(walk, Locale.ENGLISH)), StandardCharsets.UTF_8);
        assertThat(recs).contains("Refaire le trottoir").contains("Transmitted").contains(String.valueOf(formula.id()));
    }

    @Test
    void geojson_has_the_route_and_the_public_pins() {
        JsonNode json = JsonMapper.builder().build().readTree(As.anonymous(() -> exports.geoJson(walk, Locale.FRENCH)));
        assertThat(json.path("type").asString()).isEqualTo("FeatureCollection");
        assertThat(json.path("features")).hasSize(3);
        assertThat(json.path("features").get(0).path("geometry").path("type").asString()).isEqualTo("LineString");
        assertThat(json.path("features").get(1).path("geometry").path("coordinates").get(0).asDouble()).isEqualTo(2.245);
        assertThat(json.path("features").get(2).path("properties").path("text").isNull()).isTrue();
    }

    @Test
    void pdf_report_has_the_findings_and_recommendations_as_text() throws Exception {
        byte[] pdf = As.anonymous(() -> exports.pdf(walk, Locale.FRENCH));
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        PdfReader reader = new PdfReader(pdf);
        StringBuilder text = new StringBuilder();
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page));
        }
        assertThat(text.toString()).contains("Export").contains("Visibilité").contains("Refaire le trottoir")
                .contains("Transmise").doesNotContain("Caméra").doesNotContain("Marcheuse");
    }

    @Test
    void an_unpublished_walk_cannot_be_exported() {
        long hidden = fx.walk("Non publiée");
        assertThatThrownBy(() -> As.user(STAFF, () -> exports.csv(hidden, Locale.FRENCH), Role.Names.STAFF))
                .hasMessageContaining("walk.unknown");
    }
}
