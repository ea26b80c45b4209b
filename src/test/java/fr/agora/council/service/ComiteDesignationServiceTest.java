package fr.agora.council.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.agora.council.domain.College;
import fr.agora.council.domain.MemberOrigin;
import fr.agora.council.domain.SeatPosition;
import fr.agora.council.domain.SeatRounding;
import fr.agora.shared.domain.AuditEvent;
import fr.agora.shared.domain.AuditEventRepository;
import fr.agora.shared.domain.Role;
import fr.agora.shared.domain.Territory;
import fr.agora.shared.domain.TerritoryKind;
import fr.agora.shared.domain.TerritoryRepository;
import fr.agora.shared.domain.UserAccount;
import fr.agora.shared.domain.UserAccountRepository;
import fr.agora.support.AgoraSpringTest;
import fr.agora.support.As;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

/**
 * Membres de droit (DOMAIN.md §7 B.12): each comité de quartier linked to the council's territory designates one
 * titulaire and one suppléant, who sit in the Collège Associations; a comité outside the territory cannot designate.
 */
@AgoraSpringTest
class ComiteDesignationServiceTest {

    static final String PARCHEMINIERS = "CQ-PARCHEMINIERS";

    @Autowired
    fr.agora.council.service.MembershipService membership;
    @Autowired
    ComiteDesignationService comites;
    @Autowired
    CouncilService councils;
    @Autowired
    UserAccountRepository users;
    @Autowired
    TerritoryRepository territories;
    @Autowired
    AuditEventRepository audit;

    final String staffEmail = "agent.comite." + UUID.randomUUID() + "@test.local";

    <T> T staff(Supplier<T> action) {
        return As.user(staffEmail, action, Role.Names.STAFF);
    }

    void staff(Runnable action) {
        As.user(staffEmail, action, Role.Names.STAFF);
    }

    CouncilData council(String qpv, int population, boolean droitInParity) {
        return staff(() -> councils.create(new CouncilForm("Conseil comité " + UUID.randomUUID(), List.of(qpv),
                population, "INSEE 2025", 2025, SeatRounding.HALF_UP, droitInParity, 2, true)));
    }

    /** An account with the comité officer role whose quartier is {@code comiteCode}. */
    String officer(String comiteCode) {
        String email = "officier." + UUID.randomUUID() + "@test.local";
        UserAccount u = new UserAccount(email, "Officier de comité", "{noop}x", java.time.Instant.now());
        u.updateProfile("Officier de comité",
                comiteCode == null ? null : territories.findFirstByCodeOrderByValidFromDesc(comiteCode).orElseThrow(), "fr");
        u.grant(Role.COMMITTEE_OFFICER);
        users.save(u);
        return email;
    }

