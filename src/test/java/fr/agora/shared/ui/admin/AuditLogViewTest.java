package fr.agora.shared.ui.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import fr.agora.shared.domain.AuditEvent;
import fr.agora.shared.service.AuditService;
import fr.agora.support.AgoraSpringTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

@AgoraSpringTest
class AuditLogViewTest extends SpringBrowserlessTest {

    @Autowired
    AuditService audit;

    @Test
    @WithMockUser(username = "admin@test", roles = {"RESIDENT", "ADMIN"})
    void admins_filter_the_log_by_actor_and_action() {
        String actor = "acteur-" + UUID.randomUUID() + "@exemple.fr";
        audit.recordAs(actor, "TEST_ACTION", "test", 1, Map.of("k", "v"));
        audit.recordAs(actor, "OTHER_ACTION", "test", 2, null);
        AuditLogView view = navigate(AuditLogView.class);
        test(view.actor).setValue(actor);
        view.action.setValue("TEST_ACTION");
        test($(Button.class).id("audit-filter")).click();
        assertThat(test(view.grid).size()).isEqualTo(1);
        AuditEvent row = test(view.grid).getRow(0);
        assertThat(row.getDetails()).contains("\"k\":\"v\"");
    }
}
