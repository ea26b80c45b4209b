package fr.agora.sortition;

import fr.agora.AgoraCli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SortitionCliTest {

    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = AgoraCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static String people() {
        return Fixtures.resource("example_small_20/respondents.csv").toString();
    }

    private static String quotas() {
        return Fixtures.resource("example_small_20/categories.csv").toString();
    }

    @Test
    void leximinWritesCsvAndOneJsonLine() throws Exception {
        Path csv = dir.resolve("probs.csv");
        Run r = run("sortition", "leximin", "--people", people(), "--quotas", quotas(), "--panel-size", "20",
                "--format", "panelot", "--seed", "3", "--out", csv.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out().strip()).matches("\\{\"n\":200,\"k\":20,\"min\":0\\.1000\\d\\d,\"max\":0\\.\\d+,"
                + "\"gini\":0\\.\\d+,\"geomean\":0\\.\\d+,\"panels\":\\d+,\"seconds\":\\d+\\.\\d+}");
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.get(0)).isEqualTo("agent_id,probability");
        assertThat(lines).hasSize(201);
        assertThat(lines.get(1)).startsWith("0,0.1");
    }

    @Test
    void sortitionFoundationFormatIsDetected() {
        Run r = run("sortition", "leximin", "--people", Fixtures.resource("sf_fixture_22/candidates.csv").toString(),
                "--quotas", Fixtures.resource("sf_fixture_22/features.csv").toString(), "--panel-size", "22",
                "--address-columns", "primary_address1,primary_zip");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("\"n\":150,\"k\":22,\"min\":0.09");
    }

    @Test
    void legacyEstimatesProbabilities() throws Exception {
        Path csv = dir.resolve("legacy.csv");
        Run r = run("sortition", "legacy", "--people", people(), "--quotas", quotas(), "--panel-size", "20",
                "--draws", "500", "--out", csv.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("{\"n\":200,\"k\":20,");
        assertThat(Files.readAllLines(csv)).hasSize(201);
    }

    @Test
    void drawThenVerify() throws Exception {
        Path record = dir.resolve("record.json");
        Run d = run("sortition", "draw", "--people", people(), "--quotas", quotas(), "--panel-size", "20",
                "--entropy", "12 34 56", "--out", record.toString());
        assertThat(d.code()).as(d.err()).isZero();
        Run v = run("sortition", "verify", "--record", record.toString(), "--people", people(), "--quotas", quotas(),
                "--entropy", "12 34 56");
        assertThat(v.code()).as(v.err()).isZero();
        Run wrong = run("sortition", "verify", "--record", record.toString(), "--people", people(), "--quotas",
                quotas(), "--entropy", "12 34 57");
        assertThat(wrong.code()).isEqualTo(1);
        assertThat(wrong.err()).contains("entropie");

        String text = Files.readString(record);
        Files.writeString(record, text.replaceFirst("\"number\":(\\d)", "\"number\":9$1"));
        Run tampered = run("sortition", "verify", "--record", record.toString(), "--people", people(),
                "--quotas", quotas());
        assertThat(tampered.code()).isEqualTo(1);
        assertThat(tampered.err().lines()).hasSize(1);
    }

    @Test
    void verifyReplaysTheSeatsFile() throws Exception {
        Path record = dir.resolve("record.json");
        Run d = run("sortition", "draw", "--people", people(), "--quotas", quotas(), "--panel-size", "20",
                "--entropy", "65 43 21", "--out", record.toString());
        assertThat(d.code()).as(d.err()).isZero();
        SortitionInstance instance = Fixtures.exampleSmall();
        fr.agora.sortition.draw.DrawRecord r = fr.agora.sortition.draw.DrawRecord.parse(Files.readAllBytes(record));
        fr.agora.sortition.seats.SeatLog log = fr.agora.sortition.seats.SeatLog.start(instance, r, 10, "gender");
        log = log.replace(instance, r, log.seats().get(0).titulaire(), fr.agora.sortition.seats.SeatLog.Reason.DECLINED,
                List.of(), java.time.LocalDate.of(2026, 12, 7)).log();
        Path seats = dir.resolve("seats.jsonl");
        Files.writeString(seats, log.text());
        Run v = run("sortition", "verify", "--record", record.toString(), "--people", people(), "--quotas", quotas(),
                "--seats", seats.toString());
        assertThat(v.code()).as(v.err()).isZero();
        assertThat(v.out()).contains("sièges valides : 10 sièges, 1 remplacement(s), 0 place(s) vacante(s)");

        Files.writeString(seats, log.text().replace("\"seq\":1", "\"seq\":2"));
        Run tampered = run("sortition", "verify", "--record", record.toString(), "--people", people(), "--quotas",
                quotas(), "--seats", seats.toString());
        assertThat(tampered.code()).isEqualTo(1);
        assertThat(tampered.err().lines()).hasSize(1).first().asString().contains("journal des sièges");
    }

    @Test
    void badInputGivesOneLineAndNonZeroExit() throws Exception {
        Path broken = dir.resolve("respondents.csv");
        Files.writeString(broken, "gender,leaning\nfemale,liberal\n\"male,conservative\n");
        Run r = run("sortition", "leximin", "--people", broken.toString(), "--quotas", quotas(), "--panel-size", "1");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("respondents.csv ligne 3 : guillemet non fermé" + System.lineSeparator());

        Run big = run("sortition", "leximin", "--people", people(), "--quotas", quotas(), "--panel-size", "500");
        assertThat(big.code()).isEqualTo(2);
        assertThat(big.err().lines()).hasSize(1).first().asString().contains("respondents.csv");

        Run usage = run("sortition", "leximin", "--people", people(), "--panel-size", "5");
        assertThat(usage.code()).isEqualTo(2);
        assertThat(usage.err()).contains("--quotas");
    }

    @Test
    void infeasibleQuotasExplainOnOneLine() throws Exception {
        Path q = dir.resolve("categories.csv");
        Files.writeString(q, "category,feature,min,max\ngender,female,15,20\ngender,male,9,20\n"
                + "leaning,liberal,9,20\nleaning,conservative,9,20\n");
        Run r = run("sortition", "leximin", "--people", people(), "--quotas", q.toString(), "--panel-size", "20");
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err().lines()).hasSize(1).first().asString().contains("gender=female min 15")
                .contains("relaxation");
    }
}
