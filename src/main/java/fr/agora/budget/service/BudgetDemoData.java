package fr.agora.budget.service;

import fr.agora.budget.domain.Channel;
import fr.agora.budget.domain.EditionRepository;
import fr.agora.budget.domain.EnvelopeKind;
import fr.agora.budget.domain.HolderKind;
import fr.agora.budget.domain.Phase;
import fr.agora.budget.domain.ReviewOutcome;
import fr.agora.shared.domain.GeoPoint;
import fr.agora.shared.domain.Role;
import fr.agora.shared.domain.TerritoryKind;
import fr.agora.shared.service.AccountDirectory;
import fr.agora.shared.service.TerritoryService;
import fr.agora.shared.service.RunAs;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javax.imageio.ImageIO;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo content for {@code ./agora run}: this year's edition of the budget participatif (1 M€, 30 000 € for the
 * Classes citoyennes, 150 000 € for Amiens Nord) in its feasibility phase, with 25 proposals across the QPV entered
 * through the services as their holders would: some reviewed (one refused with its public reason), one merged into
 * a duplicate, one entered at a centre social, a class project. {@code services@agora.demo} reviews for the voirie
 * and the espaces verts and has proposals waiting; {@code yannick.dubois@agora.demo} sits on the commission
 * citoyenne and has feasible proposals to decide on.
 */
@Component
@ConditionalOnProperty(name = "agora.demo.enabled", havingValue = "true")
class BudgetDemoData {

    static final String AGENT = "agent@agora.demo";
    static final String REVIEWER = "services@agora.demo";
    static final String MODERATOR = "moderation@agora.demo";
    static final String MEMBER = "yannick.dubois@agora.demo";
    static final String OTHER_MEMBER = "camille.martin@agora.demo";
    static final String TEACHER = "sophie.leroy@agora.demo";
    static final String PARTNER = "partenaire@agora.demo";
    static final String[] RESIDENTS = {"habitant@agora.demo", "camille.martin@agora.demo", "karim.benali@agora.demo",
        "sophie.leroy@agora.demo", "yannick.dubois@agora.demo"};

    private static final Logger log = LoggerFactory.getLogger(BudgetDemoData.class);

