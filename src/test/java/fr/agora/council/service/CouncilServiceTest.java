package fr.agora.council.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.agora.council.domain.College;
import fr.agora.council.domain.MemberOrigin;
import fr.agora.council.domain.SeatPosition;
import fr.agora.council.domain.SeatRounding;
import fr.agora.shared.domain.AuditEventRepository;
import fr.agora.shared.domain.BusinessException;
import fr.agora.shared.domain.Role;
import fr.agora.support.AgoraSpringTest;
import fr.agora.support.MutableClock;
import fr.agora.support.As;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

@AgoraSpringTest
class CouncilServiceTest {

    static final String STAFF = "agent.council@test.local";
    static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
            .getBytes(StandardCharsets.ISO_8859_1);

    @Autowired
    fr.agora.council.service.ArreteService arretes;
    @Autowired
    fr.agora.council.service.MemberExportService memberExports;
    @Autowired
    fr.agora.council.service.MembershipService membership;
    @Autowired
    CouncilService councils;

    @Autowired
    AuditEventRepository audit;

    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    static <T> T staff(Supplier<T> action) {
        return As.user(STAFF, action, Role.Names.STAFF);
    }

    static CouncilForm form(String name, int population, SeatRounding rounding, String... qpv) {
        return new CouncilForm(name, List.of(qpv), population, "INSEE 2025", 2025, rounding, false, 2, true);
    }

    CouncilData pierreRollin() {
        return staff(() -> councils.create(form("Conseil citoyen Pierre Rollin " + UUID.randomUUID(), 2920,
                SeatRounding.HALF_UP, "QPV-PIERRE-ROLLIN")));
    }

    static Appointment person(String name) {
        return new Appointment(name, null, null, null, true);
    }

    @Test
    void seatsAreTwoPerThousandWithTheCouncilsRounding() {
        CouncilData c = pierreRollin();
        assertThat(c.habitantSeats()).isEqualTo(6);
        assertThat(c.associationSeats()).isEqualTo(6);
        assertThat(staff(() -> councils.create(form("Arrondi inférieur " + UUID.randomUUID(), 2920, SeatRounding.DOWN,
                "QPV-PIERRE-ROLLIN"))).habitantSeats()).isEqualTo(5);
        assertThat(staff(() -> councils.create(form("Arrondi supérieur " + UUID.randomUUID(), 2201, SeatRounding.UP,
                "QPV-PIERRE-ROLLIN"))).habitantSeats()).isEqualTo(5);
        // one council for two QPV, as in 2015 for Marcel Paul and Philéas Lebesgue
        CouncilData two = staff(() -> councils.create(form("Marcel Paul – Philéas Lebesgue " + UUID.randomUUID(),
                1158 + 2665, SeatRounding.HALF_UP, "QPV-SALAMANDRE", "QPV-CONDORCET")));
        assertThat(two.territoryCodes()).containsExactlyInAnyOrder("QPV-SALAMANDRE", "QPV-CONDORCET");
        assertThat(two.habitantSeats()).isEqualTo(8);
    }

    @Test
    void invalidCouncilsAreRefused() {
        assertThatThrownBy(() -> staff(() -> councils.create(form(" ", 2920, SeatRounding.HALF_UP, "QPV-ETOUVIE"))))
                .hasFieldOrPropertyWithValue("messageKey", "council.error.name");
        assertThatThrownBy(() -> staff(() -> councils.create(form("X", 2920, SeatRounding.HALF_UP, "CQ-SAINT-LEU"))))
                .hasFieldOrPropertyWithValue("messageKey", "council.error.territory-unknown");
        assertThatThrownBy(() -> staff(() -> councils.create(form("X", 0, SeatRounding.HALF_UP, "QPV-ETOUVIE"))))
                .hasFieldOrPropertyWithValue("messageKey", "council.error.population");
        assertThatThrownBy(() -> staff(() -> councils.create(new CouncilForm("X", List.of("QPV-ETOUVIE"), 7007, "INSEE",
                2025, SeatRounding.HALF_UP, false, 9, true)))).hasFieldOrPropertyWithValue("messageKey", "council.error.mandate-years");
    }

