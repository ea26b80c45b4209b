package fr.agora.plenary.bench;

import fr.agora.Application;
import fr.agora.plenary.domain.MotionKind;
import fr.agora.plenary.service.LiveSessionService;
import fr.agora.plenary.service.MotionData;
import fr.agora.plenary.service.PlenaryData;
import fr.agora.plenary.service.PlenaryFixtures;
import fr.agora.shared.domain.Role;
import fr.agora.shared.domain.UserAccount;
import fr.agora.shared.domain.UserAccountRepository;
import fr.agora.support.As;
import fr.agora.voting.Majority;
import fr.agora.voting.Secrecy;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Figures for docs/benchmarks-plenary.md (a measurement, not a test): N representatives vote on one motion within a
 * window of seconds, through the path a browser uses, and every connected screen must show the final tally within
 * one second of the close.
 * <ul>
 *   <li>each representative is an HTTP client with its own session: the login form (CSRF token, POST), the session
 *       page's UI ({@code ?v-r=init}, then the UIDL navigation round trip), its Vaadin push channel (the WebSocket a
 *       browser opens, atmosphere protocol), then a UIDL click on its « Pour » / « Contre » / « Abstention » button at
 *       a random instant of the window;</li>
 *   <li>a projector (anonymous) is one more screen with its push channel;</li>
 *   <li>the chair closes the motion through the service; each screen's delay is the time from the close's return to
 *       the first push message that carries the verdict.</li>
 * </ul>
 * Starts the portal in-process on a random port, on the local MariaDB server (database {@code agora_bench_plenary},
 * dropped first) or an embedded one. Usage: {@code PlenaryVoteBenchmark [voters] [window seconds]}.
 */
public final class PlenaryVoteBenchmark {

    static final String PASSWORD = "Bench-Pleniere-2026";
    static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    static final Pattern UI_ID = Pattern.compile("\"v-uiId\"\\s*:\\s*(\\d+)");
    static final Pattern KEY = Pattern.compile("\"Vaadin-Security-Key\"\\s*:\\s*\"([^\"]+)\"");
    static final Pattern PUSH_ID = Pattern.compile("\"Vaadin-Push-ID\"\\s*:\\s*\"([^\"]+)\"");
    static final Pattern SYNC = Pattern.compile("\"syncId\"\\s*:\\s*(\\d+)");

    private PlenaryVoteBenchmark() {
    }

    /** One screen: a session, its UI, its push channel. */
    static final class Screen {
        final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(10)).build();
        final String base;
        String uiId;
        String key;
        String pushId;
        int clientId;
        String page;
        final AtomicLong verdictAt = new AtomicLong();
        final StringBuilder pushed = new StringBuilder();
        WebSocket socket;

        Screen(String base) {
            this.base = base;
        }

