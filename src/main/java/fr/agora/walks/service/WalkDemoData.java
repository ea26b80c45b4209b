package fr.agora.walks.service;

import fr.agora.shared.domain.GeoPoint;
import fr.agora.shared.domain.Role;
import fr.agora.shared.service.AccountDirectory;
import fr.agora.shared.service.AccountRef;
import fr.agora.shared.service.TerritoryService;
import fr.agora.walks.domain.Assessment;
import fr.agora.walks.domain.DiagnosticCriterionRepository;
import fr.agora.walks.domain.GroupComposition;
import fr.agora.walks.domain.GroupType;
import fr.agora.walks.domain.ModerationStatus;
import fr.agora.walks.domain.PartnerKind;
import fr.agora.walks.domain.PhotoStatus;
import fr.agora.walks.domain.RecommendationStatus;
import fr.agora.walks.domain.TimeOfDay;
import fr.agora.walks.domain.WalkPartner;
import fr.agora.walks.domain.WalkRepository;
import fr.agora.walks.domain.WalkState;
import fr.agora.walks.domain.WalkTheme;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import javax.imageio.ImageIO;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo content for {@code ./agora run}: a women's evening walk in Etouvie with its route, moderated pins (one
 * internal, one with its text hidden, one awaiting review), a photo, and recommendations addressed to the demo
 * partner organisation (partenaire@agora.demo answers them) and to others; and a walk in Amiens Nord still in its
 * field diagnostic, on which habitant@agora.demo can capture pins. Loaded once, after the shared demo accounts,
 * through the services, as the demo agent and participants would enter it.
 */
@Component
@ConditionalOnProperty(name = "agora.demo.enabled", havingValue = "true")
class WalkDemoData {

    static final String ETOUVIE_TITLE = "Marche exploratoire des femmes d'Etouvie (démo)";
    static final String NORD_TITLE = "Marche des aînées et aînés d'Amiens Nord (démo)";
    static final String AGENT = "agent@agora.demo";
    static final String RESIDENT = "habitant@agora.demo";
    static final String PARTNER = "partenaire@agora.demo";

    private static final Logger log = LoggerFactory.getLogger(WalkDemoData.class);

    private final WalkRepository walkRows;
    private final TerritoryService territories;
    private final AccountDirectory accounts;
    private final DiagnosticCriterionRepository criteria;
    private final WalkService walks;
    private final ObservationService observations;
    private final RecommendationService recommendations;
    private final Clock clock;
    private final TransactionTemplate transaction;

    WalkDemoData(WalkRepository walkRows, TerritoryService territories, AccountDirectory accounts,
            DiagnosticCriterionRepository criteria, WalkService walks, ObservationService observations,
            RecommendationService recommendations, Clock clock, PlatformTransactionManager tx) {
        this.walkRows = walkRows;
        this.territories = territories;
        this.accounts = accounts;
        this.criteria = criteria;
        this.walks = walks;
        this.observations = observations;
        this.recommendations = recommendations;
        this.clock = clock;
        this.transaction = new TransactionTemplate(tx);
    }

    /** After start-up, hence after the shared demo accounts exist. */
    @EventListener(ApplicationReadyEvent.class)
    void onReady() {
        // all or nothing: a failed load leaves no half walk, and is retried at the next start
        transaction.executeWithoutResult(s -> load());
    }

