package fr.agora.council.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.agora.shared.domain.BusinessException;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A candidacy is withdrawn once, and erased once. */
class CandidacyTest {

    static Candidacy candidacy() {
        CandidacyCampaign call = new CandidacyCampaign(new Council("c", "C", Instant.EPOCH), CampaignKind.HABITANT,
                "agent", Instant.EPOCH);
        return new Candidacy(call, "C-ABCDEFGH", "key", "Durand", "Alice", "a@b.fr", null, "fr", "v1", null, null,
                LocalDate.of(2026, 3, 2), Instant.EPOCH);
    }

    @Test
    void aWithdrawalHappensOnce() {
        Candidacy c = candidacy();
        c.withdraw(Instant.EPOCH);
        assertThat(c.getStatus()).isEqualTo(Candidacy.Status.WITHDRAWN);
        assertThatThrownBy(() -> c.withdraw(Instant.EPOCH)).isInstanceOf(BusinessException.class)
                .hasFieldOrPropertyWithValue("messageKey", "candidacy.error.already-withdrawn");
    }

    @Test
    void anErasedCandidacyCannotChangeNorBeErasedAgain() {
        Candidacy c = candidacy();
        c.erasePersonalData(Instant.EPOCH);
        assertThat(c.isErased()).isTrue();
        assertThat(c.getEmail()).isNull();
        assertThatThrownBy(() -> c.withdraw(Instant.EPOCH)).isInstanceOf(BusinessException.class)
                .hasFieldOrPropertyWithValue("messageKey", "candidacy.error.erased");
        assertThatThrownBy(() -> c.erasePersonalData(Instant.EPOCH)).isInstanceOf(IllegalStateException.class);
    }
}
