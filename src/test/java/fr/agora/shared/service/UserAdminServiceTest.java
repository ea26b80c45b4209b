package fr.agora.shared.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.agora.shared.domain.AuditEvent;
import fr.agora.shared.domain.AuditEventRepository;
import fr.agora.shared.domain.Role;
import fr.agora.shared.domain.UserAccount;
import fr.agora.shared.domain.UserAccountRepository;
import fr.agora.support.AgoraSpringTest;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

@AgoraSpringTest
class UserAdminServiceTest {

    @Autowired
    UserAdminService admin;
    @Autowired
    UserAccountRepository users;
    @Autowired
    AuditEventRepository audit;

    long targetId;

    @BeforeEach
    void createTarget() {
        UserAccount u = new UserAccount("cible-" + UUID.randomUUID() + "@exemple.fr", "Cible", "{noop}x", Instant.now());
        targetId = users.save(u).getId();
    }

    List<AuditEvent> recent() {
        return audit.search(null, null, null, null, PageRequest.of(0, 20));
    }

    @Test
    @WithMockUser(username = "admin@test", roles = "ADMIN")
    void admin_grants_and_revokes_roles_and_each_change_is_audited() {
        UserSummary s = admin.grant(targetId, Role.DRAW_OPERATOR);
        assertThat(s.roles()).containsExactlyInAnyOrder(Role.RESIDENT, Role.DRAW_OPERATOR);
        assertThat(recent()).anySatisfy(e -> {
            assertThat(e.getAction()).isEqualTo("ROLE_GRANTED");
            assertThat(e.getActor()).isEqualTo("admin@test");
            assertThat(e.getTargetId()).isEqualTo(String.valueOf(targetId));
            assertThat(e.getDetails()).contains("DRAW_OPERATOR");
        });
        s = admin.setRoles(targetId, EnumSet.of(Role.MODERATOR));
        assertThat(s.roles()).containsExactlyInAnyOrder(Role.RESIDENT, Role.MODERATOR);
        assertThat(recent()).extracting(AuditEvent::getAction).contains("ROLE_REVOKED");
    }

    @Test
    @WithMockUser(username = "habitant@test", roles = "RESIDENT")
    void a_forged_role_change_by_a_non_admin_is_refused_at_service_level_and_audited() {
        assertThatThrownBy(() -> admin.grant(targetId, Role.ADMIN)).isInstanceOf(AccessDeniedException.class);
        assertThat(users.findById(targetId).orElseThrow().getRoles()).containsExactly(Role.RESIDENT);
        assertThat(recent()).anySatisfy(e -> {
            assertThat(e.getAction()).isEqualTo("ACCESS_DENIED");
            assertThat(e.getActor()).isEqualTo("habitant@test");
            assertThat(e.getOutcome()).isEqualTo(AuditEvent.Outcome.REFUSED);
            assertThat(e.getTargetId()).contains("UserAdminService.grant");
        });
    }

    @Test
    @WithMockUser(username = "admin@test", roles = "ADMIN")
    void the_last_enabled_admin_cannot_lose_the_role() {
        users.findAll().stream().filter(u -> u.getRoles().contains(Role.ADMIN) && u.isEnabled()).forEach(u -> {
            u.setEnabled(false);
            users.save(u);
        });
        admin.grant(targetId, Role.ADMIN);
        assertThat(users.countEnabledWithRole(Role.ADMIN)).isEqualTo(1);
        assertThatThrownBy(() -> admin.revoke(targetId, Role.ADMIN)).hasMessageContaining("admin.last-admin");
        assertThat(users.findById(targetId).orElseThrow().getRoles()).contains(Role.ADMIN);
    }
}
