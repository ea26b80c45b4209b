package fr.agora.council.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.notification.Notification;
import fr.agora.council.domain.MemberOrigin;
import fr.agora.council.domain.SeatRounding;
import fr.agora.council.service.ComiteDesignationService;
import fr.agora.council.service.CouncilData;
import fr.agora.council.service.CouncilForm;
import fr.agora.council.service.CouncilService;
import fr.agora.council.service.LinkedComite;
import fr.agora.council.service.MemberData;
import fr.agora.shared.domain.Role;
import fr.agora.shared.domain.Territory;
import fr.agora.shared.domain.TerritoryKind;
import fr.agora.shared.domain.TerritoryRepository;
import fr.agora.shared.domain.UserAccount;
import fr.agora.shared.domain.UserAccountRepository;
import fr.agora.shared.service.RunAs;
import fr.agora.support.AgoraSpringTest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** The comité's officer designates its membres de droit from their phone; staff link comités to a council. */
@AgoraSpringTest
class ComiteViewTest extends SpringBrowserlessTest {

    static final String OFFICER = "officier.vue@test.local";
    static final String LONE_OFFICER = "officier.seul.vue@test.local";
    static final String LONE_COMITE = "CQ-VUE-SEUL";
    static final String STAFF = "agent.comite.vue@test.local";

    @Autowired
    CouncilService councils;
    @Autowired
    ComiteDesignationService comites;
    @Autowired
    UserAccountRepository users;
    @Autowired
    TerritoryRepository territories;

    @BeforeEach
    void accounts() {
        if (territories.findFirstByCodeOrderByValidFromDesc(LONE_COMITE).isEmpty()) {
            territories.save(new Territory(LONE_COMITE, TerritoryKind.COMITE, "Comité de quartier sans conseil",
                    LocalDate.of(2015, 1, 1)));
        }
        officer(OFFICER, "CQ-PARCHEMINIERS");
        officer(LONE_OFFICER, LONE_COMITE);
    }

    void officer(String email, String comite) {
        if (users.findByEmail(email).isEmpty()) {
            UserAccount u = new UserAccount(email, "Officier vue", "{noop}x", Instant.now());
            u.updateProfile("Officier vue", territories.findFirstByCodeOrderByValidFromDesc(comite).orElseThrow(), "fr");
            u.grant(Role.COMMITTEE_OFFICER);
            users.save(u);
        }
    }

    static <T> T staff(Supplier<T> action) {
        return RunAs.user(STAFF, action, Role.Names.STAFF);
    }

    CouncilData parcheminiers() {
        return staff(() -> councils.create(new CouncilForm("Conseil Parcheminiers vue " + UUID.randomUUID(),
                List.of("QPV-PARCHEMINIERS"), 1804, "INSEE", 2025, SeatRounding.HALF_UP, false, 2, true)));
    }

    @Test
    @WithMockUser(username = OFFICER, roles = {"COMMITTEE_OFFICER"})
    void theOfficerDesignatesThenReplacesTheComitesMembresDeDroit() {
        CouncilData c = parcheminiers();
        staff(() -> {
            comites.link(c.id(), "CQ-PARCHEMINIERS");
            return null;
        });
        ComiteView view = navigate("conseils/comite", ComiteView.class);
        assertThat(view.getElement().getTextRecursively()).contains("Comité de quartier des Parcheminiers")
                .contains(c.name());
        ComiteView.DesignationForm form = view.forms.stream().filter(f -> f.councilId == c.id()).findFirst().orElseThrow();
        assertThat(form.titulaire.name.getLabel()).isEqualTo("Nom et prénom (titulaire)");
        assertThat(form.designate.getText()).isEqualTo("Désigner");
        assertThat(form.designate.getElement().getAttribute("aria-label")).contains(c.name());

        // a missing name is refused with a French message, nothing is recorded
        test(form.titulaire.name).setValue("Christelle Vue");
        test(form.designate).click();
        assertThat(test($(Notification.class).last()).getText()).contains("Indiquez le nom de chaque personne");

        test(form.suppleant.name).setValue("Paul Vue");
        test(form.suppleant.email).setValue("paul.vue@exemple.fr");
        test(form.designate).click();
        assertThat(droit(c)).filteredOn(MemberData::active).extracting(MemberData::fullName)
                .containsExactlyInAnyOrder("Christelle Vue", "Paul Vue");
        assertThat(test($(Notification.class).last()).getText()).contains("Christelle Vue et Paul Vue sont désignés");

        // the view now shows them and offers to replace them
        ComiteView.DesignationForm again = view.forms.stream().filter(f -> f.councilId == c.id()).findFirst().orElseThrow();
        assertThat(view.content.getElement().getTextRecursively())
                .contains("Membres de droit en fonction : Christelle Vue (titulaire) et Paul Vue (suppléant·e)");
        assertThat(again.designate.getText()).isEqualTo("Remplacer");
        test(again.titulaire.name).setValue("Nouvelle Vue");
        test(again.suppleant.name).setValue("Nouveau Vue");
        test(again.designate).click();
        assertThat(droit(c)).filteredOn(MemberData::active).extracting(MemberData::fullName)
                .containsExactlyInAnyOrder("Nouvelle Vue", "Nouveau Vue");
        assertThat(droit(c)).hasSize(4);
        assertThat(view.getPageTitle()).startsWith("Membres de droit du comité de quartier");
    }

