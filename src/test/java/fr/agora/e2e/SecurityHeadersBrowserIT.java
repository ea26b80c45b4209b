package fr.agora.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import fr.agora.support.AgoraBrowserTest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The headers every page carries, checked over real HTTP. */
@AgoraBrowserTest
class SecurityHeadersBrowserIT {

    @LocalServerPort
    int port;

    @Test
    void pages_carry_csp_frame_and_content_type_protections() throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Security-Policy")).get().asString()
                .contains("frame-ancestors 'none'").contains("object-src 'none'").contains("default-src 'self'");
        assertThat(r.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(r.headers().firstValue("Set-Cookie")).get().asString().contains("HttpOnly");
        // HSTS only in production (over HTTPS)
        assertThat(r.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    @Test
    void the_production_profile_turns_hsts_and_secure_cookies_on_and_demo_data_off() throws IOException {
        Properties prod = new Properties();
        try (InputStream in = java.nio.file.Files.newInputStream(java.nio.file.Path.of("config/application-prod.properties"))) {
            prod.load(in);
        }
        assertThat(prod.getProperty("agora.security.hsts")).isEqualTo("true");
        assertThat(prod.getProperty("server.servlet.session.cookie.secure")).isEqualTo("true");
        assertThat(prod.getProperty("agora.demo.enabled")).isEqualTo("false");
        assertThat(prod.getProperty("spring.datasource.password")).isEqualTo("${DB_PASSWORD}");
    }
}