    /** Title, description, category, QPV code, latitude, longitude, cost, holder kind, holder name. */
    private static final String[][] PROPOSALS = {
        {"Aire de jeux du square Saint-Maurice", "Des jeux pour les 3-10 ans et des bancs pour les parents, à l'ombre des tilleuls.", "AIRES_DE_JEUX", "QPV-AMIENS-NORD", "49.9190", "2.2880", "45000", "RESIDENT", ""},
        {"Jardin partagé de la Plaine Debussy", "Des bacs de culture accessibles en fauteuil et un abri pour les outils, à côté du relais social.", "JARDINS_PARTAGES", "QPV-AMIENS-NORD", "49.9201", "2.2905", "28000", "ASSOCIATION", "Les Jardiniers du Nord (démo)"},
        {"Bancs et tables le long du chemin des Coursives", "Six bancs et deux tables de pique-nique pour faire une pause entre les tours.", "MOBILIER_URBAIN", "QPV-ETOUVIE", "49.9052", "2.2441", "18000", "RESIDENT", ""},
        {"Terrain multisport d'Etouvie", "Rénover le city-stade : revêtement, filets et un éclairage qui s'éteint à 22 h.", "AIRES_DE_JEUX", "QPV-ETOUVIE", "49.9061", "2.2462", "120000", "COLLECTIVE", "Collectif des jeunes d'Etouvie (démo)"},
        {"Boîte à livres de la place du marché", "Une armoire à livres en bois, fabriquée avec le chantier d'insertion.", "MOBILIER_URBAIN", "QPV-ETOUVIE", "49.9044", "2.2470", "3500", "RESIDENT", ""},
        {"Verger partagé des Parcheminiers", "Planter quinze arbres fruitiers sur la pelouse derrière l'école et organiser la cueillette.", "JARDINS_PARTAGES", "QPV-PARCHEMINIERS", "49.8978", "2.3015", "22000", "ASSOCIATION", "Éco-Cité (démo)"},
        {"Abri vélos sécurisé rue des Parcheminiers", "Un abri fermé de vingt places pour les habitants des immeubles sans cave.", "MOBILIER_URBAIN", "QPV-PARCHEMINIERS", "49.8970", "2.3005", "35000", "RESIDENT", ""},
        {"Fontaine à boire au parc de la Salamandre", "Une fontaine d'eau potable près des jeux, pour l'été.", "MOBILIER_URBAIN", "QPV-SALAMANDRE", "49.8772", "2.3128", "15000", "RESIDENT", ""},
        {"Parcours sportif de la Salamandre", "Huit agrès de plein air le long du chemin, pour tous les âges.", "AIRES_DE_JEUX", "QPV-SALAMANDRE", "49.8768", "2.3140", "40000", "RESIDENT", ""},
        {"Jardin des Condorcet", "Transformer la friche au pied de l'immeuble en jardin partagé avec un composteur.", "JARDINS_PARTAGES", "QPV-CONDORCET", "49.8803", "2.3296", "19000", "COLLECTIVE", "Voisins de Condorcet (démo)"},
        {"Éclairage du passage Lebesgue", "Des lampadaires à détection le long du passage piéton, très sombre le soir.", "AUTRE", "QPV-CONDORCET", "49.8796", "2.3310", "30000", "RESIDENT", ""},
        {"Aire de jeux inclusive Pierre Rollin", "Des jeux accessibles aux enfants en situation de handicap, sol souple.", "AIRES_DE_JEUX", "QPV-PIERRE-ROLLIN", "49.8838", "2.3360", "80000", "ASSOCIATION", "Parents solidaires (démo)"},
        {"Bancs au pied de la tour Rollin", "Des bancs avec dossier et accoudoirs pour les aînés.", "MOBILIER_URBAIN", "QPV-PIERRE-ROLLIN", "49.8832", "2.3372", "9000", "RESIDENT", ""},
        {"Jardin partagé d'Elbeuf-Lescouvé", "Des parcelles pour les familles et un espace pour l'école voisine.", "JARDINS_PARTAGES", "QPV-ELBEUF", "49.8912", "2.3245", "26000", "RESIDENT", ""},
        {"Tables de ping-pong à Elbeuf", "Deux tables en béton sur l'esplanade.", "AIRES_DE_JEUX", "QPV-ELBEUF", "49.8905", "2.3258", "7000", "RESIDENT", ""},
        {"Skatepark d'Amiens Nord", "Une piste de glisse pour les adolescents près du centre Jacques-Tati.", "AIRES_DE_JEUX", "QPV-AMIENS-NORD", "49.9178", "2.2870", "150000", "COLLECTIVE", "Riders du Nord (démo)"},
        {"Nichoirs et hôtel à insectes", "Installer des nichoirs et un hôtel à insectes dans les espaces verts du quartier.", "AUTRE", "QPV-AMIENS-NORD", "49.9195", "2.2915", "4000", "RESIDENT", ""},
        {"Pergola ombragée place Etouvie", "Une pergola végétalisée pour se protéger du soleil l'été.", "MOBILIER_URBAIN", "QPV-ETOUVIE", "49.9048", "2.2455", "32000", "RESIDENT", ""},
        {"Aire de jeux d'eau aux Parcheminiers", "Des jets d'eau au sol pour les enfants l'été, en circuit fermé.", "AIRES_DE_JEUX", "QPV-PARCHEMINIERS", "49.8982", "2.3020", "95000", "RESIDENT", ""},
        {"Composteurs collectifs Salamandre", "Trois composteurs partagés et une formation pour les habitants.", "JARDINS_PARTAGES", "QPV-SALAMANDRE", "49.8775", "2.3135", "6000", "ASSOCIATION", "Compost'Amiens (démo)"},
        {"Table d'orientation du belvédère Condorcet", "Une table de lecture du paysage avec le nom des quartiers.", "MOBILIER_URBAIN", "QPV-CONDORCET", "49.8808", "2.3305", "12000", "RESIDENT", ""},
        {"Jardin partagé de la Plaine Debussy (doublon)", "Un jardin avec des bacs à côté du relais social de la Plaine Debussy.", "JARDINS_PARTAGES", "QPV-AMIENS-NORD", "49.9203", "2.2908", "25000", "RESIDENT", ""},
        {"Grand écran de cinéma en plein air", "Projeter des films l'été : location d'un écran et de chaises chaque semaine.", "AUTRE", "QPV-PIERRE-ROLLIN", "49.8840", "2.3368", "60000", "RESIDENT", ""},
    };