    void load() {
        if (walkRows.existsByTitle(ETOUVIE_TITLE) || accounts.byEmail(AGENT).isEmpty() || accounts.byEmail(PARTNER).isEmpty()) {
            return;
        }
        log.info("Chargement des marches exploratoires de démonstration");
        String partnerOrg = accounts.byEmail(PARTNER).map(AccountRef::organisation).orElseThrow();
        long etouvie = territories.latest("QPV-ETOUVIE").orElseThrow().id();
        long nord = territories.latest("QPV-AMIENS-NORD").orElseThrow().id();
        LocalDate walkDate = LocalDate.now(clock).minusDays(1);

        long walk = asAgent(() -> {
            WalkDetail d = walks.create(new WalkForm(ETOUVIE_TITLE, etouvie, WalkTheme.INSECURITE_FEMMES, null,
                    "France médiation (démo)", walkDate, LocalTime.of(18, 30), TimeOfDay.EVENING, GroupType.WOMEN,
                    new GroupComposition(0, 2, 3, 3, 1),
                    List.of(new WalkPartner(PartnerKind.BAILLEUR, partnerOrg),
                            new WalkPartner(PartnerKind.TRANSPORTEUR, "Ametis (démo)"),
                            new WalkPartner(PartnerKind.POLICE, "Police municipale d'Amiens (démo)"),
                            new WalkPartner(PartnerKind.DROITS_FEMMES, "Délégation départementale aux droits des femmes (démo)")),
                    null));
            walks.setRoute(d.id(), List.of(new GeoPoint(49.9032, 2.2412), new GeoPoint(49.9041, 2.2428),
                    new GeoPoint(49.9050, 2.2441), new GeoPoint(49.9061, 2.2452), new GeoPoint(49.9068, 2.2470),
                    new GeoPoint(49.9059, 2.2489), new GeoPoint(49.9046, 2.2484), new GeoPoint(49.9037, 2.2466)));
            walks.addParticipant(d.id(), RESIDENT);
            walks.addParticipant(d.id(), "camille.martin@agora.demo");
            return d.id();
        });

        long[] pins = asResident(() -> new long[] {
            pin(walk, "VISIBILITE", Assessment.WEAKNESS, 3, "Le passage sous la dalle est très sombre le soir : on ne voit pas qui arrive en face.", 49.9044, 2.2431),
            pin(walk, "ENTRETIEN", Assessment.WEAKNESS, 2, "Deux lampadaires éteints le long du chemin vers l'arrêt de bus.", 49.9052, 2.2444),
            pin(walk, "SIGNALISATION", Assessment.WEAKNESS, 1, "Aucun panneau n'indique le chemin vers la maison de quartier.", 49.9060, 2.2455),
            pin(walk, "ANIMATION", Assessment.ASSET, 2, "La boulangerie ouverte jusqu'à 20 h rassure : il y a du passage.", 49.9066, 2.2468),
            pin(walk, "AMENAGEMENT", Assessment.WEAKNESS, 2, "La haie du square masque l'entrée : on a l'impression d'être enfermée.", 49.9058, 2.2487),
            pin(walk, "AMENAGEMENT", Assessment.ASSET, 1, "Les nouveaux bancs près de l'aire de jeux sont bien placés, face à la rue.", 49.9047, 2.2482),
            pin(walk, "ANIMATION", Assessment.WEAKNESS, 3, "Groupe installé chaque soir au pied de la tour ; remarques aux passantes.", 49.9039, 2.2468),
            pin(walk, "ENTRETIEN", Assessment.WEAKNESS, 2, "Mme X. du 4e dit que le local poubelles reste ouvert la nuit.", 49.9036, 2.2455),
            pin(walk, "VISIBILITE", Assessment.WEAKNESS, 2, "Le parking derrière le centre commercial n'est pas éclairé.", 49.9063, 2.2437),
        });
        asResident(() -> observations.addPhoto(pins[1], demoPhoto()));
        asAgent(() -> {
            for (int i = 0; i < pins.length - 1; i++) {
                boolean internal = i == 6;
                boolean hideText = i == 7;
                observations.moderate(pins[i], new ModerationDecision(ModerationStatus.PUBLISHED, hideText, internal,
                        internal ? "Point sensible : réservé aux services et partenaires" : hideText ? "Nom d'une personne" : null));
            }
            observations.allOfWalk(walk).stream().flatMap(o -> o.photos().stream())
                    .forEach(p -> observations.moderatePhoto(p.id(), PhotoStatus.PUBLISHED));
            walks.moveTo(walk, WalkState.REFLEXION);
            walks.moveTo(walk, WalkState.PRESENTATION);
            RecommendationData hedge = recommendations.create(walk, new RecommendationForm("Tailler la haie du square et ouvrir l'entrée",
                    "Abaisser la haie à 1 m et élargir l'entrée du square pour que l'on voie de la rue à l'intérieur.", partnerOrg,
                    walkDate.plusMonths(3), Set.of(pins[4])));
            RecommendationData bins = recommendations.create(walk, new RecommendationForm("Fermer le local poubelles la nuit",
                    "Installer une fermeture automatique du local poubelles de la tour.", partnerOrg, walkDate.plusMonths(2),
                    Set.of(pins[7])));
            RecommendationData light = recommendations.create(walk, new RecommendationForm("Rallumer et renforcer l'éclairage du chemin",
                    "Réparer les deux lampadaires et éclairer le passage sous la dalle.", "Ville d'Amiens — éclairage public (démo)",
                    walkDate.plusMonths(1), Set.of(pins[0], pins[1])));
            RecommendationData bus = recommendations.create(walk, new RecommendationForm("Arrêt à la demande en soirée",
                    "Permettre la descente entre deux arrêts après 20 h sur la ligne qui dessert Etouvie.", "Ametis (démo)",
                    walkDate.plusMonths(4), Set.of(pins[8])));
            for (RecommendationData r : List.of(hedge, bins, light, bus)) {
                recommendations.changeStatus(r.id(), RecommendationStatus.TRANSMISE, null);
            }
            recommendations.changeStatus(light.id(), RecommendationStatus.ACCEPTEE, "Réponse reçue par courrier");
            recommendations.changeStatus(light.id(), RecommendationStatus.EN_COURS, "Lampadaires réparés ; étude pour la dalle");
            walks.moveTo(walk, WalkState.RECOMMANDATIONS);
            walks.moveTo(walk, WalkState.SUIVI);
            walks.setPublished(walk, true);
            return null;
        });
        as(PARTNER, () -> recommendations.answer(recommendations.forMyOrganisation().stream()
                .filter(r -> r.title().startsWith("Tailler")).findFirst().orElseThrow().id(),
                RecommendationStatus.ACCEPTEE, "Taille prévue en février, hors période de nidification."), Role.Names.PARTNER);

        asAgent(() -> {
            WalkDetail d = walks.create(new WalkForm(NORD_TITLE, nord, WalkTheme.MOBILITE, null, "Centre social d'Amiens Nord (démo)",
                    LocalDate.now(clock), LocalTime.of(10, 0), TimeOfDay.DAY, GroupType.SENIORS, new GroupComposition(0, 0, 0, 3, 5),
                    List.of(new WalkPartner(PartnerKind.TRANSPORTEUR, "Ametis (démo)")), null));
            walks.setRoute(d.id(), List.of(new GeoPoint(49.9170, 2.2860), new GeoPoint(49.9182, 2.2881),
                    new GeoPoint(49.9191, 2.2903), new GeoPoint(49.9186, 2.2925)));
            walks.addParticipant(d.id(), RESIDENT);
            walks.setPublished(d.id(), true);
            return null;
        });
    }

