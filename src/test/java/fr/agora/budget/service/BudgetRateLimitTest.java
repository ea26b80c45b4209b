package fr.agora.budget.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.agora.shared.domain.Role;
import fr.agora.shared.security.RateLimitExceededException;
import fr.agora.shared.security.RateLimiter;
import fr.agora.support.AgoraSpringTest;
import fr.agora.support.As;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** One account cannot flood the moderation queue with drafts (issue 12, item 7: proposals are rate-limited). */
@AgoraSpringTest
class BudgetRateLimitTest {

    @Autowired
    BudgetFixtures fx;
    @Autowired
    ProposalService proposals;

    @Test
    void an_account_starts_a_bounded_number_of_proposals_per_hour() {
        fx.accounts();
        long edition = fx.edition().id();
        String ip = "192.0.2." + (1 + Math.floorMod(UUID.randomUUID().hashCode(), 250));
        int budget = RateLimiter.Action.PROPOSAL.perAddress();
        for (int i = 0; i < budget; i++) {
            As.client(ip, () -> As.user(BudgetFixtures.OTHER, () -> proposals.createDraft(edition, HolderInput.resident()),
                    Role.Names.RESIDENT));
        }
        assertThatThrownBy(() -> As.client(ip, () -> As.user(BudgetFixtures.OTHER,
                () -> proposals.createDraft(edition, HolderInput.resident()), Role.Names.RESIDENT)))
                .isInstanceOf(RateLimitExceededException.class);
        // another account from the same place (a centre social's computer) still can
        assertThat(As.client(ip, () -> As.user(BudgetFixtures.RESIDENT,
                () -> proposals.createDraft(edition, HolderInput.resident()), Role.Names.RESIDENT))).isPositive();
    }
}
