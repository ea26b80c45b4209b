package fr.agora.shared.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecurityConfigTest {

    @Test
    void csp_allows_the_tile_server_and_forbids_framing() {
        String csp = SecurityConfig.contentSecurityPolicy("https://tile.openstreetmap.org/{z}/{x}/{y}.png");
        assertThat(csp).contains("img-src 'self' data: blob: https://tile.openstreetmap.org;")
                .contains("frame-ancestors 'none'").contains("object-src 'none'");
    }

    @Test
    void subdomain_placeholder_becomes_a_wildcard() {
        assertThat(SecurityConfig.tileOrigin("https://{s}.tile.example.org/{z}/{x}/{y}.png")).isEqualTo("https://*.tile.example.org");
    }
}