    private final EditionRepository editionRows;
    private final AccountDirectory users;
    private final TerritoryService territories;
    private final EditionService editions;
    private final ProposalService proposals;
    private final ProposalQueries queries;
    private final ModerationService moderation;
    private final ReviewService reviews;
    private final CommissionService commission;
    private final BudgetAccess access;
    private final TransactionTemplate transaction;

    BudgetDemoData(EditionRepository editionRows, AccountDirectory users, TerritoryService territories,
            EditionService editions, ProposalService proposals, ProposalQueries queries, ModerationService moderation,
            ReviewService reviews, CommissionService commission, BudgetAccess access, PlatformTransactionManager tx) {
        this.editionRows = editionRows;
        this.users = users;
        this.territories = territories;
        this.editions = editions;
        this.proposals = proposals;
        this.queries = queries;
        this.moderation = moderation;
        this.reviews = reviews;
        this.commission = commission;
        this.access = access;
        this.transaction = new TransactionTemplate(tx);
    }

    /** After start-up and the shared demo accounts; all or nothing, retried at the next start if it failed. */
    @EventListener(ApplicationReadyEvent.class)
    @Order(40)
    void onReady() {
        transaction.executeWithoutResult(s -> load());
    }

    void load() {
        LocalDate today = access.today();
        if (editionRows.existsByYear(today.getYear()) || !users.hasAccount(AGENT)
                || !users.hasAccount(REVIEWER) || !users.hasAccount(MEMBER)) {
            return;
        }
        log.info("Chargement du budget participatif de démonstration");
        long nord = territory("QPV-AMIENS-NORD");
        EditionData edition = as(AGENT, () -> {
            EditionData e = editions.create(new EditionForm(today.getYear(), "Budget participatif " + today.getYear()
                    + " (démo)", 1_000_000, 21, List.of(
                    new EditionForm.EnvelopeInput("CLASSES", "Classes citoyennes", EnvelopeKind.CLASSES, null, 30_000),
                    new EditionForm.EnvelopeInput("AMIENS-NORD", "Amiens Nord", EnvelopeKind.TERRITORY, nord, 150_000)),
                    phases(today.minusDays(40), today.plusDays(1))));
            editions.addCommissionMember(e.id(), MEMBER);
            editions.addCommissionMember(e.id(), OTHER_MEMBER);
            reviews.addReviewer(service("VOIRIE"), REVIEWER);
            reviews.addReviewer(service("ESPACES_VERTS"), REVIEWER);
            return e;
        }, Role.Names.STAFF);
        long id = edition.id();

        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < PROPOSALS.length; i++) {
            String[] p = PROPOSALS[i];
            String holder = RESIDENTS[i % RESIDENTS.length];
            HolderKind kind = HolderKind.valueOf(p[7]);
            ids.add(as(holder, () -> {
                long d = proposals.createDraft(id, new HolderInput(kind, p[8], null, List.of()));
                proposals.submit(d, form(p));
                return d;
            }, Role.Names.RESIDENT));
        }
        // a resident brought her project to the centre social
        ids.add(as(PARTNER, () -> proposals.enterAssisted(id, HolderKind.RESIDENT, new AssistedEntry(Channel.IN_PERSON,
                "Centre social d'Etouvie (démo)", "Mme Fatou D.", null), form(new String[] {"Potager pédagogique du centre social",
                "Des bacs surélevés pour les ateliers cuisine et jardinage du centre social.", "JARDINS_PARTAGES",
                "QPV-ETOUVIE", "49.9058", "2.2448", "8000"})), Role.Names.PARTNER));
        // a Classes citoyennes project, in its envelope
        // the class account outlives an edition: a later year's demo finds it again
        ClassData cm1 = as(AGENT, () -> editions.classes().stream()
                .filter(c -> c.teacherEmail().equals(TEACHER) && c.classLabel().equals("CM1 B")).findFirst()
                .orElseGet(() -> editions.createClass(TEACHER, "École Jules-Verne (démo)", "CM1 B")), Role.Names.STAFF);
        ids.add(as(TEACHER, () -> {
            long d = proposals.createDraft(id, new HolderInput(HolderKind.CLASS, null, cm1.id(), List.of()));
            proposals.submit(d, form(new String[] {"Des nichoirs dans la cour de l'école",
                    "Le projet voté par notre classe : fabriquer et installer des nichoirs avec un menuisier.", "AUTRE",
                    "QPV-PIERRE-ROLLIN", "49.8836", "2.3358", "2500"}));
            proposals.addPhoto(d, demoPhoto());
            return d;
        }, Role.Names.RESIDENT));
        as(RESIDENTS[0], () -> proposals.addPhoto(ids.get(0), demoPhoto()), Role.Names.RESIDENT);

