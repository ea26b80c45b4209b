package fr.agora.shared.security;

import static org.assertj.core.api.Assertions.assertThat;

import fr.agora.council.pool.PoolLimits;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;

/**
 * Issue 12, item 10: one limit per upload, each below the request ceiling (so the upload's own clear message is what
 * a person sees, not a bare 413 from the multipart parser), and a request over the ceiling refused before anything
 * parses it.
 */
class UploadLimitsTest {

    static Properties defaults() throws Exception {
        Properties p = new Properties();
        try (InputStream in = UploadLimitsTest.class.getResourceAsStream("/application.properties")) {
            p.load(in);
        }
        return p;
    }

    static DataSize size(Properties p, String key) {
        String value = p.getProperty(key);
        if (value.startsWith("${")) { // ${ENV:default}
            value = value.substring(value.indexOf(':') + 1, value.length() - 1);
        }
        return DataSize.parse(value);
    }

    @Test
    void every_upload_limit_is_below_the_request_ceiling() throws Exception {
        Properties p = defaults();
        long file = size(p, "spring.servlet.multipart.max-file-size").toBytes();
        long request = size(p, "spring.servlet.multipart.max-request-size").toBytes();
        assertThat(request).isGreaterThanOrEqualTo(file);
        Map<String, Long> uploads = Map.of(
                "pool file (PoolLimits)", PoolLimits.DEFAULT.maxBytes(),
                "walk photo", size(p, "agora.walks.photo.max-size").toBytes(),
                "arrêté PDF", size(p, "agora.council.arrete-max-size").toBytes(),
                "GeoJSON outline", size(p, "agora.uploads.max-geojson-size").toBytes());
        uploads.forEach((name, limit) -> assertThat(limit).as(name).isLessThan(file));
    }

    @Test
    void a_request_over_the_ceiling_is_refused_before_it_is_read() throws Exception {
        RequestSizeLimit.Filter filter = new RequestSizeLimit.Filter(1000);
        MockHttpServletRequest big = new MockHttpServletRequest("POST", "/");
        big.setContentType("multipart/form-data; boundary=x");
        big.setContent(new byte[1001]);
        MockHttpServletResponse response = new MockHttpServletResponse();
        AtomicBoolean reached = new AtomicBoolean();
        filter.doFilter(big, response, (req, res) -> reached.set(true));
        assertThat(reached).isFalse();
        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("Fichier trop volumineux");

        MockHttpServletRequest small = new MockHttpServletRequest("POST", "/");
        small.setContent(new byte[1000]);
        filter.doFilter(small, new MockHttpServletResponse(), (req, res) -> reached.set(true));
        assertThat(reached).isTrue();
    }
}
