package fr.agora.budget.rules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.agora.AgoraCli;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class PbCliTest {

    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    private Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = AgoraCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Path copy(String name) throws IOException {
        Path p = dir.resolve(name + ".pb");
        try (InputStream in = getClass().getResourceAsStream("/pb/" + name + ".pb")) {
            Files.copy(in, p);
        }
        return p;
    }

    @Test
    void printsOneJsonObject() throws Exception {
        Path f = copy("Netherlands_Assen_2024");
        Run r = run("pb", "--input", f.toString(), "--rule", "mes_cost_add1");
        assertThat(r.code()).isZero();
        assertThat(r.out().strip().lines()).hasSize(1);
        JsonNode j = JsonMapper.builder().build().readTree(r.out());
        assertThat(j.get("rule").asString()).isEqualTo("mes_cost_add1");
        assertThat(j.get("selected").toString()).isEqualTo("[\"2\",\"3\",\"5\",\"6\",\"9\",\"11\",\"12\",\"13\",\"14\"]");
        assertThat(j.get("totalCost").asString()).isEqualTo("76700");
        assertThat(j.get("budget").asString()).isEqualTo("100000");
        assertThat(j.get("seconds").isNumber()).isTrue();
        assertThat(j.has("explanation")).isFalse();
    }

    @Test
    void fileRuleTieBreakIncrementAndExplain() throws Exception {
        Path f = copy("Poland_Swiecie_2023");
        Run r = run("pb", "--input", f.toString(), "--rule", "file", "--tie-break", "pabutools", "--increment", "1",
                "--explain");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode j = JsonMapper.builder().build().readTree(r.out());
        assertThat(j.get("rule").asString()).isEqualTo("mes_cost_add1_pabulib_checker");
        assertThat(j.get("selected").size()).isEqualTo(17);
        JsonNode w = j.get("explanation").get("winners").get(0);
        assertThat(w.get("payments").size()).isPositive();
        assertThat(j.get("explanation").get("losers").get(0).get("reason").asString()).isNotBlank();
        Run g = run("pb", "--input", f.toString(), "--rule", "greedy_by_votes", "--tie-break", "equalshares");
        assertThat(g.code()).isZero();
        assertThat(g.out()).contains("\"totalCost\":\"1067287\"");
    }

    @Test
    void badInputGivesOneLineWithFileAndLine() throws Exception {
        Path f = dir.resolve("Poland_X.pb");
        Files.writeString(f, "META\nkey;value\nbudget;100\nvote_type;approval\nPROJECTS\nproject_id;cost\n"
                + "1;10\n2;abc\nVOTES\nvoter_id;vote\n1;1\n");
        Run r = run("pb", "--input", f.toString(), "--rule", "greedy");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().strip()).isEqualTo("Poland_X.pb ligne 8 : coût invalide « abc »");
        assertThat(run("pb", "--input", dir.resolve("absent.pb").toString(), "--rule", "greedy").code()).isEqualTo(1);
        assertThat(run("pb", "--input", f.toString(), "--rule", "nope").code()).isEqualTo(2);
        assertThat(run("pb", "--rule", "greedy").code()).isEqualTo(2);
        Path unknown = copy("Canada_Stanford_Dataset_PB_Dieppe_2018_vote_approvals");
        Run u = run("pb", "--input", unknown.toString(), "--rule", "file");
        assertThat(u.code()).isEqualTo(1);
        assertThat(u.err()).contains("unknown");
    }
}