    @Test
    void onlyStaffManageCouncils() {
        CouncilForm f = form("Refusé " + UUID.randomUUID(), 2920, SeatRounding.HALF_UP, "QPV-PIERRE-ROLLIN");
        assertThatThrownBy(() -> As.user("habitant@test.local", () -> councils.create(f), Role.Names.RESIDENT))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> As.anonymous(() -> councils.create(f))).isInstanceOf(AccessDeniedException.class);
        CouncilData c = pierreRollin();
        assertThatThrownBy(() -> As.user("habitant@test.local", () -> councils.members(c.id()), Role.Names.RESIDENT))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void habitantSeatsAreBoundedAndMembresDeDroitSitBesideTheParity() {
        CouncilData c = pierreRollin();
        for (int i = 1; i <= 6; i++) {
            int n = i;
            assertThat(staff(() -> membership.appoint(c.id(), College.HABITANTS, MemberOrigin.DRAW, person("T" + n),
                    person("S" + n)))).isEqualTo(i);
        }
        assertThatThrownBy(() -> staff(() -> membership.appoint(c.id(), College.HABITANTS, MemberOrigin.DRAW,
                person("T7"), person("S7")))).hasFieldOrPropertyWithValue("messageKey", "council.error.no-free-seat");
        assertThatThrownBy(() -> staff(() -> membership.appoint(c.id(), College.HABITANTS, MemberOrigin.ASSOCIATION,
                person("A"), person("B")))).hasFieldOrPropertyWithValue("messageKey", "council.error.origin");
        for (int i = 1; i <= 6; i++) {
            int n = i;
            staff(() -> membership.appoint(c.id(), College.ASSOCIATIONS, MemberOrigin.ASSOCIATION, person("AT" + n),
                    person("AS" + n)));
        }
        // the comités de quartier's membres de droit are outside the parity count by default
        staff(() -> membership.appoint(c.id(), College.ASSOCIATIONS, MemberOrigin.MEMBRE_DE_DROIT,
                new Appointment("Comité T", "Comité de quartier Saint-Pierre", null, null, false),
                new Appointment("Comité S", "Comité de quartier Saint-Pierre", null, null, false)));
        CouncilData after = staff(() -> councils.get(c.id()));
        assertThat(after.membresDeDroitSeats()).isEqualTo(1);
        assertThat(staff(() -> councils.members(c.id()))).hasSize(26);
    }

    @Test
    void aResigningTitulaireIsReplacedByTheSuppleantAndTheVacancyCanBeFilled() {
        CouncilData c = pierreRollin();
        staff(() -> membership.appoint(c.id(), College.HABITANTS, MemberOrigin.DRAW, person("Awa Diallo"),
                person("Léa Petit")));
        List<MemberData> before = staff(() -> councils.members(c.id()));
        MemberData titulaire = before.stream().filter(m -> m.position() == SeatPosition.TITULAIRE).findFirst().orElseThrow();
        As.user(STAFF, () -> membership.resign(titulaire.id(), LocalDate.now(clock), "Démission"), Role.Names.STAFF);
        List<MemberData> after = staff(() -> councils.members(c.id()));
        assertThat(after).filteredOn(MemberData::active).singleElement().satisfies(m -> {
            assertThat(m.fullName()).isEqualTo("Léa Petit");
            assertThat(m.position()).isEqualTo(SeatPosition.TITULAIRE);
        });
        assertThatThrownBy(() -> As.user(STAFF, () -> membership.resign(titulaire.id(), LocalDate.now(clock), "Démission"),
                Role.Names.STAFF)).hasFieldOrPropertyWithValue("messageKey", "council.error.already-ended");
        As.user(STAFF, () -> membership.fillSuppleant(c.id(), College.HABITANTS, 1, MemberOrigin.DRAW, person("Nina Roux")),
                Role.Names.STAFF);
        assertThatThrownBy(() -> As.user(STAFF, () -> membership.fillSuppleant(c.id(), College.HABITANTS, 1,
                MemberOrigin.DRAW, person("Deux")), Role.Names.STAFF))
                .hasFieldOrPropertyWithValue("messageKey", "council.error.no-vacancy");
        assertThat(audit.search(STAFF, "COUNCIL_MEMBER_LEFT", null, null, PageRequest.of(0, 200)))
                .anyMatch(e -> e.getDetails().contains("promoted"));
    }

