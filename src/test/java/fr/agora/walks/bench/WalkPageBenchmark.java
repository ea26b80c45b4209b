package fr.agora.walks.bench;

import fr.agora.Application;
import fr.agora.shared.domain.GeoPoint;
import fr.agora.shared.domain.Role;
import fr.agora.shared.domain.TerritoryRepository;
import fr.agora.shared.domain.UserAccount;
import fr.agora.shared.domain.UserAccountRepository;
import fr.agora.walks.domain.Assessment;
import fr.agora.walks.domain.GroupComposition;
import fr.agora.walks.domain.GroupType;
import fr.agora.walks.domain.ModerationStatus;
import fr.agora.walks.domain.PhotoStatus;
import fr.agora.walks.domain.RecommendationStatus;
import fr.agora.walks.domain.TimeOfDay;
import fr.agora.walks.domain.WalkTheme;
import fr.agora.support.As;
import fr.agora.walks.service.CriterionData;
import fr.agora.walks.service.CriterionService;
import fr.agora.walks.service.ModerationDecision;
import fr.agora.walks.service.ObservationInput;
import fr.agora.walks.service.ObservationService;
import fr.agora.walks.service.RecommendationForm;
import fr.agora.walks.service.RecommendationService;
import fr.agora.walks.service.TestImages;
import fr.agora.walks.service.WalkForm;
import fr.agora.walks.service.WalkService;
import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Figures for docs/benchmarks-walks.md (a measurement, not a test):
 * <ol>
 *   <li>the public page of a walk with 500 published pins: the server time to render it and the payload, measured
 *       over HTTP exactly as a browser opens it (GET {@code ?v-r=init}, then the UIDL navigation round trip);</li>
 *   <li>the time to store a 5 MB photo: content check, decoding, EXIF orientation, scaling, re-encoding without
 *       metadata, writing to disk and the database row.</li>
 * </ol>
 * Starts the portal in-process on a random port, on the local MariaDB server (database {@code agora_bench_walks},
 * dropped first) or an embedded one. Usage: {@code WalkPageBenchmark [pins] [runs]}.
 */
public final class WalkPageBenchmark {