    @Test
    @WithMockUser(username = LONE_OFFICER, roles = {"COMMITTEE_OFFICER"})
    void aComiteLinkedToNoCouncilIsToldSo() {
        ComiteView view = navigate("conseils/comite", ComiteView.class);
        assertThat(view.forms).isEmpty();
        assertThat(view.content.getElement().getTextRecursively())
                .contains("Aucun conseil citoyen n'est rattaché au Comité de quartier sans conseil");
    }

    @Test
    @WithMockUser(username = STAFF, roles = {"STAFF"})
    void staffLinkAComiteEnterItsDesignationAndRemoveIt() {
        CouncilData c = parcheminiers();
        CouncilsAdminView view = navigate("conseils/gestion", CouncilsAdminView.class);
        view.grid.select(view.grid.getListDataView().getItems().filter(x -> x.id() == c.id()).findFirst().orElseThrow());
        ComiteLinksSection section = $(ComiteLinksSection.class).single();
        section.comite.setValue("CQ-PARCHEMINIERS");
        test(section.link).click();
        assertThat(staff(() -> comites.linked(c.id()))).extracting(LinkedComite::code).containsExactly("CQ-PARCHEMINIERS");

        section = $(ComiteLinksSection.class).single();
        assertThat(section.grid.getListDataView().getItems()).extracting(LinkedComite::name)
                .containsExactly("Comité de quartier des Parcheminiers");
        section.forComite.setValue("CQ-PARCHEMINIERS");
        test(section.titulaire).setValue("Titulaire Papier");
        test(section.suppleant).setValue("Suppléant Papier");
        test(section.designate).click();
        assertThat(staff(() -> comites.linked(c.id()))).singleElement().satisfies(l -> {
            assertThat(l.designation().titulaire()).isEqualTo("Titulaire Papier");
            assertThat(l.designation().onBehalf()).isTrue();
        });

        section = $(ComiteLinksSection.class).single();
        assertThat(test(section.grid).getCellText(0, 1)).contains("Titulaire Papier (titulaire)")
                .contains("saisis par " + STAFF);
        // remove: a confirmation says the membres de droit leave, then the comité is unlinked
        Button remove = (Button) test(section.grid).getCellComponent(0, 2);
        assertThat(remove.getElement().getAttribute("aria-label"))
                .isEqualTo("Retirer Comité de quartier des Parcheminiers du conseil");
        test(remove).click();
        ConfirmDialog dialog = $(ConfirmDialog.class).single();
        assertThat(test(dialog).getHeader()).contains("Parcheminiers");
        assertThat(test(dialog).getText()).contains("ses membres de droit actuels quittent le conseil");
        test(dialog).confirm();
        assertThat(staff(() -> comites.linked(c.id()))).isEmpty();
        assertThat(droit(c)).noneMatch(MemberData::active);
    }

    List<MemberData> droit(CouncilData c) {
        return staff(() -> councils.members(c.id())).stream().filter(m -> m.origin() == MemberOrigin.MEMBRE_DE_DROIT)
                .toList();
    }
}
