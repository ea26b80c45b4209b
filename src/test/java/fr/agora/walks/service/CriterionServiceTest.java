package fr.agora.walks.service;

import fr.agora.support.As;

import static fr.agora.walks.service.WalkFixtures.ETOUVIE;
import static fr.agora.walks.service.WalkFixtures.PARTICIPANT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.agora.shared.domain.Role;
import fr.agora.support.AgoraSpringTest;
import fr.agora.walks.domain.Assessment;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The diagnostic grid: five built-in criteria, admins add and retire others. */
@AgoraSpringTest
class CriterionServiceTest {

    @Autowired
    WalkFixtures fx;
    @Autowired
    CriterionService criteria;
    @Autowired
    ObservationService observations;

    @BeforeEach
    void accounts() {
        fx.accounts();
    }

    @Test
    void the_grid_starts_with_the_five_criteria_of_the_contract() {
        assertThat(criteria.all()).filteredOn(CriterionData::builtIn).extracting(CriterionData::code)
                .containsExactly("SIGNALISATION", "VISIBILITE", "ANIMATION", "AMENAGEMENT", "ENTRETIEN");
        assertThat(criteria.all().get(2).label(Locale.FRENCH)).isEqualTo("Animation des lieux et présence humaine");
        assertThat(criteria.all().get(2).label(Locale.ENGLISH)).isEqualTo("Activity and human presence");
    }

    @Test
    void an_admin_adds_a_criterion_that_participants_can_use_then_retires_it() {
        String symbol = "Z" + (char) ('0' + (int) (Math.random() * 10));
        CriterionData created = As.user("admin@test", () -> criteria.save(new CriterionData(null, null, "Éclairage public "
                + UUID.randomUUID().toString().substring(0, 4), null, symbol.toLowerCase(Locale.ROOT), "#004455", 60, true, false)),
                Role.Names.ADMIN);
        assertThat(created.code()).startsWith("ECLAIRAGE_PUBLIC");
        assertThat(created.symbol()).isEqualTo(symbol);
        assertThatThrownBy(() -> As.user("admin@test", () -> criteria.save(new CriterionData(null, null, "Doublon", null, symbol,
                "#004455", 70, true, false)), Role.Names.ADMIN)).hasMessageContaining("walk.criterion.symbol-taken");
        assertThatThrownBy(() -> As.user("admin@test", () -> criteria.save(new CriterionData(null, null, "Couleur", null, "Q9",
                "rouge", 70, true, false)), Role.Names.ADMIN)).hasMessageContaining("walk.criterion.colour-invalid");
        assertThatThrownBy(() -> As.user(PARTICIPANT, () -> criteria.save(created), Role.Names.RESIDENT))
                .isInstanceOf(AccessDeniedException.class);

        long walk = fx.walk("Nouveau critère");
        ObservationInput pin = new ObservationInput(created.id(), Assessment.WEAKNESS, 3, "Lampadaire éteint", ETOUVIE, null, null);
        assertThat(As.user(PARTICIPANT, () -> observations.submit(walk, pin), Role.Names.RESIDENT).criterion().code())
                .isEqualTo(created.code());

        As.user("admin@test", () -> criteria.save(new CriterionData(created.id(), created.code(), created.labelFr(), "Street lighting",
                created.symbol(), created.colour(), created.sortOrder(), false, false)), Role.Names.ADMIN);
        assertThat(criteria.active()).extracting(CriterionData::id).doesNotContain(created.id());
        assertThatThrownBy(() -> As.user(PARTICIPANT, () -> observations.submit(walk, pin), Role.Names.RESIDENT))
                .hasMessageContaining("walk.observation.criterion-required");
    }
}
