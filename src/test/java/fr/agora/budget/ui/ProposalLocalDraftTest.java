package fr.agora.budget.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import fr.agora.budget.service.BudgetFixtures;
import fr.agora.support.AgoraSpringTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Text typed into the proposal form while the connection was down stays on the device and is offered back
 * (issue 15: a dropped connection loses nothing); what the browser hands back is treated as untrusted text.
 */
@AgoraSpringTest
class ProposalLocalDraftTest extends SpringBrowserlessTest {

    @Autowired
    BudgetFixtures fx;

    long edition;

    @BeforeEach
    void edition() {
        fx.accounts();
        edition = fx.edition().id();
    }

    @Test
    @WithMockUser(username = BudgetFixtures.RESIDENT, roles = "RESIDENT")
    void the_copy_kept_by_the_browser_is_offered_and_restored_into_a_server_draft() {
        ProposalFormView view = navigate("budget/editions/" + edition + "/proposer", ProposalFormView.class);
        assertThat(view.localDraft.isVisible()).isFalse();
        view.offerLocalCopy("{\"title\":\"Bancs du square\",\"description\":\"Trois bancs à l'ombre\",\"savedAt\":\"2026-12-01T10:00:00Z\"}");
        assertThat(view.localDraft.isVisible()).isTrue();
        assertThat(view.localDraft.getElement().getTextRecursively()).contains("Bancs du square");

        test($(com.vaadin.flow.component.button.Button.class).id("budget-local-draft-restore")).click();
        assertThat(view.fields.title.getValue()).isEqualTo("Bancs du square");
        assertThat(view.fields.description.getValue()).isEqualTo("Trois bancs à l'ombre");
        assertThat(view.draftId).as("restored text is saved on the server at once").isNotNull();
        assertThat(view.localDraft.isVisible()).isFalse();
    }

    @Test
    @WithMockUser(username = BudgetFixtures.RESIDENT, roles = "RESIDENT")
    void nothing_is_offered_for_an_empty_or_malformed_copy_and_overlong_text_is_cut() {
        ProposalFormView view = navigate("budget/editions/" + edition + "/proposer", ProposalFormView.class);
        for (String junk : new String[] {null, "", "{}", "pas du json", "[1,2]", "{\"title\":\"  \"}"}) {
            view.offerLocalCopy(junk);
            assertThat(view.localDraft.isVisible()).as(String.valueOf(junk)).isFalse();
        }
        ProposalFormView.LocalCopy copy = ProposalFormView.LocalCopy.parse("{\"title\":\"" + "x".repeat(500) + "\"}");
        assertThat(copy.title()).hasSize(160);
    }
}
