package fr.agora.council.support;

import fr.agora.council.domain.CampaignKind;
import fr.agora.council.domain.SeatRounding;
import fr.agora.council.pool.ColumnMapping;
import fr.agora.council.pool.PoolField;
import fr.agora.council.pool.PoolFile;
import fr.agora.council.pool.PoolImportException;
import fr.agora.council.pool.PoolLimits;
import fr.agora.council.pool.PoolSource;
import fr.agora.council.service.CampaignData;
import fr.agora.council.service.CampaignForm;
import fr.agora.council.service.CampaignService;
import fr.agora.council.service.CouncilData;
import fr.agora.council.service.CouncilForm;
import fr.agora.council.service.CouncilService;
import fr.agora.council.service.DrawComputations;
import fr.agora.council.service.DrawData;
import fr.agora.council.service.DrawService;
import fr.agora.council.service.PoolImportService;
import fr.agora.shared.domain.Role;
import fr.agora.shared.service.RunAs;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Test-data builders of the councils, through the real services (so every rule applies): a council, a call for
 * candidacies, a draw with its pool imported, frozen, computed and drawn. Each test builds what it asserts on, with
 * unique names, so tests never depend on each other's data.
 */
@Component
public class CouncilTestData {

    public static final String STAFF = "agent.donnees@test.local";
    public static final String OPERATOR = "tirage.donnees@test.local";

    private final CouncilService councils;
    private final CampaignService calls;
    private final DrawService draws;
    private final PoolImportService imports;
    private final DrawComputations computations;
    private final Clock clock;

    CouncilTestData(CouncilService councils, CampaignService calls, DrawService draws, PoolImportService imports,
            DrawComputations computations, Clock clock) {
        this.councils = councils;
        this.calls = calls;
        this.draws = draws;
        this.imports = imports;
        this.computations = computations;
        this.clock = clock;
    }

    /** A council of Pierre Rollin of 2,920 inhabitants (6 Habitants seats), with a unique name. */
    public CouncilBuilder council() {
        return new CouncilBuilder();
    }

    /** A call for candidacies of a council, open from an hour ago for 30 days. */
    public CallBuilder call(long councilId, CampaignKind kind) {
        return new CallBuilder(councilId, kind);
    }

    /** A draw of a council, run as far as asked. */
    public DrawBuilder draw(long councilId) {
        return new DrawBuilder(councilId);
    }

    /**
     * A synthetic pool file: {@code n} people "Personne &lt;prefix&gt;&lt;i&gt;", alternately women (even i) and men,
     * a fifth of them young, a quarter non-EU, each with an e-mail address.
     */
    public static byte[] pool(int n, String prefix) {
        StringBuilder s = new StringBuilder("Nom;Prénom;Date de naissance;Sexe;Adresse;Nationalité;Courriel\n");
        for (int i = 0; i < n; i++) {
            int year = i % 5 == 0 ? 2005 : 1950 + (i * 7) % 50;
            s.append(prefix).append(i).append(";Personne;15/03/").append(year).append(';').append(i % 2 == 0 ? "F" : "M")
                    .append(';').append(i).append(" rue Pierre Rollin;").append(i % 4 == 0 ? "DZ" : "FR").append(";p")
                    .append(i).append("@exemple.fr\n");
        }
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The column mapping suggested for a file. */
    public static Map<PoolField, Integer> mapping(byte[] file) {
        try {
            return ColumnMapping.guess(PoolFile.parse("x.csv", file, PoolLimits.DEFAULT).header());
        } catch (PoolImportException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** Builds a council. */
    public final class CouncilBuilder {
        private String name = "Conseil de test " + UUID.randomUUID();
        private List<String> territories = List.of("QPV-PIERRE-ROLLIN");
        private int population = 2920;
        private SeatRounding rounding = SeatRounding.HALF_UP;
        private boolean droitInParity;
        private int mandateYears = 2;

        public CouncilBuilder named(String prefix) {
            this.name = prefix + " " + UUID.randomUUID();
            return this;
        }

        public CouncilBuilder covering(String... qpv) {
            this.territories = List.of(qpv);
            return this;
        }

        public CouncilBuilder population(int inhabitants) {
            this.population = inhabitants;
            return this;
        }

        public CouncilBuilder rounding(SeatRounding r) {
            this.rounding = r;
            return this;
        }

        public CouncilBuilder membresDeDroitInParity() {
            this.droitInParity = true;
            return this;
        }

        public CouncilForm form() {
            return new CouncilForm(name, territories, population, "INSEE", 2025, rounding, droitInParity, mandateYears, true);
        }

        public CouncilData create() {
            CouncilForm form = form();
            return RunAs.user(STAFF, () -> councils.create(form), Role.Names.STAFF);
        }
    }

    /** Builds a call for candidacies. */
    public final class CallBuilder {
        private final long councilId;
        private final CampaignKind kind;
        private Duration openedAgo = Duration.ofHours(1);
        private Duration lasting = Duration.ofDays(30);

        CallBuilder(long councilId, CampaignKind kind) {
            this.councilId = councilId;
            this.kind = kind;
        }

        public CallBuilder closingIn(Duration d) {
            this.lasting = d;
            return this;
        }

        public CallBuilder openingIn(Duration d) {
            this.openedAgo = d.negated();
            return this;
        }

        public CampaignData create() {
            Instant now = clock.instant();
            CampaignForm form = new CampaignForm(councilId, kind, "Appel " + kind, "Rejoignez le conseil",
                    "Journal municipal", now.minus(openedAgo), now.plus(lasting), 16);
            return RunAs.user(STAFF, () -> calls.create(form), Role.Names.STAFF);
        }
    }

    /** Runs a draw as far as asked, as a draw operator. */
    public final class DrawBuilder {
        private final long councilId;
        private byte[] pool = CouncilTestData.pool(60, "Tiré" + UUID.randomUUID().toString().substring(0, 6));

        DrawBuilder(long councilId) {
            this.councilId = councilId;
        }

        public DrawBuilder pool(byte[] file) {
            this.pool = file;
            return this;
        }

        /** Opened, with no pool. */
        public DrawData open() {
            return operator(() -> draws.open(councilId));
        }

        /** Opened with the pool imported (as the RIL source). */
        public DrawData imported() {
            DrawData d = open();
            operator(() -> imports.importFile(d.id(), PoolSource.RIL, "ril.csv", pool, mapping(pool)));
            return operator(() -> draws.get(d.id()));
        }

        /** Frozen with the suggested quotas. */
        public DrawData frozen() {
            DrawData d = imported();
            return operator(() -> draws.freeze(d.id(), draws.quotas(d.id())));
        }

        /** Frozen and computed (waits for the background computation). */
        public DrawData computed() {
            DrawData d = frozen();
            operator(() -> computations.start(d.id()));
            for (int i = 0; i < 1200 && computations.progress(d.id()).orElseThrow().state()
                    == DrawComputations.State.RUNNING; i++) {
                sleep();
            }
            return operator(() -> draws.get(d.id()));
        }

        /** Drawn with these dice digits. */
        public DrawData drawn() {
            DrawData d = computed();
            return operator(() -> draws.draw(d.id(), "1234561234", "Témoins de test"));
        }
    }

    static <T> T operator(java.util.function.Supplier<T> action) {
        return RunAs.user(OPERATOR, action, Role.Names.DRAW_OPERATOR);
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
