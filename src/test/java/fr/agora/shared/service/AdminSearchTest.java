package fr.agora.shared.service;

import static org.assertj.core.api.Assertions.assertThat;

import fr.agora.shared.domain.LikePattern;
import fr.agora.shared.domain.UserAccount;
import fr.agora.shared.domain.UserAccountRepository;
import fr.agora.support.AgoraSpringTest;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** Issue 12, item 11: {@code %} and {@code _} typed in an admin search are characters, not wildcards. */
@AgoraSpringTest
class AdminSearchTest {

    @Autowired
    UserAdminService admin;
    @Autowired
    AuditService audit;
    @Autowired
    UserAccountRepository users;

    @Test
    void the_pattern_escapes_wildcards_and_its_escape_character() {
        assertThat(LikePattern.contains(" 100%_Sûr! ")).isEqualTo("%100!%!_sûr!!%");
        assertThat(LikePattern.contains(null)).isEqualTo("%%");
    }

    @Test
    @WithMockUser(username = "admin@test", roles = "ADMIN")
    void percent_and_underscore_match_only_themselves() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        users.save(new UserAccount("taux_100%-" + tag + "@exemple.fr", "Taux", "{noop}x", Instant.now()));
        users.save(new UserAccount("tauxX100-" + tag + "@exemple.fr", "Autre", "{noop}x", Instant.now()));
        assertThat(admin.search("taux_100%-" + tag)).extracting(UserSummary::email)
                .containsExactly("taux_100%-" + tag + "@exemple.fr");
        assertThat(admin.search("%")).extracting(UserSummary::email).contains("taux_100%-" + tag + "@exemple.fr")
                .doesNotContain("tauxX100-" + tag + "@exemple.fr");
        assertThat(admin.search("_")).extracting(UserSummary::email).doesNotContain("tauxX100-" + tag + "@exemple.fr");

        audit.record("TEST_SEARCH", "test", tag, null);
        assertThat(audit.search("%", null, null, null, 50)).extracting("actor").doesNotContain("admin@test");
        assertThat(audit.search("admin@", null, null, null, 50)).extracting("actor").contains("admin@test");
    }
}
