package fr.agora.shared.ui.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import fr.agora.shared.domain.Role;
import fr.agora.shared.domain.UserAccount;
import fr.agora.shared.domain.UserAccountRepository;
import fr.agora.shared.service.UserSummary;
import fr.agora.support.AgoraSpringTest;
import java.time.Instant;
import java.util.EnumSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

@AgoraSpringTest
class UsersViewTest extends SpringBrowserlessTest {

    @Autowired
    UserAccountRepository users;

    @Test
    @WithMockUser(username = "admin@test", roles = {"RESIDENT", "ADMIN"})
    void admin_finds_a_user_and_grants_a_role() {
        String email = "vue-admin-" + UUID.randomUUID().toString().substring(0, 8) + "@exemple.fr";
        long id = users.save(new UserAccount(email, "Karim", "{noop}x", Instant.now())).getId();
        UsersView view = navigate(UsersView.class);
        test(view.filter).setValue(email);
        assertThat(test(view.grid).size()).isEqualTo(1);
        UserSummary row = test(view.grid).getRow(0);
        assertThat(row.email()).isEqualTo(email);

        view.edit(row);
        @SuppressWarnings("unchecked")
        CheckboxGroup<Role> roles = $(CheckboxGroup.class).id("user-roles");
        roles.setValue(EnumSet.of(Role.MODERATOR));
        test($(Button.class).id("user-save")).click();
        assertThat(users.findById(id).orElseThrow().getRoles()).containsExactlyInAnyOrder(Role.RESIDENT, Role.MODERATOR);
        assertThat(test(view.grid).getCellText(0, 2)).contains("Modérat");
    }

    @Test
    @WithMockUser(username = "habitant@test", roles = "RESIDENT")
    void residents_cannot_open_the_users_view() {
        try {
            navigate(UsersView.class);
        } catch (RuntimeException expected) {
            // refused navigation
        }
        assertThat(getCurrentView()).isNotInstanceOf(UsersView.class);
    }
}
