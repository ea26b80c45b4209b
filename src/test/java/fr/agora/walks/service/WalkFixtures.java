package fr.agora.walks.service;

import fr.agora.support.As;

import fr.agora.shared.domain.GeoPoint;
import fr.agora.shared.domain.Role;
import fr.agora.shared.domain.TerritoryRepository;
import fr.agora.shared.domain.UserAccount;
import fr.agora.shared.domain.UserAccountRepository;
import fr.agora.walks.domain.Assessment;
import fr.agora.walks.domain.GroupComposition;
import fr.agora.walks.domain.GroupType;
import fr.agora.walks.domain.ModerationStatus;
import fr.agora.walks.domain.PartnerKind;
import fr.agora.walks.domain.TimeOfDay;
import fr.agora.walks.domain.WalkPartner;
import fr.agora.walks.domain.WalkTheme;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Test data for the walks tests: accounts (staff, participant, two partner organisations), walks and pins, all
 * created through the services as the people who would create them.
 */
@Component
public class WalkFixtures {

    public static final String STAFF = "agent-marches@test.fr";
    public static final String PARTICIPANT = "marcheuse@test.fr";
    public static final String OTHER_RESIDENT = "voisin@test.fr";
    public static final String PARTNER = "bailleur@test.fr";
    public static final String OTHER_PARTNER = "transport@test.fr";
    public static final String MODERATOR = "moderatrice@test.fr";
    public static final String PARTNER_ORG = "Amiens Habitat Test";
    public static final String OTHER_ORG = "Ametis Test";
    /** Etouvie, inside the city's bounds. */
    public static final GeoPoint ETOUVIE = new GeoPoint(49.9050, 2.2450);

    @Autowired
    UserAccountRepository users;
    @Autowired
    TerritoryRepository territories;
    @Autowired
    WalkService walks;
    @Autowired
    ObservationService observations;
    @Autowired
    CriterionService criteria;

    /** Creates the fixture accounts once. */
    public void accounts() {
        account(STAFF, "Agent", Role.STAFF, null);
        account(PARTICIPANT, "Marcheuse", Role.RESIDENT, null);
        account(OTHER_RESIDENT, "Voisin", Role.RESIDENT, null);
        account(PARTNER, "Bailleur", Role.PARTNER, PARTNER_ORG);
        account(OTHER_PARTNER, "Transporteur", Role.PARTNER, OTHER_ORG);
        account(MODERATOR, "Modératrice", Role.MODERATOR, null);
    }

    public UserAccount account(String email, String name, Role role, String organisation) {
        UserAccount account = users.findByEmail(email).orElseGet(() -> {
            UserAccount u = new UserAccount(email, name, "{noop}x", Instant.now());
            u.verifyEmail();
            u.grant(role);
            u.setOrganisation(organisation);
            return users.save(u);
        });
        // another test may have created the same address without the organisation this test relies on
        if (organisation != null && !organisation.equals(account.getOrganisation())) {
            account.setOrganisation(organisation);
            account = users.save(account);
        }
        return account;
    }

    public long etouvieId() {
        return territories.findFirstByCodeOrderByValidFromDesc("QPV-ETOUVIE").orElseThrow().getId();
    }

    public WalkForm form(String title, WalkTheme theme) {
        return new WalkForm(title, etouvieId(), theme, theme == WalkTheme.AUTRE ? "Éclairage des cheminements" : null,
                "France médiation", LocalDate.now().minusDays(1), null, TimeOfDay.EVENING, GroupType.WOMEN,
                new GroupComposition(0, 2, 3, 2, 1), List.of(new WalkPartner(PartnerKind.BAILLEUR, PARTNER_ORG)), null);
    }

    /** A walk with the participant enrolled, as staff create it. */
    public long walk(String title) {
        return As.user(STAFF, () -> {
            long id = walks.create(form(title + " " + UUID.randomUUID().toString().substring(0, 6), WalkTheme.INSECURITE_FEMMES)).id();
            walks.addParticipant(id, PARTICIPANT);
            return id;
        }, Role.Names.STAFF);
    }

    public long criterionId(String code) {
        return criteria.all().stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow().id();
    }

    public ObservationInput pin(String text, GeoPoint point) {
        return new ObservationInput(criterionId("VISIBILITE"), Assessment.WEAKNESS, 2, text, point, null,
                UUID.randomUUID().toString());
    }

    /** A pin placed by the participant. */
    public ObservationData capture(long walkId, String text) {
        return As.user(PARTICIPANT, () -> observations.submit(walkId, pin(text, ETOUVIE)), Role.Names.RESIDENT);
    }

    public ObservationData publish(long observationId, boolean internal, boolean hideText) {
        return As.user(MODERATOR, () -> observations.moderate(observationId,
                new ModerationDecision(ModerationStatus.PUBLISHED, hideText, internal, null)), Role.Names.MODERATOR);
    }

    public void publishWalk(long walkId) {
        As.user(STAFF, () -> walks.setPublished(walkId, true), Role.Names.STAFF);
    }
}