        // moderation: the duplicate garden is merged (both holders carry it); a vague proposal is asked for changes
        as(MODERATOR, () -> {
            moderation.merge(ids.get(21), ids.get(1), "Même jardin partagé près du relais social : les porteurs sont réunis.");
            moderation.requestChanges(ids.get(22), "Le budget participatif finance des investissements : précisez l'équipement acheté.");
            return null;
        }, Role.Names.MODERATOR);
        as("karim.benali@agora.demo", () -> {
            queries.follow(ids.get(15), true);
            queries.follow(ids.get(2), true);
            return null;
        }, Role.Names.RESIDENT);

        // feasibility: assignments, answers, one refusal with its public reason; others still waiting
        long voirie = service("VOIRIE");
        long vert = service("ESPACES_VERTS");
        long sports = service("SPORTS");
        long education = service("EDUCATION");
        as(AGENT, () -> {
            int[] toVoirie = {2, 4, 6, 7, 10, 12, 14, 17, 20};
            int[] toVert = {0, 1, 5, 9, 13, 16, 19};
            for (int i : toVoirie) {
                reviews.assign(ids.get(i), voirie);
            }
            for (int i : toVert) {
                reviews.assign(ids.get(i), vert);
            }
            reviews.assign(ids.get(3), sports);
            reviews.assign(ids.get(15), sports);
            reviews.assign(ids.get(ids.size() - 1), education);
            return null;
        }, Role.Names.STAFF);
        as(REVIEWER, () -> {
            reviews.review(ids.get(0), new ReviewInput(ReviewOutcome.FEASIBLE, null, null, 48_000L));
            reviews.review(ids.get(1), new ReviewInput(ReviewOutcome.FEASIBLE_WITH_CHANGES,
                    "Les bacs seront posés sur la pelouse existante : pas de terrassement.", "Douze bacs au lieu de vingt.", 24_000L));
            reviews.review(ids.get(2), new ReviewInput(ReviewOutcome.FEASIBLE, null, null, 16_500L));
            reviews.review(ids.get(4), new ReviewInput(ReviewOutcome.FEASIBLE, null, null, 3_800L));
            reviews.review(ids.get(5), new ReviewInput(ReviewOutcome.FEASIBLE, null, null, 21_000L));
            reviews.review(ids.get(7), new ReviewInput(ReviewOutcome.NOT_FEASIBLE,
                    "Aucun réseau d'eau potable ne passe sous le parc : le raccordement coûterait plus que l'enveloppe.", null, null));
            reviews.review(ids.get(9), new ReviewInput(ReviewOutcome.FEASIBLE, null, null, 19_500L));
            reviews.review(ids.get(12), new ReviewInput(ReviewOutcome.FEASIBLE, null, null, 9_000L));
            return null;
        }, Role.Names.SERVICE_REVIEWER);
        // the commission has started: one decision; the member yannick.dubois has the others to decide
        as(OTHER_MEMBER, () -> {
            commission.decide(ids.get(4), true, "Peu coûteux et très attendu par les familles du quartier.");
            return null;
        }, Role.Names.RESIDENT);

