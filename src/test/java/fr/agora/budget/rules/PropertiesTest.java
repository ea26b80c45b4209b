package fr.agora.budget.rules;

import static org.assertj.core.api.Assertions.assertThat;

import fr.agora.budget.rules.pabulib.BallotGroup;
import fr.agora.budget.rules.pabulib.PbElection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PropertiesTest {

    private static final List<String> RULES = PbRules.ruleKeys().stream().filter(r -> !r.equals("file")).toList();

    @Test
    void noRuleExceedsTheBudget() {
        for (String name : PbTestFiles.SMALL) {
            PbInstance in = PbTestFiles.instance(name);
            for (String rule : RULES) {
                if (rule.equals("mes_borda") || rule.equals("mes_borda_add1")) {
                    continue; // ordinal files only
                }
                Outcome o = PbRules.compute(in, rule, PbRules.Options.defaults());
                assertThat(o.totalCost()).as(name + " " + rule).isLessThanOrEqualTo(o.budget());
                assertThat(o.explanation().winners()).hasSize(o.selected().size());
                assertThat(o.explanation().winners().size() + o.explanation().losers().size())
                        .isEqualTo(in.projectCount());
            }
        }
    }

    @Test
    void mesIsInvariantUnderBallotOrder() {
        for (String name : List.of("Netherlands_Amsterdam_166", "Poland_Swiecie_2023", "France_Toulouse_2019")) {
            PbElection e = PbTestFiles.election(name);
            List<BallotGroup> shuffled = new ArrayList<>(e.groups());
            Collections.shuffle(shuffled, new Random(42));
            PbElection s = new PbElection(e.fileName(), e.meta(), e.projectColumns(), e.projects(), e.voterColumns(),
                    List.of(), shuffled, e.budget(), e.voteType());
            for (String rule : List.of("mes_cost", "mes_cost_add1", "mes_cardinality_add1",
                    "mes_cost_add1_pabulib_checker")) {
                assertThat(PbRules.compute(new PbInstance(s), rule, PbRules.Options.defaults()).selected())
                        .as(name + " " + rule)
                        .isEqualTo(PbRules.compute(PbTestFiles.instance(name), rule, PbRules.Options.defaults()).selected());
            }
        }
    }

    @Test
    void theDoubleFastPathAgreesWithExactArithmeticAtEveryAdd1Budget() {
        for (String name : List.of("Netherlands_Assen_2024", "Poland_Warszawa_2019_Las", "Switzerland_Zurich_D10",
                "Poland_Czestochowa_2025_Bleszno")) {
            PbInstance in = PbTestFiles.instance(name);
            for (Utility u : List.of(Utility.COST, Utility.CARDINALITY, Utility.SCORE)) {
                Mes mes = new Mes(new MesModel(in, u), TieBreak.PABUTOOLS.intComparator(in, 0));
                Rational b = Rational.of(in.budget, in.voters);
                for (int k = 0; k < 400; k += 7) {
                    Rational bk = b.add(Rational.of((long) k * (long) Math.pow(10, in.scale)));
                    assertThat(mes.run(bk, false).selected()).as(name + " " + u + " +" + k)
                            .isEqualTo(mes.runExact(bk, false).selected());
                }
            }
        }
    }

    @Test
    void exactTiesAreBrokenByTheRequestedOrder() {
        // two identical projects supported by the same voters: pabutools takes "10" before "9"
        String pb = "META\nkey;value\nbudget;100\nvote_type;approval\nPROJECTS\nproject_id;cost\n9;60\n10;60\n"
                + "VOTES\nvoter_id;vote\n1;9,10\n2;9,10\n";
        PbInstance in = new PbInstance(parse(pb));
        assertThat(PbRules.compute(in, "mes_cost", PbRules.Options.defaults()).selected()).containsExactly("10");
        assertThat(PbRules.compute(in, "greedy_by_votes", PbRules.Options.defaults()).selected()).containsExactly("10");
        PbInstance cheaper = new PbInstance(parse(pb.replace("9;60", "9;59")));
        assertThat(PbRules.compute(cheaper, "mes_cost", PbRules.Options.defaults().withTieBreak(TieBreak.EQUALSHARES))
                .selected()).containsExactly("9");
    }

    @Test
    void checkerAdd1StopsWhenEverySupportedProjectIsFunded() {
        String pb = "META\nkey;value\nbudget;1000\nvote_type;approval\nPROJECTS\nproject_id;cost\na;100\nb;200\nc;50\n"
                + "VOTES\nvoter_id;vote\n1;a\n2;b\n3;a,b\n";
        Outcome o = PbRules.compute(new PbInstance(parse(pb)), "mes_cost_add1_pabulib_checker", PbRules.Options.defaults());
        assertThat(o.selected()).containsExactly("a", "b");
        assertThat(o.explanation().losers()).singleElement()
                .satisfies(l -> assertThat(l.reason()).isEqualTo(Explanation.Reason.NO_SUPPORT));
    }

    @Test
    void explanationGivesPaymentsAndReasons() {
        PbInstance in = PbTestFiles.instance("Netherlands_Assen_2024");
        Outcome o = PbRules.compute(in, "mes_cost", PbRules.Options.defaults());
        Explanation.Winner w = o.explanation().winners().get(0);
        assertThat(w.stage()).isEqualTo(Explanation.Stage.EQUAL_SHARES);
        double paid = w.payments().stream().mapToDouble(p -> p.voters() * p.paidPerVoter().doubleValue()).sum();
        assertThat(paid).isCloseTo(w.cost().doubleValue(), org.assertj.core.data.Offset.offset(0.05));
        assertThat(o.explanation().losers()).allSatisfy(l -> {
            assertThat(l.reason()).isIn(Explanation.Reason.NOT_AFFORDABLE, Explanation.Reason.BUDGET_EXHAUSTED,
                    Explanation.Reason.NO_SUPPORT);
            if (l.reason() == Explanation.Reason.NOT_AFFORDABLE) {
                assertThat(l.supportersMoney()).isLessThan(l.cost());
            }
        });
        assertThat(Arrays.asList(o.explanation().method().split(";"))).isNotEmpty();
    }

    private static PbElection parse(String s) {
        try {
            return PbParserTest.parse(s);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