    @Test
    void membersStayProvisionalAndUnnamedUntilTheArrete() {
        CouncilData c = pierreRollin();
        staff(() -> membership.appoint(c.id(), College.HABITANTS, MemberOrigin.DRAW, person("Awa Diallo"),
                new Appointment("Sans Accord", null, null, null, false)));
        PublicCouncil before = As.anonymous(() -> councils.publicPage(c.slug()));
        assertThat(before.council().official()).isFalse();
        assertThat(before.namedMembers()).isEmpty();
        assertThat(before.countsByCollege()).containsEntry("HABITANTS", 2L);

        assertThatThrownBy(() -> staff(() -> arretes.recordArrete(c.id(), LocalDate.now(clock), "2026-123",
                "<html>pas un pdf</html>".getBytes(StandardCharsets.UTF_8))))
                .hasFieldOrPropertyWithValue("messageKey", "council.error.arrete-not-pdf");
        assertThatThrownBy(() -> staff(() -> arretes.recordArrete(c.id(), LocalDate.now(clock).plusDays(1), "2026-123",
                PDF))).hasFieldOrPropertyWithValue("messageKey", "council.error.arrete-date");
        assertThat(audit.search(STAFF, "COUNCIL_ARRETE", null, null, PageRequest.of(0, 200)))
                .anyMatch(e -> e.getDetails().contains("not a PDF"));

        staff(() -> arretes.recordArrete(c.id(), LocalDate.now(clock), "Arrêté n° 2026-123", PDF, true));
        PublicCouncil after = As.anonymous(() -> councils.publicPage(c.slug()));
        assertThat(after.council().official()).isTrue();
        assertThat(after.namedMembers()).extracting(MemberData::fullName).containsExactly("Awa Diallo");
        assertThat(after.namedMembers().get(0).email()).isNull();
        assertThat(As.anonymous(() -> arretes.arretePdf(c.slug()))).isEqualTo(PDF);

        // appointed after the arrêté: provisional again until the next one
        staff(() -> membership.appoint(c.id(), College.HABITANTS, MemberOrigin.DRAW, person("Après"), person("Arrêté")));
        assertThat(staff(() -> councils.members(c.id()))).filteredOn(m -> m.fullName().equals("Après"))
                .singleElement().extracting(MemberData::official).isEqualTo(false);
    }