    private long pin(long walk, String criterion, Assessment assessment, int severity, String text, double lat, double lon) {
        long criterionId = criteria.findByCode(criterion).orElseThrow().getId();
        return observations.submit(walk, new ObservationInput(criterionId, assessment, severity, text, new GeoPoint(lat, lon),
                null, null)).id();
    }

    /** A drawn picture (a dark path and a lamp post), as a phone would send it. */
    static byte[] demoPhoto() {
        BufferedImage image = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(25, 30, 60), 0, 480, new Color(70, 70, 80)));
        g.fillRect(0, 0, 640, 480);
        g.setColor(new Color(90, 90, 90));
        g.fillPolygon(new int[] {250, 390, 640, 0}, new int[] {260, 260, 480, 480}, 4);
        g.setColor(new Color(40, 40, 40));
        g.fillRect(470, 120, 10, 260);
        g.fillRect(440, 115, 60, 12);
        g.dispose();
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "jpg", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T asAgent(Supplier<T> action) {
        return as(AGENT, action, Role.Names.STAFF, Role.Names.MODERATOR);
    }

    private <T> T asResident(Supplier<T> action) {
        return as(RESIDENT, action, Role.Names.RESIDENT);
    }

    private static <T> T as(String email, Supplier<T> action, String... roles) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(email, null,
                java.util.Arrays.stream(roles).map(r -> new SimpleGrantedAuthority("ROLE_" + r)).toList()));
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
