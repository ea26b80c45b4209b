package fr.agora.council.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import fr.agora.council.domain.CampaignKind;
import fr.agora.council.domain.SeatRounding;
import fr.agora.council.service.CampaignData;
import fr.agora.council.service.CampaignForm;
import fr.agora.council.service.CouncilForm;
import fr.agora.council.service.CouncilService;
import fr.agora.shared.domain.Role;
import fr.agora.shared.domain.Territory;
import fr.agora.shared.domain.TerritoryRepository;
import fr.agora.shared.domain.UserAccount;
import fr.agora.shared.domain.UserAccountRepository;
import fr.agora.shared.service.RunAs;
import fr.agora.support.AgoraSpringTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** Issue 13, item 7: the candidacy form reports every error at once, on its field, and prefills from the account. */
@AgoraSpringTest
class CandidacyFormValidationTest extends SpringBrowserlessTest {

    static final String STAFF = "agent.validation.vue@test.local";
    static final String RESIDENT = "camille.prefill@exemple.fr";

    @Autowired
    CouncilService councils;
    @Autowired
    fr.agora.council.service.CampaignService calls;
    @Autowired
    UserAccountRepository users;
    @Autowired
    TerritoryRepository territories;
    @Autowired
    fr.agora.support.MutableClock clock;

    CampaignData call() {
        return call(CampaignKind.HABITANT);
    }

    CampaignData call(CampaignKind kind) {
        Instant now = clock.instant();
        return RunAs.user(STAFF, () -> {
            long council = councils.create(new CouncilForm("Conseil validation vue " + UUID.randomUUID(),
                    List.of("QPV-PIERRE-ROLLIN"), 2920, "INSEE", 2025, SeatRounding.HALF_UP, false, 2, true)).id();
            return calls.create(new CampaignForm(council, kind, "Appel validation", null, null,
                    now.minusSeconds(60), now.plus(Duration.ofDays(20)), 16));
        }, Role.Names.STAFF);
    }

    @Test
    void an_empty_form_marks_every_missing_field_at_once() {
        CampaignData c = call();
        CandidacyView view = navigate(CandidacyView.path(c.councilSlug(), c.id()), CandidacyView.class);
        CandidacyForm form = view.form;
        test(form.postcode).setValue("800");
        test(form.submit).click();
        assertThat(form.lastName.isInvalid()).isTrue();
        assertThat(form.firstName.isInvalid()).isTrue();
        assertThat(form.sex.isInvalid()).isTrue();
        assertThat(form.birthDate.isInvalid()).isTrue();
        assertThat(form.address.isInvalid()).isTrue();
        assertThat(form.postcode.isInvalid()).isTrue();
        assertThat(form.email.isInvalid()).isTrue();
        assertThat(form.email.getErrorMessage()).contains("courriel ou un numéro de téléphone");
        assertThat(form.resides.isInvalid()).isTrue();
        assertThat(form.consent.isInvalid()).isTrue();
        // the summary above the button is the first error, in reading order
        assertThat(form.error.getText()).isEqualTo(form.lastName.getErrorMessage()).contains("Indiquez un nom");
        assertThat(form.territory.isInvalid()).isFalse(); // the call's only quartier is chosen already
    }

    @Test
    @WithMockUser(username = RESIDENT, roles = "RESIDENT")
    void a_signed_in_residents_name_address_and_quartier_are_filled_in() {
        Territory pierreRollin = territories.findFirstByCodeOrderByValidFromDesc("QPV-PIERRE-ROLLIN").orElseThrow();
        UserAccount u = users.findByEmail(RESIDENT).orElseGet(() -> new UserAccount(RESIDENT, "Camille Martin Dupont",
                "{noop}x", Instant.now()));
        u.verifyEmail();
        u.updateProfile("Camille Martin Dupont", pierreRollin, "fr");
        users.save(u);
        CampaignData c = call();
        CandidacyForm form = navigate(CandidacyView.path(c.councilSlug(), c.id()), CandidacyView.class).form;
        assertThat(form.firstName.getValue()).isEqualTo("Camille");
        assertThat(form.lastName.getValue()).isEqualTo("Martin Dupont");
        assertThat(form.email.getValue()).isEqualTo(RESIDENT);
        assertThat(form.territory.getValue()).isEqualTo("QPV-PIERRE-ROLLIN");
    }

    @Test
    void an_empty_association_form_marks_every_missing_field_at_once() {
        CampaignData c = call(CampaignKind.ASSOCIATION);
        CandidacyForm form = navigate(CandidacyView.path(c.councilSlug(), c.id()), CandidacyView.class).form;
        test(form.titulaire).setValue("Marie Durand");
        test(form.suppleant).setValue("marie durand ");
        test(form.submit).click();
        assertThat(form.organisation.isInvalid()).isTrue();
        assertThat(form.organisationType.isInvalid()).isTrue();
        assertThat(form.lastName.isInvalid()).isTrue();
        assertThat(form.firstName.isInvalid()).isTrue();
        assertThat(form.email.isInvalid()).isTrue();
        assertThat(form.email.getErrorMessage()).contains("courriel ou un numéro de téléphone");
        assertThat(form.titulaire.isInvalid()).isFalse();
        assertThat(form.suppleant.isInvalid()).isTrue();
        assertThat(form.suppleant.getErrorMessage()).contains("deux personnes différentes");
        assertThat(form.consent.isInvalid()).isTrue();
        assertThat(form.territory.isInvalid()).isFalse(); // the call's only quartier is chosen already
        // the summary above the button is the first error, in reading order
        assertThat(form.error.getText()).isEqualTo(form.organisation.getErrorMessage()).isNotBlank();
    }
}
