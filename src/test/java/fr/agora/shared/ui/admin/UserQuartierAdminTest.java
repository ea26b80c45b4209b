package fr.agora.shared.ui.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import fr.agora.shared.domain.AuditEventRepository;
import fr.agora.shared.domain.BusinessException;
import fr.agora.shared.domain.Role;
import fr.agora.shared.domain.TerritoryKind;
import fr.agora.shared.domain.UserAccount;
import fr.agora.shared.domain.UserAccountRepository;
import fr.agora.shared.service.TerritoryData;
import fr.agora.shared.service.TerritoryService;
import fr.agora.shared.service.UserAdminService;
import fr.agora.support.AgoraSpringTest;
import java.util.EnumSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithMockUser;

/** Issue 14, item 9: admins set a comité officer's comité in the user dialog; it is audited. */
@AgoraSpringTest
class UserQuartierAdminTest extends SpringBrowserlessTest {

    @Autowired
    UserAdminService admin;
    @Autowired
    UserAccountRepository users;
    @Autowired
    TerritoryService territories;
    @Autowired
    AuditEventRepository audit;

    long officer() {
        String email = "officier." + UUID.randomUUID().toString().substring(0, 8) + "@test.local";
        UserAccount u = new UserAccount(email, "Officier Test", "hash", java.time.Instant.now());
        u.grant(Role.COMMITTEE_OFFICER);
        return users.save(u).getId();
    }

    @Test
    @WithMockUser(username = "admin.quartier@test.local", roles = {"ADMIN"})
    void theAdminSetsTheOfficersComiteInTheDialogAndItIsAudited() {
        long id = officer();
        TerritoryData comite = territories.residenceChoices().stream().filter(t -> t.kind() == TerritoryKind.COMITE)
                .findFirst().orElseThrow();
        TerritoryData qpv = territories.residenceChoices().stream().filter(t -> t.kind() == TerritoryKind.QPV)
                .findFirst().orElseThrow();
        // an officer's quartier must be a comité de quartier
        assertThatThrownBy(() -> admin.setQuartier(id, qpv.id())).isInstanceOf(BusinessException.class)
                .hasFieldOrPropertyWithValue("messageKey", "admin.officer-comite");

        UsersView view = navigate(UsersView.class);
        view.edit(admin.get(id));
        @SuppressWarnings("unchecked")
        ComboBox<TerritoryData> field = $(ComboBox.class).id("user-quartier");
        field.setValue(field.getListDataView().getItems().filter(t -> t.id().equals(comite.id())).findFirst().orElseThrow());
        test($(Button.class).id("user-save")).click();
        assertThat(admin.get(id).quartierId()).isEqualTo(comite.id());
        assertThat(audit.search("admin.quartier@test.local", "USER_QUARTIER_SET", null, null, PageRequest.of(0, 5)))
                .singleElement().satisfies(e -> assertThat(e.getDetails()).contains(comite.name()));
    }
}
