package fr.agora.budget.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.agora.budget.rules.pabulib.BallotGroup;
import fr.agora.budget.rules.pabulib.PbElection;
import fr.agora.budget.rules.pabulib.PbFormatException;
import fr.agora.budget.rules.pabulib.PbParser;
import fr.agora.budget.rules.pabulib.PbWriter;
import fr.agora.budget.rules.pabulib.VoteType;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PbParserTest {

    static PbElection parse(String s) throws Exception {
        return PbParser.parse(new StringReader(s), "test.pb");
    }

    static final String SMALL = """
            META
            key;value
            description;test
            num_projects;3
            num_votes;4
            budget;100,50
            vote_type;cumulative
            PROJECTS
            project_id;cost;votes;name;selected
            p1;50,25;2;"Parc; jeux ""neufs""\";1
            p2;30
            10;20.5;1;x;0
            VOTES
            voter_id;vote;points;age
            a;p1,p2;3,2;30
            b;p2,p1;2,3
            c;10;5;41
            d;;;
            """;

    @Test
    void parsesBomDecimalCommasQuotesShortRowsAndGroupsBallots() throws Exception {
        PbElection e = parse("\uFEFF" + SMALL);
        assertThat(e.budget()).isEqualByComparingTo("100.50");
        assertThat(e.voteType()).isEqualTo(VoteType.CUMULATIVE);
        assertThat(e.projects()).hasSize(3);
        assertThat(e.projects().get(0).cost()).isEqualByComparingTo("50.25");
        assertThat(e.projects().get(0).fields().get("name")).isEqualTo("Parc; jeux \"neufs\"");
        assertThat(e.projects().get(1).fields()).doesNotContainKey("votes");
        assertThat(e.projects().get(2).id()).isEqualTo("10");
        // a and b cast the same cumulative ballot in a different order: one group of two
        assertThat(e.groups()).hasSize(3);
        assertThat(e.groups().get(0)).isEqualTo(new BallotGroup(new int[] {0, 1}, new long[] {3, 2}, 2));
        assertThat(e.groups().get(2).projects()).isEmpty();
        assertThat(e.voterCount()).isEqualTo(4);
        assertThat(e.voters().get(1).extra()).containsExactly((String) null);
    }

    @Test
    void ordinalBallotsKeepTheirOrder() throws Exception {
        PbElection e = parse(SMALL.replace("cumulative", "ordinal").replace(";points;age", ";age")
                .replace(";3,2;30", ";30").replace(";2,3", "").replace(";5;41", ";41").replace("d;;;", "d;;"));
        assertThat(e.groups()).hasSize(4);
        assertThat(e.groups().get(1).projects()).containsExactly(1, 0);
    }

    @Test
    void everyBadLineIsReportedThenTheFileIsRefused() {
        String bad = SMALL.replace("p2;30", "p2;abc").replace("c;10;5;41", "c;10;5,1;41").replace("d;;;", "d;99;;");
        assertThatThrownBy(() -> parse(bad)).isInstanceOfSatisfying(PbFormatException.class, ex -> {
            assertThat(ex.problems()).extracting(PbFormatException.Problem::line).containsExactly(11, 15, 16, 17, 18);
            assertThat(ex.problems().get(0).message()).isEqualTo("coût invalide « abc »");
            // p2 was refused, so the ballots naming it are refused too
            assertThat(ex.problems().get(1).message()).isEqualTo("projet inconnu « p2 » dans le vote");
            assertThat(ex.problems().get(3).message()).isEqualTo("2 points pour 1 projets");
            assertThat(ex.problems().get(4).message()).isEqualTo("projet inconnu « 99 » dans le vote");
            assertThat(ex.getMessage()).startsWith("test.pb ligne 11 : coût invalide « abc » (et 4 autres erreurs");
        });
    }

    @Test
    void otherBadInputs() {
        assertThatThrownBy(() -> parse("META\nkey;value\nbudget;10\nvote_type;approval\nPROJECTS\nproject_id;cost\n1;5\n"))
                .hasMessageContaining("section VOTES absente");
        assertThatThrownBy(() -> parse("META\nkey;value\nbudget;dix\nvote_type;magic\nPROJECTS\nproject_id;cost\n1;5\n"
                + "VOTES\nvoter_id;vote\n1;1\n1;1,1\n")).isInstanceOfSatisfying(PbFormatException.class,
                        ex -> assertThat(ex.problems()).extracting(PbFormatException.Problem::message).containsExactly(
                                "budget invalide « dix »", "type de vote inconnu « magic »",
                                "votant en double « 1 »"));
        assertThatThrownBy(() -> parse("hello\nMETA\nkey;value\nbudget;10\nvote_type;approval\nPROJECTS\n"
                + "project_id;cost\n1;5\n1;6\nVOTES\nvoter_id;vote\n1;1,1\n"))
                .isInstanceOfSatisfying(PbFormatException.class, ex -> assertThat(ex.problems())
                        .extracting(PbFormatException.Problem::line).containsExactly(1, 9, 12));
    }

    @Test
    void writerRoundTripsEveryTestFile() throws Exception {
        for (String name : PbTestFiles.all()) {
            if (PbTestFiles.LARGE.contains(name)) {
                continue; // covered by the generated large election below
            }
            PbElection e = PbTestFiles.election(name);
            String text = PbWriter.toString(e);
            PbElection back = parse(text);
            assertThat(back.sameContent(e)).as(name).isTrue();
            assertThat(PbWriter.toString(back)).isEqualTo(text);
        }
    }

    @Test
    void writerRoundTripsAGeneratedElection() throws Exception {
        SplittableRandom r = new SplittableRandom(7);
        StringBuilder sb = new StringBuilder("META\nkey;value\ndescription;généré; avec \"guillemets\"\n"
                + "budget;1000.5\nvote_type;approval\nPROJECTS\nproject_id;cost;name\n");
        for (int p = 0; p < 30; p++) {
            sb.append("P").append(p).append(';').append(r.nextInt(1, 200)).append(",").append(r.nextInt(10, 99))
                    .append(";nom\nsur deux lignes ").append(p).append('\n');
        }
        sb.setLength(0);
        sb.append("META\nkey;value\ndescription;généré\nbudget;1000.5\nvote_type;approval\nPROJECTS\nproject_id;cost;name\n");
        for (int p = 0; p < 30; p++) {
            sb.append("P").append(p).append(';').append(r.nextInt(1, 200)).append(",").append(r.nextInt(10, 99))
                    .append(";\"nom; ").append(p).append("\nsur deux lignes\"\n");
        }
        sb.append("VOTES\nvoter_id;vote;sex\n");
        for (int v = 0; v < 2000; v++) {
            sb.append(v).append(';');
            int k = r.nextInt(0, 4);
            for (int j = 0; j < k; j++) {
                sb.append(j > 0 ? "," : "").append("P").append((v * 7 + j * 11) % 30);
            }
            sb.append(';').append(r.nextBoolean() ? "F" : "M").append('\n');
        }
        PbElection e = parse(sb.toString());
        assertThat(e.projects().get(3).fields().get("name")).isEqualTo("nom; 3\nsur deux lignes");
        PbElection back = parse(PbWriter.toString(e));
        assertThat(back.sameContent(e)).isTrue();
        assertThat(back.budget()).isEqualTo(new BigDecimal("1000.5"));
        assertThat(PbRules.compute(new PbInstance(back), "mes_cost_add1", PbRules.Options.defaults()).selected())
                .isEqualTo(PbRules.compute(new PbInstance(e), "mes_cost_add1", PbRules.Options.defaults()).selected());
        assertThat(List.of(e.voterCount())).containsExactly(2000);
    }
}
