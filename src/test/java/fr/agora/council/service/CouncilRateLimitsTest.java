package fr.agora.council.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.agora.council.domain.CampaignKind;
import fr.agora.council.domain.SeatRounding;
import fr.agora.council.pool.EuStatus;
import fr.agora.council.pool.Sex;
import fr.agora.shared.domain.BusinessException;
import fr.agora.shared.domain.Role;
import fr.agora.shared.security.RateLimitExceededException;
import fr.agora.shared.security.RateLimiter;
import fr.agora.support.AgoraSpringTest;
import fr.agora.support.As;
import fr.agora.support.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The rate limits of the council's anonymous entry points (issue 12, item 7): online candidacies, which feed the
 * draw's pool, and voting-code attempts, which must not be guessable by brute force.
 */
@AgoraSpringTest
class CouncilRateLimitsTest {

    static final String STAFF = "agent.limites@test.local";

    @Autowired
    CouncilService councils;
    @Autowired
    CampaignService calls;
    @Autowired
    CandidacyService candidacies;
    @Autowired
    ElectionVoting voting;
    @Autowired
    MutableClock clock;
    @Autowired
    RateLimiter limiter;

    CampaignData openCall() {
        long council = As.user(STAFF, () -> councils.create(new CouncilForm("Conseil limites " + UUID.randomUUID(),
                List.of("QPV-ETOUVIE"), 2920, "INSEE", 2025, SeatRounding.HALF_UP, false, 2, true)).id(), Role.Names.STAFF);
        Instant now = clock.instant();
        return As.user(STAFF, () -> calls.create(new CampaignForm(council, CampaignKind.HABITANT, "Appel limites", null,
                null, now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(30)), 16)), Role.Names.STAFF);
    }

    static ResidentApplication resident(String first, String email) {
        return new ResidentApplication("Limite", first, email, null, "QPV-ETOUVIE", "1 rue d'Etouvie", "80080",
                LocalDate.of(1990, 1, 1), Sex.FEMALE, EuStatus.EU, true, true);
    }

    @Test
    void one_address_cannot_fill_the_pool_with_online_candidacies() {
        CampaignData call = openCall();
        String email = "remplissage." + UUID.randomUUID() + "@habitant.test";
        String ip = "203.0.113." + (1 + Math.floorMod(email.hashCode(), 250));
        int perAddress = RateLimiter.Action.CANDIDACY.perAddress();
        for (int i = 0; i < perAddress; i++) {
            String first = "Prénom" + (char) ('A' + i);
            As.client(ip, () -> As.anonymous(() -> candidacies.apply(call.id(), resident(first, email), Locale.FRENCH)));
        }
        assertThatThrownBy(() -> As.client(ip, () -> As.anonymous(() -> candidacies.apply(call.id(),
                resident("Dernière", email), Locale.FRENCH))))
                .isInstanceOf(RateLimitExceededException.class);
        assertThat(As.user(STAFF, () -> candidacies.candidacies(call.id()), Role.Names.STAFF)).hasSize(perAddress);
        // the portal's own jobs and loaders (no client) are not limited
        As.job(() -> candidacies.apply(call.id(), resident("Chargée", email), Locale.FRENCH));
        assertThat(As.user(STAFF, () -> candidacies.candidacies(call.id()), Role.Names.STAFF)).hasSize(perAddress + 1);
    }

    @Test
    void voting_codes_cannot_be_tried_by_the_thousand_from_one_client() {
        String ip = "198.51.100." + (1 + Math.floorMod(UUID.randomUUID().hashCode(), 250));
        // an unknown code is refused as such while the client has attempts left…
        assertThatThrownBy(() -> As.client(ip, () -> As.anonymous(() -> voting.ballotPaper("CODE-INCONNU"))))
                .isInstanceOf(BusinessException.class).isNotInstanceOf(RateLimitExceededException.class);
        // …then, once the client's vote budget is spent (the test profile scales per-IP budgets up), every attempt
        // is refused before the code is even looked up, for the ballot paper and for the vote alike
        int spent = 0;
        try {
            while (spent < 100_000) {
                limiter.check(RateLimiter.Action.VOTE, ip, null);
                spent++;
            }
        } catch (RateLimitExceededException expected) {
            // budget spent
        }
        assertThat(spent).isLessThan(100_000);
        assertThatThrownBy(() -> As.client(ip, () -> As.anonymous(() -> voting.ballotPaper("CODE-INCONNU"))))
                .isInstanceOf(RateLimitExceededException.class)
                .satisfies(e -> assertThat(((RateLimitExceededException) e).retryAfterSeconds()).isPositive());
        assertThatThrownBy(() -> As.client(ip, () -> As.anonymous(() -> voting.vote("CODE-INCONNU", java.util.Set.of(1L)))))
                .isInstanceOf(RateLimitExceededException.class);
        // another client is not affected
        assertThatThrownBy(() -> As.client(ip.replace("198.51.100.", "198.51.101."), () -> As.anonymous(() -> voting.ballotPaper("CODE-INCONNU"))))
                .isNotInstanceOf(RateLimitExceededException.class);
    }
}
