package fr.agora.comites.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.agora.meetings.service.MeetingFixtures;
import fr.agora.shared.domain.Role;
import fr.agora.shared.domain.TerritoryRepository;
import fr.agora.support.AgoraSpringTest;
import fr.agora.support.As;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The comités' directory and the officer's limits, on MariaDB. */
@AgoraSpringTest
class ComiteServiceTest {

    @Autowired
    MeetingFixtures fx;
    @Autowired
    ComiteService comites;
    @Autowired
    TerritoryRepository territories;

    @Test
    void the_directory_filters_by_secteur_and_shows_the_maire_adjoint() {
        long comite = fx.comite(null);
        long centre = territories.findFirstByCodeOrderByValidFromDesc("SECT-CENTRE").orElseThrow().getId();
        long nord = territories.findFirstByCodeOrderByValidFromDesc("SECT-NORD").orElseThrow().getId();
        As.user(MeetingFixtures.STAFF, () -> comites.nameMaireAdjoint(centre, "Mme Adjointe Centre"), Role.Names.STAFF);
        assertThat(comites.directory(centre)).anyMatch(c -> c.id() == comite && "Mme Adjointe Centre".equals(c.maireAdjoint()))
                .allMatch(c -> c.secteurId() == centre);
        assertThat(comites.directory(nord)).noneMatch(c -> c.id() == comite);
        assertThat(comites.directory(null)).anyMatch(c -> c.code().equals("CQ-PARCHEMINIERS"));
    }

    @Test
    void an_officer_edits_only_their_own_comite() {
        String officer = MeetingFixtures.unique("officier") + "@test.fr";
        long own = fx.comite(officer);
        long other = fx.comite(null);
        ComiteCard card = As.user(officer, () -> comites.describe(own, new ComiteForm("Association loi 1901", "Mme Présidente",
                "Contact@Comite.fr", "03 22 00 00 00", "Maison de quartier")), Role.Names.COMMITTEE_OFFICER);
        assertThat(card.contactEmail()).isEqualTo("contact@comite.fr");
        assertThat(card.associativeStatus()).isEqualTo("Association loi 1901");
        assertThatThrownBy(() -> As.user(officer, () -> comites.describe(other, new ComiteForm("x", null, null, null, null)),
                Role.Names.COMMITTEE_OFFICER)).extracting("messageKey").isEqualTo("comites.error.not-your-comite");
        assertThatThrownBy(() -> As.user(officer, () -> comites.describe(own, new ComiteForm(null, null, "pas-un-courriel",
                null, null)), Role.Names.COMMITTEE_OFFICER)).extracting("messageKey").isEqualTo("comites.error.email");
        assertThat(comites.card(own).contactEmail()).isEqualTo("contact@comite.fr");
        // members: added by the officer, duplicates refused, read only by the officer or staff
        As.user(officer, () -> comites.addMember(own, new ComiteMemberForm("Jeanne Membre", "jeanne@test.fr", null, true, true)),
                Role.Names.COMMITTEE_OFFICER);
        assertThatThrownBy(() -> As.user(officer, () -> comites.addMember(own, new ComiteMemberForm("Jeanne", "JEANNE@test.fr",
                null, true, true)), Role.Names.COMMITTEE_OFFICER)).extracting("messageKey").isEqualTo("comites.error.member-exists");
        assertThatThrownBy(() -> As.user(officer, () -> comites.membersOf(other), Role.Names.COMMITTEE_OFFICER))
                .extracting("messageKey").isEqualTo("comites.error.not-your-comite");
        assertThat(comites.members(own)).extracting(m -> m.email()).containsExactly("jeanne@test.fr");
    }
}