    /** A comité de quartier of its own, so that tests do not share one. */
    String otherComite() {
        String code = "CQ-TEST-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        territories.save(new Territory(code, TerritoryKind.COMITE, "Comité de quartier test " + code,
                LocalDate.of(2015, 1, 1)));
        return code;
    }

    static <T> T as(String officer, Supplier<T> action) {
        return As.user(officer, action, Role.Names.COMMITTEE_OFFICER);
    }

    static Appointment person(String name) {
        return new Appointment(name, "ignoré", null, null, true);
    }

    List<MemberData> droit(long councilId) {
        return staff(() -> councils.members(councilId)).stream()
                .filter(m -> m.origin() == MemberOrigin.MEMBRE_DE_DROIT).toList();
    }

    List<AuditEvent> events(String actor, String action) {
        return audit.search(actor, action, null, null, PageRequest.of(0, 50));
    }

    @Test
    void theComitesOfficerDesignatesATitulaireAndASuppleantAsMembresDeDroitOfTheAssociationsCollege() {
        CouncilData c = council("QPV-PARCHEMINIERS", 1804, false);
        staff(() -> comites.link(c.id(), PARCHEMINIERS));
        String officer = officer(PARCHEMINIERS);

        ComiteSpace before = as(officer, comites::mySpace);
        assertThat(before.comiteCode()).isEqualTo(PARCHEMINIERS);
        assertThat(before.councils()).filteredOn(e -> e.id() == c.id()).singleElement()
                .satisfies(e -> assertThat(e.designation()).isNull());

        ComiteDesignationData d = as(officer, () -> comites.designate(c.id(), person("Christelle Titulaire"),
                new Appointment("Paul Suppléant", null, "paul@exemple.fr", "03 22 00 00 00", false)));
        assertThat(d.onBehalf()).isFalse();
        assertThat(d.designatedBy()).isEqualTo(officer);
        assertThat(d.active()).isTrue();

        List<MemberData> droit = droit(c.id());
        assertThat(droit).hasSize(2).allSatisfy(m -> {
            assertThat(m.college()).isEqualTo(College.ASSOCIATIONS);
            assertThat(m.active()).isTrue();
            assertThat(m.official()).isFalse();
            assertThat(m.organisation()).isEqualTo("Comité de quartier des Parcheminiers");
        });
        assertThat(droit).extracting(MemberData::position, MemberData::fullName).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(SeatPosition.TITULAIRE, "Christelle Titulaire"),
                org.assertj.core.groups.Tuple.tuple(SeatPosition.SUPPLEANT, "Paul Suppléant"));
        assertThat(droit).extracting(MemberData::seatNo).containsOnly(droit.get(0).seatNo());
        // outside the parity count by default: the associations' seats are all still free
        assertThat(staff(() -> councils.get(c.id())).membresDeDroitSeats()).isEqualTo(1);

        assertThat(as(officer, comites::mySpace).councils()).filteredOn(e -> e.id() == c.id()).singleElement()
                .satisfies(e -> assertThat(e.designation().titulaire()).isEqualTo("Christelle Titulaire"));
        assertThat(events(officer, "COUNCIL_COMITE_DESIGNATED")).singleElement().satisfies(e -> {
            assertThat(e.getOutcome()).isEqualTo(AuditEvent.Outcome.OK);
            assertThat(e.getTargetId()).isEqualTo(String.valueOf(c.id()));
            assertThat(e.getDetails()).contains(PARCHEMINIERS).contains("\"onBehalf\":false");
        });
        assertThat(events(staffEmail, "COUNCIL_COMITE_LINKED")).hasSize(1);
        assertThat(staff(() -> comites.linked(c.id()))).singleElement()
                .satisfies(l -> assertThat(l.designation().suppleant()).isEqualTo("Paul Suppléant"));
    }

    @Test
    void aComiteOutsideTheCouncilsTerritoryCannotDesignateAndTheRefusalIsAudited() {
        CouncilData etouvie = council("QPV-ETOUVIE", 7007, false);
        String officer = officer(PARCHEMINIERS);

        assertThatThrownBy(() -> as(officer, () -> comites.designate(etouvie.id(), person("A"), person("B"))))
                .hasFieldOrPropertyWithValue("messageKey", "comite.error.outside");
        assertThat(droit(etouvie.id())).isEmpty();
        assertThat(events(officer, "COUNCIL_COMITE_DESIGNATION")).singleElement().satisfies(e -> {
            assertThat(e.getOutcome()).isEqualTo(AuditEvent.Outcome.REFUSED);
            assertThat(e.getTargetId()).isEqualTo(String.valueOf(etouvie.id()));
            assertThat(e.getDetails()).contains(PARCHEMINIERS);
        });
        // nor can staff designate for it on its behalf
        assertThatThrownBy(() -> staff(() -> comites.designateFor(etouvie.id(), PARCHEMINIERS, person("A"), person("B"))))
                .hasFieldOrPropertyWithValue("messageKey", "comite.error.outside");
        assertThat(droit(etouvie.id())).isEmpty();
        // the officer does not see a council their comité is not linked to
        assertThat(as(officer, comites::mySpace).councils()).noneMatch(e -> e.id() == etouvie.id());
    }

    @Test
    void anOfficerOfAnotherComiteAnOfficerWithoutComiteAndAResidentAreRefused() {
        CouncilData c = council("QPV-PARCHEMINIERS", 1804, false);
        staff(() -> comites.link(c.id(), PARCHEMINIERS));
        String other = officer(otherComite());
        String noComite = officer(null);

        assertThatThrownBy(() -> as(other, () -> comites.designate(c.id(), person("A"), person("B"))))
                .hasFieldOrPropertyWithValue("messageKey", "comite.error.outside");
        assertThat(events(other, "COUNCIL_COMITE_DESIGNATION")).singleElement()
                .satisfies(e -> assertThat(e.getOutcome()).isEqualTo(AuditEvent.Outcome.REFUSED));
        assertThatThrownBy(() -> as(noComite, () -> comites.designate(c.id(), person("A"), person("B"))))
                .hasFieldOrPropertyWithValue("messageKey", "comite.error.no-comite");
        assertThat(events(noComite, "COUNCIL_COMITE_DESIGNATION")).singleElement()
                .satisfies(e -> assertThat(e.getOutcome()).isEqualTo(AuditEvent.Outcome.REFUSED));
        assertThat(as(noComite, comites::mySpace).comiteCode()).isNull();
        assertThatThrownBy(() -> As.user("habitant.comite@test.local",
                () -> comites.designate(c.id(), person("A"), person("B")), Role.Names.RESIDENT))
                .isInstanceOf(AccessDeniedException.class);
        // linking is staff's
        assertThatThrownBy(() -> as(other, () -> {
            comites.link(c.id(), PARCHEMINIERS);
            return null;
        })).isInstanceOf(AccessDeniedException.class);
        assertThat(droit(c.id())).isEmpty();
    }

    @Test
    void aNewDesignationEndsThePreviousPair() {
        CouncilData c = council("QPV-PARCHEMINIERS", 1804, false);
        staff(() -> comites.link(c.id(), PARCHEMINIERS));
        String officer = officer(PARCHEMINIERS);
        ComiteDesignationData first = as(officer, () -> comites.designate(c.id(), person("Première T"),
                person("Premier S")));
        ComiteDesignationData second = as(officer, () -> comites.designate(c.id(), person("Deuxième T"),
                person("Deuxième S")));

        List<MemberData> droit = droit(c.id());
        assertThat(droit).filteredOn(MemberData::active).extracting(MemberData::fullName)
                .containsExactlyInAnyOrder("Deuxième T", "Deuxième S");
        assertThat(droit).filteredOn(m -> !m.active()).extracting(MemberData::fullName)
                .containsExactlyInAnyOrder("Première T", "Premier S");
        assertThat(droit).filteredOn(m -> !m.active()).allSatisfy(m -> assertThat(m.endDate()).isNotNull());
        assertThat(staff(() -> councils.get(c.id())).membresDeDroitSeats()).isEqualTo(1);
        assertThat(staff(() -> comites.history(c.id()))).extracting(ComiteDesignationData::id,
                ComiteDesignationData::active).containsExactly(org.assertj.core.groups.Tuple.tuple(second.id(), true),
                org.assertj.core.groups.Tuple.tuple(first.id(), false));
        assertThat(events(officer, "COUNCIL_COMITE_DESIGNATION_ENDED")).singleElement()
                .satisfies(e -> assertThat(e.getDetails()).contains("\"designation\":" + first.id()));

        // staff enter a third designation on the comité's behalf: recorded as such, and it replaces the second
        ComiteDesignationData third = staff(() -> comites.designateFor(c.id(), PARCHEMINIERS, person("Troisième T"),
                person("Troisième S")));
        assertThat(third.onBehalf()).isTrue();
        assertThat(third.designatedBy()).isEqualTo(staffEmail);
        assertThat(droit(c.id())).filteredOn(MemberData::active).extracting(MemberData::fullName)
                .containsExactlyInAnyOrder("Troisième T", "Troisième S");
        assertThat(events(staffEmail, "COUNCIL_COMITE_DESIGNATED")).singleElement()
                .satisfies(e -> assertThat(e.getDetails()).contains("\"onBehalf\":true"));

        // unlinking the comité ends its membres de droit: outside the territory, it has none
        staff(() -> comites.unlink(c.id(), PARCHEMINIERS));
        assertThat(droit(c.id())).noneMatch(MemberData::active);
        assertThat(staff(() -> comites.linked(c.id()))).isEmpty();
        assertThatThrownBy(() -> as(officer, () -> comites.designate(c.id(), person("A"), person("B"))))
                .hasFieldOrPropertyWithValue("messageKey", "comite.error.outside");
    }

    @Test
    void membresDeDroitSitBesideTheSeatCountUnlessTheCouncilCountsThemInTheParity() {
        String officer = officer(PARCHEMINIERS);
        // 500 inhabitants: 1 Habitants seat, so 1 Associations seat
        CouncilData beside = council("QPV-PARCHEMINIERS", 500, false);
        CouncilData inParity = council("QPV-PARCHEMINIERS", 500, true);
        for (CouncilData c : List.of(beside, inParity)) {
            assertThat(c.associationSeats()).isEqualTo(1);
            staff(() -> comites.link(c.id(), PARCHEMINIERS));
        }

        // beside the count: the association fills the only seat, the comité still designates
        staff(() -> membership.appoint(beside.id(), College.ASSOCIATIONS, MemberOrigin.ASSOCIATION, person("Asso T"),
                person("Asso S")));
        as(officer, () -> comites.designate(beside.id(), person("Droit T"), person("Droit S")));
        assertThat(droit(beside.id())).hasSize(2);

        // in the parity: the comité's pair takes the seat (and can be replaced, the old pair freeing it) ...
        as(officer, () -> comites.designate(inParity.id(), person("Droit T"), person("Droit S")));
        as(officer, () -> comites.designate(inParity.id(), person("Droit T2"), person("Droit S2")));
        assertThat(droit(inParity.id())).filteredOn(MemberData::active).hasSize(2);
        // ... so no association can be appointed any more
        assertThatThrownBy(() -> staff(() -> membership.appoint(inParity.id(), College.ASSOCIATIONS,
                MemberOrigin.ASSOCIATION, person("Asso T"), person("Asso S"))))
                .hasFieldOrPropertyWithValue("messageKey", "council.error.no-free-seat");

        // and when an association holds the seat first, the comité finds it taken
        CouncilData full = council("QPV-PARCHEMINIERS", 500, true);
        staff(() -> comites.link(full.id(), PARCHEMINIERS));
        staff(() -> membership.appoint(full.id(), College.ASSOCIATIONS, MemberOrigin.ASSOCIATION, person("Asso T"),
                person("Asso S")));
        assertThatThrownBy(() -> as(officer, () -> comites.designate(full.id(), person("Droit T"), person("Droit S"))))
                .hasFieldOrPropertyWithValue("messageKey", "council.error.no-free-seat");
        assertThat(droit(full.id())).isEmpty();
        assertThat(staff(() -> comites.linked(full.id()))).singleElement()
                .satisfies(l -> assertThat(l.designation()).isNull());
    }

    @Test
    void whenTheTitulaireLeavesTheSuppleantTakesThePlaceAndTheComiteSeesAVacancy() {
        CouncilData c = council("QPV-PARCHEMINIERS", 1804, false);
        staff(() -> comites.link(c.id(), PARCHEMINIERS));
        String officer = officer(PARCHEMINIERS);
        as(officer, () -> comites.designate(c.id(), person("Partante"), person("Remplaçant")));
        long titulaire = droit(c.id()).stream().filter(m -> m.position() == SeatPosition.TITULAIRE).findFirst()
                .orElseThrow().id();
        staff(() -> membership.resign(titulaire, LocalDate.now(), "Démission"));

        ComiteDesignationData now = as(officer, comites::mySpace).councils().stream().filter(e -> e.id() == c.id())
                .findFirst().orElseThrow().designation();
        assertThat(now.titulaire()).isEqualTo("Remplaçant");
        assertThat(now.suppleant()).isNull();
        // designating again ends what is left of the pair
        as(officer, () -> comites.designate(c.id(), person("Nouvelle"), person("Nouveau")));
        assertThat(droit(c.id())).filteredOn(MemberData::active).extracting(MemberData::fullName)
                .containsExactlyInAnyOrder("Nouvelle", "Nouveau");
    }

    @Test
    void aComiteIsLinkedOnceAndOnlyComitesCanBeLinked() {
        CouncilData c = council("QPV-PARCHEMINIERS", 1804, false);
        staff(() -> comites.link(c.id(), PARCHEMINIERS));
        assertThatThrownBy(() -> staff(() -> comites.link(c.id(), PARCHEMINIERS)))
                .hasFieldOrPropertyWithValue("messageKey", "comite.error.already-linked");
        assertThatThrownBy(() -> staff(() -> comites.link(c.id(), "QPV-ETOUVIE")))
                .hasFieldOrPropertyWithValue("messageKey", "comite.error.unknown");
        assertThatThrownBy(() -> staff(() -> comites.link(c.id(), null)))
                .hasFieldOrPropertyWithValue("messageKey", "comite.error.choose");
        assertThatThrownBy(() -> staff(() -> comites.unlink(c.id(), otherComite())))
                .hasFieldOrPropertyWithValue("messageKey", "comite.error.not-linked");
        assertThat(staff(comites::comiteChoices)).containsKey(PARCHEMINIERS).doesNotContainKey("QPV-ETOUVIE");
    }
}