        // the dépôt is over: the edition is now in its feasibility phase
        as(AGENT, () -> {
            EditionData e = editions.edition(id);
            return editions.update(id, new EditionForm(e.year(), e.title(), e.totalEuros(), e.reviewDays(),
                    e.envelopes().stream().map(v -> new EditionForm.EnvelopeInput(v.code(), v.name(), v.kind(),
                            v.territoryId(), v.amountEuros())).toList(), phases(today.minusDays(40), today.minusDays(1))));
        }, Role.Names.STAFF);
    }

    /** The six phases: the dépôt from {@code start} to {@code depotEnd}, then the others after it. */
    static List<EditionForm.PhaseInput> phases(LocalDate start, LocalDate depotEnd) {
        List<EditionForm.PhaseInput> list = new ArrayList<>();
        list.add(new EditionForm.PhaseInput(Phase.DEPOT, start, depotEnd, true, true, true));
        LocalDate from = depotEnd.plusDays(1);
        int[] lengths = {21, 15, 15, 10, 300};
        Phase[] next = {Phase.ANALYSE, Phase.COMMISSION, Phase.VOTE, Phase.RESULTATS, Phase.REALISATION};
        for (int i = 0; i < next.length; i++) {
            LocalDate to = from.plusDays(lengths[i] - 1);
            list.add(new EditionForm.PhaseInput(next[i], from, to, false, next[i].ordinal() <= Phase.VOTE.ordinal(), true));
            from = to.plusDays(1);
        }
        return list;
    }

    private ProposalForm form(String[] p) {
        long category = queries.categories().stream().filter(c -> c.code().equals(p[2])).findFirst().orElseThrow().id();
        return new ProposalForm(p[0], p[1], category, new GeoPoint(Double.parseDouble(p[4]), Double.parseDouble(p[5])),
                territory(p[3]), Long.parseLong(p[6]), true);
    }

    private long territory(String code) {
        return territories.current(TerritoryKind.QPV).stream().filter(t -> t.code().equals(code)).findFirst().orElseThrow().id();
    }

    private long service(String code) {
        return as(AGENT, () -> reviews.services(), Role.Names.STAFF).stream().filter(s -> s.code().equals(code)).findFirst().orElseThrow().id();
    }

    /** A drawing standing in for a photo of the place (demo only). */
    static byte[] demoPhoto() {
        BufferedImage image = new BufferedImage(640, 400, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(120, 180, 230), 0, 260, new Color(220, 235, 250)));
        g.fillRect(0, 0, 640, 260);
        g.setColor(new Color(70, 140, 60));
        g.fillRect(0, 260, 640, 140);
        g.setColor(new Color(150, 90, 40));
        g.fillRect(250, 200, 140, 70);
        g.setColor(new Color(200, 60, 50));
        g.fillOval(120, 280, 60, 60);
        g.dispose();
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "jpg", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T as(String email, Supplier<T> action, String... roles) {
        return RunAs.user(email, action, roles);
    }
}