    private WalkPageBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int pins = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        String server = "jdbc:mariadb://127.0.0.1:3306/agora_bench_walks";
        try (Connection c = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:3306/?connectTimeout=2000", "root", "");
             Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS agora_bench_walks");
        } catch (Exception e) {
            System.out.println("(pas de serveur MariaDB local : base embarquée)");
        }
        SpringApplication app = new SpringApplication(Application.class);
        ConfigurableApplicationContext ctx = app.run("--server.port=0", "--agora.demo.enabled=false",
                "--spring.datasource.url=", "--agora.db.server-url=" + server, "--agora.db.embedded-dir=target/bench-walks-db",
                "--agora.uploads.dir=target/bench-walks-uploads", "--logging.level.root=warn", "--spring.main.banner-mode=off");
        try {
            int port = Integer.parseInt(ctx.getEnvironment().getProperty("local.server.port"));
            long walk = seed(ctx, pins);
            pageFigures(port, walk, pins, runs);
            photoFigures(ctx, walk);
        } finally {
            ctx.close();
        }
    }

    static long seed(ConfigurableApplicationContext ctx, int pins) {
        UserAccountRepository users = ctx.getBean(UserAccountRepository.class);
        PasswordEncoder encoder = ctx.getBean(PasswordEncoder.class);
        for (String[] a : new String[][] {{"agent@bench", "STAFF"}, {"marcheuse@bench", "RESIDENT"}}) {
            UserAccount u = new UserAccount(a[0], a[0], encoder.encode("Bench-Walks-2026"), Instant.now());
            u.verifyEmail();
            u.grant(Role.valueOf(a[1]));
            u.grant(Role.MODERATOR);
            users.save(u);
        }
        WalkService walks = ctx.getBean(WalkService.class);
        ObservationService observations = ctx.getBean(ObservationService.class);
        RecommendationService recommendations = ctx.getBean(RecommendationService.class);
        List<CriterionData> criteria = ctx.getBean(CriterionService.class).active();
        long territory = ctx.getBean(TerritoryRepository.class).findFirstByCodeOrderByValidFromDesc("QPV-ETOUVIE").orElseThrow().getId();
        long walk = As.user("agent@bench", () -> {
            long id = walks.create(new WalkForm("Marche de mesure (" + pins + " observations)", territory,
                    WalkTheme.INSECURITE_FEMMES, null, "Banc d'essai", LocalDate.now(), null, TimeOfDay.EVENING, GroupType.WOMEN,
                    new GroupComposition(0, 2, 3, 3, 1), List.of(), null)).id();
            walks.setRoute(id, List.of(new GeoPoint(49.900, 2.240), new GeoPoint(49.905, 2.245), new GeoPoint(49.910, 2.250)));
            walks.addParticipant(id, "marcheuse@bench");
            walks.setPublished(id, true);
            return id;
        }, Role.Names.STAFF);
        Random random = new Random(42);
        byte[] smallPhoto = TestImages.encode(TestImages.picture(320, 240), "jpg");
        List<Long> ids = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int i = 0; i < pins; i++) {
            int n = i;
            CriterionData c = criteria.get(i % criteria.size());
            String text = "Observation " + i + " : " + "éclairage insuffisant, trottoir étroit, sentiment d'insécurité le soir. ".repeat(1 + random.nextInt(3));
            long id = As.user("marcheuse@bench", () -> {
                long pin = observations.submit(walk, new ObservationInput(c.id(), n % 3 == 0 ? Assessment.ASSET : Assessment.WEAKNESS,
                        1 + n % 3, text, new GeoPoint(49.895 + random.nextDouble() * 0.02, 2.235 + random.nextDouble() * 0.02), null,
                        null)).id();
                if (n % 10 == 0) {
                    observations.addPhoto(pin, smallPhoto);
                }
                return pin;
            }, Role.Names.RESIDENT);
            ids.add(id);
        }
        As.user("agent@bench", () -> {
            for (long id : ids) {
                observations.moderate(id, new ModerationDecision(ModerationStatus.PUBLISHED, false, false, null));
            }
            observations.allOfWalk(walk).stream().flatMap(o -> o.photos().stream())
                    .forEach(p -> observations.moderatePhoto(p.id(), PhotoStatus.PUBLISHED));
            for (int r = 0; r < 10; r++) {
                long rec = recommendations.create(walk, new RecommendationForm("Recommandation " + r, "Texte de la recommandation " + r,
                        "Bailleur de mesure", LocalDate.now().plusMonths(3), Set.of(ids.get(r), ids.get(r + 10)))).id();
                recommendations.changeStatus(rec, RecommendationStatus.TRANSMISE, null);
            }
            return null;
        }, Role.Names.STAFF, Role.Names.MODERATOR);
        System.out.printf(Locale.ROOT, "seeded %d published pins (%d with a photo), 10 recommendations in %.1f s%n", pins,
                (pins + 9) / 10, (System.nanoTime() - t0) / 1e9);
        return walk;
    }

    /** One anonymous visit to the public page, over HTTP: {init ms, navigation ms, init bytes, navigation bytes, gzip bytes}. */
    static long[] visit(int port, long walk) throws Exception {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String base = "http://localhost:" + port;
        String route = "marches/" + walk;
        long t0 = System.nanoTime();
        HttpResponse<String> init = http.send(HttpRequest.newBuilder(URI.create(base + "/?v-r=init&location=" + route + "&query="))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        long t1 = System.nanoTime();
        Matcher ui = Pattern.compile("\"v-uiId\"\\s*:\\s*(\\d+)").matcher(init.body());
        Matcher key = Pattern.compile("\"Vaadin-Security-Key\"\\s*:\\s*\"([^\"]+)\"").matcher(init.body());
        if (!ui.find() || !key.find()) {
            throw new IllegalStateException("réponse init inattendue : " + init.body().substring(0, Math.min(300, init.body().length())));
        }
        String body = "{\"csrfToken\":\"" + key.group(1) + "\",\"rpc\":[{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\","
                + "\"data\":{\"route\":\"" + route + "\",\"query\":\"\",\"appShellTitle\":\"\",\"historyState\":{\"idx\":0,\"href\":\""
                + base + "/" + route + "\"},\"trigger\":\"\"}}],\"syncId\":0,\"clientId\":0}";
        long t2 = System.nanoTime();
        HttpResponse<String> nav = http.send(HttpRequest.newBuilder(URI.create(base + "/?v-r=uidl&v-uiId=" + ui.group(1)))
                .header("Content-Type", "application/json; charset=UTF-8").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        long t3 = System.nanoTime();
        if (!nav.body().contains("addPin")) {
            throw new IllegalStateException("la page ne contient pas les repères");
        }
        byte[] payload = nav.body().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        java.nio.file.Files.write(java.nio.file.Path.of("target", "bench-walk-page-uidl.json"), payload);
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write(payload);
        }
        return new long[] {(t1 - t0) / 1000, (t3 - t2) / 1000, init.body().length(), payload.length, gz.size()};
    }

    static void pageFigures(int port, long walk, int pins, int runs) throws Exception {
        for (int i = 0; i < 10; i++) {
            visit(port, walk);
        }
        long[][] results = new long[runs][];
        for (int i = 0; i < runs; i++) {
            results[i] = visit(port, walk);
        }
        long[] init = Arrays.stream(results).mapToLong(r -> r[0]).sorted().toArray();
        long[] nav = Arrays.stream(results).mapToLong(r -> r[1]).sorted().toArray();
        long[] total = Arrays.stream(results).mapToLong(r -> r[0] + r[1]).sorted().toArray();
        System.out.printf(Locale.ROOT, "public walk page, %d pins, %d anonymous visits after 10 warm-up visits:%n", pins, runs);
        System.out.printf(Locale.ROOT, "  init request (session + UI)      median %6.1f ms   p90 %6.1f ms%n", init[runs / 2] / 1000.0,
                init[runs * 9 / 10] / 1000.0);
        System.out.printf(Locale.ROOT, "  navigation (view built, UIDL)    median %6.1f ms   p90 %6.1f ms%n", nav[runs / 2] / 1000.0,
                nav[runs * 9 / 10] / 1000.0);
        System.out.printf(Locale.ROOT, "  total server time                median %6.1f ms   p90 %6.1f ms%n", total[runs / 2] / 1000.0,
                total[runs * 9 / 10] / 1000.0);
        System.out.printf(Locale.ROOT, "  payload: init %d bytes; page UIDL %d bytes (%d bytes gzip)%n", results[0][2], results[0][3],
                results[0][4]);
    }

    static void photoFigures(ConfigurableApplicationContext ctx, long walk) throws Exception {
        byte[] photo = fiveMegabyteJpeg();
        ObservationService observations = ctx.getBean(ObservationService.class);
        CriterionData c = ctx.getBean(CriterionService.class).active().getFirst();
        int runs = 10;
        long[] times = new long[runs];
        for (int i = -3; i < runs; i++) {
            long pin = As.user("marcheuse@bench", () -> observations.submit(walk, new ObservationInput(c.id(), Assessment.WEAKNESS, 2,
                    "Photo de mesure", new GeoPoint(49.905, 2.245), null, null)).id(), Role.Names.RESIDENT);
            long t0 = System.nanoTime();
            As.user("marcheuse@bench", () -> observations.addPhoto(pin, photo), Role.Names.RESIDENT);
            long t = (System.nanoTime() - t0) / 1000;
            if (i >= 0) {
                times[i] = t;
            }
        }
        Arrays.sort(times);
        java.awt.image.BufferedImage decoded = ImageIO.read(new java.io.ByteArrayInputStream(photo));
        System.out.printf(Locale.ROOT, "store a %.2f MB JPEG photo (%dx%d, GPS EXIF), %d runs after 3 warm-up runs:%n",
                photo.length / 1048576.0, decoded.getWidth(), decoded.getHeight(), runs);
        System.out.printf(Locale.ROOT, "  median %.0f ms, min %.0f ms, max %.0f ms%n", times[runs / 2] / 1000.0, times[0] / 1000.0,
                times[runs - 1] / 1000.0);
    }

    /** A noisy 12-megapixel JPEG of about 5 MB with a GPS EXIF block, like a phone photo. */
    static byte[] fiveMegabyteJpeg() throws Exception {
        java.awt.image.BufferedImage image = TestImages.noise(4000, 3000, 7);
        java.awt.Graphics2D g = image.createGraphics();
        g.setColor(java.awt.Color.DARK_GRAY);
        g.fillRect(0, 2000, 4000, 1000);
        g.dispose();
        for (float quality = 0.70f; ; quality += 0.05f) {
            ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
                writer.setOutput(out);
                ImageWriteParam param = writer.getDefaultWriteParam();
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(Math.min(quality, 1f));
                writer.write(null, new IIOImage(image, null, null), param);
            }
            writer.dispose();
            if (bytes.size() >= 5 * 1024 * 1024 || quality >= 1f) {
                byte[] plain = bytes.toByteArray();
                byte[] withExif = TestImages.jpegWithGps(8, 8, 1);
                // splice the EXIF segment of a small GPS-tagged JPEG in front of the big picture
                int exifLength = ((withExif[4] & 0xff) << 8 | (withExif[5] & 0xff)) + 2;
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                out.write(plain, 0, 2);
                out.write(withExif, 2, exifLength);
                out.write(plain, 2, plain.length - 2);
                return out.toByteArray();
            }
        }
    }
}