        void login(String email) throws Exception {
            String form = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).GET().build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            Matcher csrf = CSRF.matcher(form);
            if (!csrf.find()) {
                throw new IllegalStateException("pas de jeton CSRF");
            }
            String body = "_csrf=" + enc(csrf.group(1)) + "&username=" + enc(email) + "&password=" + enc(PASSWORD);
            http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        }

        void open(String route) throws Exception {
            String init = http.send(HttpRequest.newBuilder(URI.create(base + "/?v-r=init&location=" + route + "&query="))
                    .GET().build(), HttpResponse.BodyHandlers.ofString()).body();
            uiId = find(UI_ID, init);
            key = find(KEY, init);
            pushId = find(PUSH_ID, init);
            page = uidl("{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":{\"route\":\"" + route
                    + "\",\"query\":\"\",\"appShellTitle\":\"\",\"historyState\":{\"idx\":0,\"href\":\"" + base + "/" + route
                    + "\"},\"trigger\":\"\"}}", 0);
        }

        String uidl(String rpc, int syncId) throws Exception {
            String body = "{\"csrfToken\":\"" + key + "\",\"rpc\":[" + rpc + "],\"syncId\":" + syncId + ",\"clientId\":"
                    + clientId++ + "}";
            return http.send(HttpRequest.newBuilder(URI.create(base + "/?v-r=uidl&v-uiId=" + uiId))
                    .header("Content-Type", "application/json; charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString()).body();
        }

        /** The state node of the element with this id in the page's UIDL. */
        int node(String elementId) {
            Matcher m = Pattern.compile("\\{[^{}]*\"value\"\\s*:\\s*\"" + elementId + "\"[^{}]*\\}").matcher(page);
            while (m.find()) {
                Matcher n = Pattern.compile("\"node\"\\s*:\\s*(\\d+)").matcher(m.group());
                if (m.group().contains("\"key\":\"id\"") && n.find()) {
                    return Integer.parseInt(n.group(1));
                }
            }
            throw new IllegalStateException("élément " + elementId + " absent de la page");
        }

        String click(int node) throws Exception {
            Matcher s = SYNC.matcher(page);
            int sync = 0;
            while (s.find()) {
                sync = Integer.parseInt(s.group(1));
            }
            return uidl("{\"type\":\"event\",\"node\":" + node + ",\"event\":\"click\",\"data\":{\"event.shiftKey\":false,"
                    + "\"event.metaKey\":false,\"event.detail\":1,\"event.ctrlKey\":false,\"event.clientX\":10,"
                    + "\"event.clientY\":10,\"event.altKey\":false,\"event.button\":0,\"event.screenY\":10,"
                    + "\"event.screenX\":10}}", sync);
        }

        void connectPush() throws Exception {
            Exception failed = null;
            for (String path : new String[] {"/VAADIN/push", "/"}) {
                try {
                    connectPush(path);
                    return;
                } catch (Exception e) {
                    failed = e;
                }
            }
            throw failed;
        }

        void connectPush(String path) throws Exception {
            String ws = base.replace("http://", "ws://") + path + "?v-r=push&v-uiId=" + uiId + "&v-pushId=" + pushId
                    + "&X-Atmosphere-tracking-id=0&X-Atmosphere-Framework=3.1.5-javascript"
                    + "&X-Atmosphere-Transport=websocket&X-atmo-protocol=true&Content-Type=" + enc("application/json; charset=UTF-8");
            socket = http.newWebSocketBuilder().buildAsync(URI.create(ws), new WebSocket.Listener() {
                @Override
                public CompletionStage<?> onText(WebSocket w, CharSequence data, boolean last) {
                    synchronized (pushed) {
                        pushed.append(data);
                        if (verdictAt.get() == 0 && (pushed.indexOf("Motion adoptée") >= 0 || pushed.indexOf("Motion rejetée") >= 0)) {
                            verdictAt.set(System.nanoTime());
                        }
                        if (last && pushed.length() > 200_000) {
                            pushed.setLength(0);
                        }
                    }
                    w.request(1);
                    return null;
                }
            }).get(20, TimeUnit.SECONDS);
        }
    }

    /** Not a {@code @Configuration} (component scanning would add it to every test context): a source of this run only. */
    static class BenchBeans {

        @org.springframework.context.annotation.Bean
        @org.springframework.context.annotation.Primary
        fr.agora.support.MutableClock mutableClock() {
            return new fr.agora.support.MutableClock();
        }
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static String find(Pattern p, String text) {
        Matcher m = p.matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("réponse inattendue : " + text.substring(0, Math.min(300, text.length())));
        }
        return m.group(1);
    }

    public static void main(String[] args) throws Exception {
        int voters = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        int window = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        String server = "jdbc:mariadb://127.0.0.1:3306/agora_bench_plenary";
        try (Connection c = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:3306/?connectTimeout=2000", "root", "");
             Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS agora_bench_plenary");
        } catch (Exception e) {
            System.out.println("(pas de serveur MariaDB local : base embarquée)");
        }
        // the test classes are on the class path: their fixtures want the tests' movable clock
        ConfigurableApplicationContext ctx = new SpringApplication(Application.class, BenchBeans.class).run("--server.port=0",
                "--agora.demo.enabled=false", "--spring.datasource.url=", "--agora.db.server-url=" + server,
                "--agora.db.embedded-dir=target/bench-plenary-db", "--logging.level.root=warn",
                "--spring.main.banner-mode=off", "--agora.security.rate-limit.ip-scale=1000");
        try {
            run(ctx, voters, window);
        } finally {
            ctx.close();
        }
    }

    static void run(ConfigurableApplicationContext ctx, int voters, int window) throws Exception {
        int port = Integer.parseInt(ctx.getEnvironment().getProperty("local.server.port"));
        String base = "http://localhost:" + port;
        PlenaryFixtures fx = ctx.getBean(PlenaryFixtures.class);
        LiveSessionService live = ctx.getBean(LiveSessionService.class);
        long t0 = System.nanoTime();
        int councils = (voters + 5) / 6;
        PlenaryFixtures.TestCouncil[] cs = new PlenaryFixtures.TestCouncil[councils];
        for (int i = 0; i < councils; i++) {
            cs[i] = fx.council(3);
        }
        PlenaryData p = fx.inSession(false, cs);
        fx.checkInAll(p.id(), cs);
        List<String> emails = new ArrayList<>();
        for (var c : cs) {
            emails.addAll(c.invited());
        }
        emails = emails.subList(0, voters);
        UserAccountRepository users = ctx.getBean(UserAccountRepository.class);
        String hash = ctx.getBean(PasswordEncoder.class).encode(PASSWORD);
        for (String e : emails) {
            UserAccount u = users.findByEmail(e).orElseThrow();
            u.changePassword(hash);
            users.save(u);
        }
        MotionData m = As.user(PlenaryFixtures.STAFF, () -> live.openMotion(live.draftMotion(p.id(), MotionKind.AVIS,
                "Avis de mesure", "Texte", Secrecy.SECRET, Majority.SIMPLE).id(), null), Role.Names.STAFF);
        System.out.printf(Locale.ROOT, "seeded %d conseils, %d invited, all checked in, motion open, in %.1f s%n", councils,
                councils * 6, (System.nanoTime() - t0) / 1e9);

        // every screen: session, UI, push channel
        String seance = "pleniere/" + p.id() + "/seance";
        List<Screen> phones = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(voters);
        List<Future<Screen>> opened = new ArrayList<>();
        for (String e : emails) {
            opened.add(pool.submit(() -> {
                Screen s = new Screen(base);
                s.login(e);
                s.open(seance);
                s.connectPush();
                return s;
            }));
        }
        for (Future<Screen> f : opened) {
            phones.add(f.get(120, TimeUnit.SECONDS));
        }
        Screen projector = new Screen(base);
        projector.open("pleniere/" + p.id() + "/projection");
        projector.connectPush();
        System.out.printf(Locale.ROOT, "%d phones and 1 projector connected (session, UI, push)%n", phones.size());

        // the votes: each phone clicks at a random instant of the window
        Random random = new Random(18);
        String[] buttons = {"vote-pour", "vote-contre", "vote-abstention"};
        CountDownLatch go = new CountDownLatch(1);
        List<Future<long[]>> clicks = new ArrayList<>();
        for (int i = 0; i < phones.size(); i++) {
            Screen s = phones.get(i);
            long delay = (long) (random.nextDouble() * window * 1000);
            int node = s.node(buttons[i % 3 == 2 ? 1 : 0]);
            clicks.add(pool.submit(() -> {
                go.await();
                Thread.sleep(delay);
                long a = System.nanoTime();
                String answer = s.click(node);
                long b = System.nanoTime();
                return new long[] {(b - a) / 1000, answer.contains("Votre vote est enregistr") ? 1 : 0, b};
            }));
        }
        long start = System.nanoTime();
        go.countDown();
        long[] latencies = new long[clicks.size()];
        int ok = 0;
        long last = 0;
        for (int i = 0; i < clicks.size(); i++) {
            long[] r = clicks.get(i).get(120, TimeUnit.SECONDS);
            latencies[i] = r[0];
            ok += (int) r[1];
            last = Math.max(last, r[2]);
        }
        Arrays.sort(latencies);
        MotionData counted = live.state(p.id()).motion();
        System.out.printf(Locale.ROOT, "%d votes sent in %.1f s (window %d s): %d acknowledged, %d ballots in the box%n",
                clicks.size(), (last - start) / 1e9, window, ok, counted.ballots());
        System.out.printf(Locale.ROOT, "  vote round trip (UIDL click → answer)  median %.1f ms  p90 %.1f ms  max %.1f ms%n",
                latencies[latencies.length / 2] / 1000.0, latencies[(int) (latencies.length * 0.9)] / 1000.0,
                latencies[latencies.length - 1] / 1000.0);

        // the close and the screens
        Thread.sleep(1500);
        As.user(PlenaryFixtures.STAFF, () -> live.closeMotion(m.id()), Role.Names.STAFF);
        long closed = System.nanoTime();
        List<Screen> screens = new ArrayList<>(phones);
        screens.add(projector);
        long until = closed + 5_000_000_000L;
        while (System.nanoTime() < until && screens.stream().anyMatch(s -> s.verdictAt.get() == 0)) {
            Thread.sleep(20);
        }
        long[] delays = screens.stream().mapToLong(s -> s.verdictAt.get() == 0 ? Long.MAX_VALUE : (s.verdictAt.get() - closed) / 1000)
                .sorted().toArray();
        long within = Arrays.stream(delays).filter(d -> d <= 1_000_000).count();
        MotionData finalCount = live.state(p.id()).motion();
        System.out.printf(Locale.ROOT, "closed: pour %d, contre %d, abstention %d, %d ballots for %d voters%n",
                finalCount.pour(), finalCount.contre(), finalCount.abstentions(), finalCount.ballots(), voters);
        System.out.printf(Locale.ROOT, "  screens showing the verdict within 1 s of the close: %d of %d; delay median %.0f ms, max %s%n",
                within, screens.size(), delays[delays.length / 2] / 1000.0,
                delays[delays.length - 1] == Long.MAX_VALUE ? "never (5 s)" : String.format(Locale.ROOT, "%.0f ms", delays[delays.length - 1] / 1000.0));
        pool.shutdownNow();
        for (Screen s : screens) {
            s.socket.abort();
        }
    }
}
