package fr.agora.council.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.agora.council.domain.College;
import fr.agora.council.domain.MemberOrigin;
import fr.agora.council.domain.SeatRounding;
import fr.agora.council.support.CouncilTestData;
import fr.agora.shared.domain.AuditEventRepository;
import fr.agora.shared.domain.Role;
import fr.agora.support.AgoraSpringTest;
import fr.agora.support.As;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * Issue 14, item 5: the population comes from the territories' figures (an override is recorded), a QPV already
 * covered needs a confirmation, councils can be archived, and an arrêté with empty seats, dated before appointments
 * or naming people who have not answered is refused until staff confirm the warnings.
 */
@AgoraSpringTest
class CouncilSafeguardsTest {

    static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
            .getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    @Autowired
    CouncilService councils;
    @Autowired
    MembershipService membership;
    @Autowired
    ArreteService arretes;
    @Autowired
    CouncilTestData data;
    @Autowired
    AuditEventRepository audit;

    String staff = "agent.garde." + UUID.randomUUID().toString().substring(0, 8) + "@test.local";

    <T> T staff(Supplier<T> action) {
        return As.user(staff, action, Role.Names.STAFF);
    }

    CouncilForm form(String name, String qpv, int population, boolean confirmed) {
        return new CouncilForm(name + " " + UUID.randomUUID(), List.of(qpv), population, "INSEE", 2025,
                SeatRounding.HALF_UP, false, 2, confirmed);
    }

    @Test
    void aQpvAlreadyCoveredNeedsAConfirmationWhichIsAudited() {
        data.council().named("Conseil déjà là").create();
        assertThatThrownBy(() -> staff(() -> councils.create(form("Conseil doublon", "QPV-PIERRE-ROLLIN", 2920, false))))
                .hasFieldOrPropertyWithValue("messageKey", "council.error.qpv-covered");
        assertThat(audit.search(staff, "COUNCIL_CREATED", null, null, PageRequest.of(0, 5))).singleElement()
                .satisfies(e -> assertThat(e.getDetails()).contains("council.error.qpv-covered"));
        CouncilData second = staff(() -> councils.create(form("Conseil successeur", "QPV-PIERRE-ROLLIN", 2920, true)));
        assertThat(audit.search(staff, "COUNCIL_CREATED", null, null, PageRequest.of(0, 5)))
                .anySatisfy(e -> assertThat(e.getDetails()).contains("overlapConfirmed"));
        assertThat(staff(() -> councils.coveringCouncils(second.id(), List.of("QPV-PIERRE-ROLLIN"))))
                .isNotEmpty().doesNotContain(second.name());
    }

    @Test
    void thePopulationComesFromTheTerritoriesAndAnOverrideIsRecorded() {
        assertThat(staff(() -> councils.referencePopulation(List.of("QPV-PIERRE-ROLLIN")))).hasValueSatisfying(r -> {
            assertThat(r.population()).isEqualTo(2920);
            assertThat(r.year()).isEqualTo(2025);
        });
        assertThat(staff(() -> councils.referencePopulation(List.of("QPV-PIERRE-ROLLIN", "QPV-ETOUVIE"))))
                .hasValueSatisfying(r -> assertThat(r.population()).isEqualTo(2920 + 7007));
        CouncilData same = staff(() -> councils.create(form("Conseil référence", "QPV-ETOUVIE", 7007, true)));
        assertThat(same.populationReference()).isNull();
        CouncilData other = staff(() -> councils.create(form("Conseil dérogation", "QPV-ETOUVIE", 7500, true)));
        assertThat(other.populationReference()).isEqualTo(7007);
        assertThat(audit.search(staff, "COUNCIL_CREATED", null, null, PageRequest.of(0, 5)))
                .anySatisfy(e -> assertThat(e.getDetails()).contains("\"populationOverride\":true")
                        .contains("\"populationReference\":7007"));
    }

    @Test
    void anArchivedCouncilLeavesTheListsStaysAsHistoryAndNoLongerChanges() {
        CouncilData c = data.council().named("Conseil à archiver").create();
        staff(() -> councils.archive(c.id()));
        assertThat(councils.all()).noneMatch(x -> x.id() == c.id());
        assertThat(staff(() -> councils.archived())).anyMatch(x -> x.id() == c.id() && x.archived());
        assertThat(councils.publicPage(c.slug()).council().name()).isEqualTo(c.name());
        assertThatThrownBy(() -> staff(() -> councils.archive(c.id())))
                .hasFieldOrPropertyWithValue("messageKey", "council.error.archived");
        assertThatThrownBy(() -> staff(() -> councils.update(c.id(), data.council().form())))
                .hasFieldOrPropertyWithValue("messageKey", "council.error.archived");
        assertThat(staff(() -> councils.coveringCouncils(null, c.territoryCodes()))).doesNotContain(c.name());
        assertThat(audit.search(staff, "COUNCIL_ARCHIVED", null, null, PageRequest.of(0, 5))).hasSize(2);
    }

    @Test
    void anArreteWithEmptySeatsOrDatedBeforeTheAppointmentsNeedsAConfirmation() {
        CouncilData c = data.council().named("Conseil arrêté").create();
        staff(() -> membership.appoint(c.id(), College.HABITANTS, MemberOrigin.ASSISTED,
                new Appointment("Une Titulaire", null, null, null, false),
                new Appointment("Un Suppléant", null, null, null, false)));
        LocalDate yesterday = councils.today().minusDays(1);
        List<ArreteWarning> warnings = staff(() -> arretes.arreteWarnings(c.id(), yesterday));
        assertThat(warnings).extracting(ArreteWarning::key)
                .containsExactly("council.arrete.warn.seats", "council.arrete.warn.date");
        assertThat(warnings.get(0).args()).containsExactly(1, c.habitantSeats() + c.associationSeats());
        assertThatThrownBy(() -> staff(() -> arretes.recordArrete(c.id(), yesterday, "Arrêté 2026-1", PDF)))
                .hasFieldOrPropertyWithValue("messageKey", "council.error.arrete-unconfirmed");
        assertThat(staff(() -> councils.get(c.id())).official()).isFalse();
        assertThat(audit.search(staff, "COUNCIL_ARRETE", null, null, PageRequest.of(0, 5))).singleElement()
                .satisfies(e -> assertThat(e.getDetails()).contains("council.arrete.warn.seats"));
        CouncilData official = staff(() -> arretes.recordArrete(c.id(), yesterday, "Arrêté 2026-1", PDF, true));
        assertThat(official.official()).isTrue();
        assertThat(audit.search(staff, "COUNCIL_ARRETE_RECORDED", null, null, PageRequest.of(0, 5))).singleElement()
                .satisfies(e -> assertThat(e.getDetails()).contains("warningsConfirmed"));
    }

    @Test
    void drawnPeopleWhoHaveNotAnsweredAreAWarning() {
        CouncilData c = data.council().named("Conseil arrêté tirage").create();
        data.draw(c.id()).drawn();
        List<ArreteWarning> warnings = staff(() -> arretes.arreteWarnings(c.id(), councils.today()));
        assertThat(warnings).extracting(ArreteWarning::key).contains("council.arrete.warn.pending");
        assertThat(warnings).filteredOn(w -> w.key().equals("council.arrete.warn.pending")).singleElement()
                .satisfies(w -> assertThat(w.args()).containsExactly(12L));
    }
}