    @Test
    void theMandateEndsAfterItsLengthAndStaffAreWarnedBeforehand() {
        CouncilData c = pierreRollin();
        CouncilData started = staff(() -> councils.startMandate(c.id(), LocalDate.of(2025, 10, 1)));
        assertThat(started.mandateEnd()).isEqualTo(LocalDate.of(2027, 10, 1));
        assertThat(staff(() -> councils.mandatesEndingSoon())).extracting(CouncilData::id).doesNotContain(c.id());
        clock.advance(java.time.Duration.between(clock.instant(),
                LocalDate.of(2027, 8, 1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant()));
        assertThat(staff(() -> councils.mandatesEndingSoon())).extracting(CouncilData::id).contains(c.id());
    }

    @Test
    void theMemberListExportsForSpreadsheetsWithoutFormulas() {
        CouncilData c = pierreRollin();
        staff(() -> membership.appoint(c.id(), College.HABITANTS, MemberOrigin.DRAW, person("=HYPERLINK(\"x\")"),
                person("Léa Petit")));
        String csv = new String(staff(() -> memberExports.membersCsv(c.id(), Locale.FRENCH)), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF\"Collège\";\"Siège\"");
        assertThat(csv).contains("\"'=HYPERLINK(\"\"x\"\")\"").contains("\"Léa Petit\"").contains("Provisoire");
        byte[] pdf = staff(() -> memberExports.membersPdf(c.id(), Locale.FRENCH));
        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(audit.search(STAFF, "COUNCIL_MEMBERS_EXPORTED", null, null, PageRequest.of(0, 50)))
                .anyMatch(e -> e.getDetails().contains("pdf"));
        assertThatThrownBy(() -> As.user("habitant@test.local", () -> memberExports.membersPdf(c.id(), Locale.FRENCH),
                Role.Names.RESIDENT)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aMemberSeesTheirOwnCouncilOnly() {
        CouncilData c = pierreRollin();
        staff(() -> membership.appoint(c.id(), College.HABITANTS, MemberOrigin.DRAW,
                new Appointment("Membre A", null, "membre.a@test.local", "06 12 34 56 78", false), person("S")));
        var mine = As.user("membre.a@test.local", () -> membership.myCouncils(), Role.Names.COUNCIL_MEMBER);
        assertThat(mine.keySet()).extracting(CouncilData::id).containsExactly(c.id());
        assertThat(As.user("autre@test.local", () -> membership.myCouncils(), Role.Names.COUNCIL_MEMBER)).isEmpty();
        assertThatThrownBy(() -> As.user("membre.a@test.local", () -> membership.myCouncils(), Role.Names.RESIDENT))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void unknownCouncilsAreNotFound() {
        assertThatThrownBy(() -> As.anonymous(() -> councils.publicPage("nope"))).isInstanceOf(BusinessException.class);
    }

    @Test
    void membersChooseWhetherTheirNameIsPublishedAndOnlyTheirOwn() {
        CouncilData c = pierreRollin();
        String mine = "membre." + UUID.randomUUID() + "@test.local";
        staff(() -> membership.appoint(c.id(), College.HABITANTS, MemberOrigin.DRAW,
                new Appointment("Awa Membre", null, mine, null, false), new Appointment("Léo Autre", null, null, null, false)));
        staff(() -> arretes.recordArrete(c.id(), LocalDate.now(clock), "Arrêté n° 2026-321", PDF, true));
        List<MemberData> seat = staff(() -> councils.members(c.id()));
        long awa = seat.stream().filter(m -> m.fullName().equals("Awa Membre")).findFirst().orElseThrow().id();
        long leo = seat.stream().filter(m -> m.fullName().equals("Léo Autre")).findFirst().orElseThrow().id();
        assertThat(As.anonymous(() -> councils.publicPage(c.slug())).namedMembers()).isEmpty();

        As.user(mine, () -> membership.setMyPublicConsent(awa, true), Role.Names.COUNCIL_MEMBER);
        assertThat(As.anonymous(() -> councils.publicPage(c.slug())).namedMembers()).extracting(MemberData::fullName)
                .containsExactly("Awa Membre");
        // not someone else's entry
        assertThatThrownBy(() -> As.user(mine, () -> membership.setMyPublicConsent(leo, true), Role.Names.COUNCIL_MEMBER))
                .hasFieldOrPropertyWithValue("messageKey", "council.error.not-yours");
        assertThat(audit.search(mine, "COUNCIL_MEMBER_CONSENT", null, null, PageRequest.of(0, 10)))
                .anyMatch(e -> e.getOutcome() == fr.agora.shared.domain.AuditEvent.Outcome.REFUSED);
        // staff record a consent given on paper, and its withdrawal
        staff(() -> {
            membership.recordPublicConsent(leo, true);
            return null;
        });
        assertThat(As.anonymous(() -> councils.publicPage(c.slug())).namedMembers()).hasSize(2);
        As.user(mine, () -> membership.setMyPublicConsent(awa, false), Role.Names.COUNCIL_MEMBER);
        assertThat(As.anonymous(() -> councils.publicPage(c.slug())).namedMembers()).extracting(MemberData::fullName)
                .containsExactly("Léo Autre");
    }
}
