package fr.agora.sortition;

import fr.agora.sortition.draw.DrawProtocol;
import fr.agora.sortition.draw.DrawRecord;
import fr.agora.sortition.seats.SeatLog;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs {@code target/agora-verify.jar} (built by {@code package}, before failsafe) as a resident would, on a draw
 * made here, and on a Pabulib file.
 */
class VerifierJarIT {

    private static final Path JAR = Path.of("target", "agora-verify.jar");

    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    private static Run run(String java, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(java, "-jar", JAR.toString()));
        Collections.addAll(command, args);
        Process p = new ProcessBuilder(command).start();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    private static String currentJava() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    @Test
    void smallPlainJar() throws Exception {
        assertThat(JAR).exists();
        assertThat(Files.size(JAR)).isLessThan(30L * 1024 * 1024);
        try (ZipFile zip = new ZipFile(JAR.toFile())) {
            assertThat(zip.stream().map(e -> e.getName())
                    .filter(n -> n.startsWith("org/springframework/") || n.startsWith("com/vaadin/")
                            || n.startsWith("com/google/ortools/") || n.startsWith("ch/vorburger/")
                            || n.startsWith("org/mariadb/"))).isEmpty();
            assertThat(zip.getEntry("fr/agora/sortition/seats/SeatLog.class")).isNotNull();
        }
    }

    @Test
    void verifiesADrawAndItsSeatsAndRejectsATamperedSeat() throws Exception {
        SortitionInstance instance = Fixtures.opendlp();
        DrawRecord record = DrawProtocol.draw(instance, Leximin.solve(instance), "2 4 6 1 3 5", 0);
        SeatLog log = SeatLog.start(instance, record, 15, "gender");
        Path recordFile = dir.resolve("registre.json");
        Path seats = dir.resolve("sieges.jsonl");
        Files.writeString(recordFile, record.toJson());
        Files.writeString(seats, log.text());
        String[] args = {"sortition", "verify", "--record", recordFile.toString(), "--people",
                Fixtures.resource("opendlp_monitoring_30/respondents.csv").toString(), "--quotas",
                Fixtures.resource("opendlp_monitoring_30/categories.csv").toString(), "--id-column", "unique_id",
                "--format", "sf", "--entropy", "2 4 6 1 3 5", "--seats", seats.toString()};
        Run ok = run(currentJava(), args);
        assertThat(ok.code()).as(ok.err()).isZero();
        assertThat(ok.out()).contains("registre valide ; sièges valides : 15 sièges, 0 remplacement(s)");

        var first = log.seats().get(0);
        Files.writeString(seats, log.text().replace("\"titulaire\":\"" + first.titulaire() + "\",\"suppleant\":\""
                + first.suppleant() + "\"", "\"titulaire\":\"" + first.suppleant() + "\",\"suppleant\":\""
                + first.titulaire() + "\""));
        Run tampered = run(currentJava(), args);
        assertThat(tampered.code()).isEqualTo(1);
        assertThat(tampered.err().lines()).hasSize(1).first().asString().contains("journal des sièges");

        Run compute = run(currentJava(), "sortition", "leximin", "--people", "x.csv");
        assertThat(compute.code()).isEqualTo(2);
        assertThat(compute.err().lines()).hasSize(1).first().asString().contains("agora.jar");
    }

    @Test
    void recountsAParticipatoryBudget() throws Exception {
        Path pb = Path.of(VerifierJarIT.class.getResource("/pb/Poland_Swiecie_2023.pb").toURI());
        Run r = run(currentJava(), "pb", "--input", pb.toString(), "--rule", "greedy");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("{\"rule\":\"greedy\",\"selected\":[");
    }

    @Test
    void anOlderJavaGetsOneLineNotAStackTrace() throws Exception {
        Optional<String> java17;
        try (Stream<Path> jvms = Files.list(Path.of("/usr/lib/jvm"))) {
            java17 = jvms.map(p -> p.resolve("bin/java")).filter(Files::isExecutable)
                    .filter(p -> p.toString().contains("17")).map(Path::toString).findFirst();
        } catch (java.io.IOException e) {
            java17 = Optional.empty();
        }
        Assumptions.assumeTrue(java17.isPresent(), "no Java 17 installed under /usr/lib/jvm");
        Run r = run(java17.get(), "sortition", "verify", "--record", "x.json");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("agora-verify : il faut Java 21 ou plus récent (Java 17 trouvé) / agora-verify "
                + "needs Java 21 or newer (found Java 17)" + System.lineSeparator());
    }
}
