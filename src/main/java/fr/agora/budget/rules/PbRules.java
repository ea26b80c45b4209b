package fr.agora.budget.rules;

import fr.agora.budget.rules.Explanation.Loser;
import fr.agora.budget.rules.Explanation.Payment;
import fr.agora.budget.rules.Explanation.Reason;
import fr.agora.budget.rules.Explanation.Stage;
import fr.agora.budget.rules.Explanation.Winner;
import fr.agora.budget.rules.pabulib.PbProject;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every participatory-budget rule by its key (the keys of the reference outcomes and the city rules),
 * computed exactly. Entry point: {@link #compute(PbInstance, String, Options)}.
 */
public final class PbRules {

    /**
     * Rule options.
     *
     * @param tieBreak  tie-breaking order, or null for the rule's own (pabutools for the pabutools
     *                  rules, equalshares.net for the equalshares.net and checker variants)
     * @param increment Add1 step per voter, in currency units (default 1)
     * @param seed      seed of the random part of the equalshares.net tie-breaking
     * @param explain   build the per-project explanation (one extra MES run)
     */
    public record Options(TieBreak tieBreak, BigDecimal increment, long seed, boolean explain) {

        /** Defaults: rule's tie-breaking, +1 unit, default seed, explanation on. */
        public static Options defaults() {
            return new Options(null, BigDecimal.ONE, TieBreak.DEFAULT_SEED, true);
        }

        /** Same options with another tie-breaking. */
        public Options withTieBreak(TieBreak t) {
            return new Options(t, increment, seed, explain);
        }

        /** Same options with another increment. */
        public Options withIncrement(BigDecimal inc) {
            return new Options(tieBreak, inc, seed, explain);
        }

        /** Same options with or without explanation. */
        public Options withExplain(boolean e) {
            return new Options(tieBreak, increment, seed, e);
        }
    }

    private enum Add1 { NONE, PABUTOOLS, EQUALSHARES_NET, CHECKER }

    private enum Density { VOTES, SCORE, VOTES_PER_COST }

    private enum Completion { NONE, GREEDY_PABUTOOLS, UTILITARIAN }

    private record Spec(String description, Utility utility, Add1 add1, Completion completion, TieBreak tie,
            boolean comparison) {
    }

    private static final Map<String, Spec> MES_RULES = new LinkedHashMap<>();
    private static final Map<String, String> GREEDY_RULES = new LinkedHashMap<>();

    static {
        GREEDY_RULES.put("greedy_by_votes", "glouton par nombre de votes (pabutools Cost_Sat)");
        GREEDY_RULES.put("greedy_by_score", "glouton par score (total des points)");
        GREEDY_RULES.put("greedy_by_votes_per_cost", "glouton par votes / coût (pabutools Cardinality_Sat)");
        GREEDY_RULES.put("greedy", "règle de la ville : glouton sur la colonne votes/score, en sautant ce qui ne tient pas");
        GREEDY_RULES.put("greedy_no_skip", "règle de la ville : glouton qui s'arrête au premier projet qui ne tient pas");
        GREEDY_RULES.put("greedy_threshold", "règle de la ville : glouton parmi les projets au-dessus du seuil");
        mes("mes_cost", "parts égales, utilité = coût", Utility.COST, Add1.NONE, Completion.NONE, TieBreak.PABUTOOLS);
        mes("mes_cost_add1", "parts égales (coût) + Add1 pabutools", Utility.COST, Add1.PABUTOOLS, Completion.NONE,
                TieBreak.PABUTOOLS);
        mes("mes_cost_add1_greedy", "parts égales (coût) + Add1 pabutools puis glouton", Utility.COST, Add1.PABUTOOLS,
                Completion.GREEDY_PABUTOOLS, TieBreak.PABUTOOLS);
        mes("mes_cost_greedy", "parts égales (coût) puis glouton", Utility.COST, Add1.NONE,
                Completion.GREEDY_PABUTOOLS, TieBreak.PABUTOOLS);
        mes("mes_cost_add1_tb_mincost_maxvotes", "parts égales (coût) + Add1 pabutools, égalités : coût, votes, id",
                Utility.COST, Add1.PABUTOOLS, Completion.NONE, TieBreak.MINCOST_MAXVOTES_ID);
        mes("mes_cardinality", "parts égales, utilité = 1", Utility.CARDINALITY, Add1.NONE, Completion.NONE,
                TieBreak.PABUTOOLS);
        mes("mes_cardinality_add1", "parts égales (cardinalité) + Add1 pabutools", Utility.CARDINALITY,
                Add1.PABUTOOLS, Completion.NONE, TieBreak.PABUTOOLS);
        mes("mes_score", "parts égales, utilité = points", Utility.SCORE, Add1.NONE, Completion.NONE,
                TieBreak.PABUTOOLS);
        mes("mes_score_add1", "parts égales (points) + Add1 pabutools", Utility.SCORE, Add1.PABUTOOLS,
                Completion.NONE, TieBreak.PABUTOOLS);
        mes("mes_borda", "parts égales, utilité = Borda", Utility.BORDA, Add1.NONE, Completion.NONE,
                TieBreak.PABUTOOLS);
        mes("mes_borda_add1", "parts égales (Borda) + Add1 pabutools", Utility.BORDA, Add1.PABUTOOLS,
                Completion.NONE, TieBreak.PABUTOOLS);
        mes("mes_cost_add1_equalshares_net", "parts égales (coût) + Add1 equalshares.net (entier, exhaustif)",
                Utility.COST, Add1.EQUALSHARES_NET, Completion.NONE, TieBreak.EQUALSHARES);
        mes("mes_cost_add1_pabulib_checker", "parts égales (coût) + Add1 du vérificateur Pabulib (equalshares/add1)",
                Utility.COST, Add1.CHECKER, Completion.NONE, TieBreak.EQUALSHARES);
        mes("mes_cost_add1u_equalshares_net", "parts égales (coût) + Add1U equalshares.net", Utility.COST,
                Add1.EQUALSHARES_NET, Completion.UTILITARIAN, TieBreak.EQUALSHARES);
        MES_RULES.put("mes_cost_comparison", new Spec("parts égales (coût) avec étape de comparaison",
                Utility.COST, Add1.NONE, Completion.NONE, TieBreak.EQUALSHARES, true));
        MES_RULES.put("mes_cost_add1_pabulib_checker_comparison", new Spec(
                "parts égales (coût) + Add1 du vérificateur Pabulib, avec étape de comparaison", Utility.COST,
                Add1.CHECKER, Completion.NONE, TieBreak.EQUALSHARES, true));
    }

    private static void mes(String key, String d, Utility u, Add1 a, Completion c, TieBreak t) {
        MES_RULES.put(key, new Spec(d, u, a, c, t, false));
    }

    private PbRules() {
    }

    /** Every rule key accepted by {@link #compute}, plus {@code file}. */
    public static List<String> ruleKeys() {
        List<String> keys = new ArrayList<>(GREEDY_RULES.keySet());
        keys.addAll(MES_RULES.keySet());
        keys.add("file");
        return keys;
    }

    /** The rule key matching a META {@code rule} value, or null when it is not one we implement. */
    public static String fromMetaRule(String metaRule) {
        if (metaRule == null) {
            return null;
        }
        return switch (metaRule.trim()) {
            case "greedy" -> "greedy";
            case "greedy-no-skip" -> "greedy_no_skip";
            case "greedy-threshold" -> "greedy_threshold";
            case "equalshares" -> "mes_cost";
            case "equalshares/add1" -> "mes_cost_add1_pabulib_checker";
            case "equalshares-comparison" -> "mes_cost_comparison";
            case "equalshares/add1-comparison" -> "mes_cost_add1_pabulib_checker_comparison";
            default -> null;
        };
    }

    /**
     * Applies a rule.
     *
     * @throws IllegalArgumentException for an unknown rule, or {@code file} when META has no usable rule
     */
    public static Outcome compute(PbInstance in, String rule, Options opt) {
        String key = rule;
        if ("file".equals(rule)) {
            String meta = in.election.meta().get("rule");
            key = fromMetaRule(meta);
            if (key == null) {
                throw new IllegalArgumentException("la règle du fichier « " + meta + " » n'est pas prise en charge");
            }
        }
        if (GREEDY_RULES.containsKey(key)) {
            return greedyRule(in, key, opt);
        }
        Spec spec = MES_RULES.get(key);
        if (spec == null) {
            throw new IllegalArgumentException("règle inconnue « " + rule + " »");
        }
        return mesRule(in, key, spec, opt);
    }

    // ---------------------------------------------------------------- greedy

    private static Outcome greedyRule(PbInstance in, String key, Options opt) {
        TieBreak tb = opt.tieBreak() == null ? TieBreak.PABUTOOLS : opt.tieBreak();
        TieBreak.IntComparator tie = tb.intComparator(in, opt.seed());
        Integer[] order;
        boolean noSkip = false;
        BigDecimal threshold = null;
        BigDecimal[] cityValue = null;
        switch (key) {
            case "greedy_by_votes" -> order = densityOrder(in, Density.VOTES, tie);
            case "greedy_by_score" -> order = densityOrder(in, Density.SCORE, tie);
            case "greedy_by_votes_per_cost" -> order = densityOrder(in, Density.VOTES_PER_COST, tie);
            default -> {
                cityValue = cityRanking(in);
                BigDecimal[] v = cityValue;
                order = new Integer[in.projectCount];
                for (int i = 0; i < order.length; i++) {
                    order[i] = i;
                }
                // stable: ties stay in file order, as the checker does
                Arrays.sort(order, (a, b) -> v[b].compareTo(v[a]));
                noSkip = key.equals("greedy_no_skip");
                if (key.equals("greedy_threshold")) {
                    String t = in.election.meta().get("min_project_score_threshold");
                    threshold = t == null ? BigDecimal.ZERO : fr.agora.budget.rules.pabulib.PbParser.parseDecimal(t.trim());
                    if (threshold == null) {
                        throw new IllegalArgumentException("seuil invalide « " + t + " » (min_project_score_threshold)");
                    }
                }
            }
        }
        long remaining = in.budget;
        List<Integer> sel = new ArrayList<>();
        Reason[] why = new Reason[in.projectCount];
        long[] remainingAt = new long[in.projectCount];
        boolean stopped = false;
        for (int p : order) {
            remainingAt[p] = remaining;
            if (stopped) {
                why[p] = Reason.STOPPED;
                continue;
            }
            if (threshold != null && cityValue[p].compareTo(threshold) < 0) {
                why[p] = Reason.BELOW_THRESHOLD;
                continue;
            }
            if (in.cost[p] <= remaining) {
                sel.add(p);
                remaining -= in.cost[p];
            } else if (noSkip) {
                why[p] = Reason.STOPPED;
                stopped = true;
            } else {
                why[p] = Reason.BUDGET_EXHAUSTED;
            }
        }
        int[] s = sel.stream().mapToInt(Integer::intValue).toArray();
        Explanation ex = null;
        if (opt.explain()) {
            List<Winner> ws = new ArrayList<>();
            for (int p : s) {
                BigDecimal eff = cityValue != null ? cityValue[p]
                        : BigDecimal.valueOf(key.equals("greedy_by_score") ? in.score[p] : in.votes[p]);
                ws.add(new Winner(in.ids[p], in.moneyDecimal(in.cost[p]), Stage.GREEDY, in.votes[p], eff, List.of()));
            }
            List<Loser> ls = new ArrayList<>();
            for (int p = 0; p < in.projectCount; p++) {
                if (why[p] != null) {
                    ls.add(new Loser(in.ids[p], in.moneyDecimal(in.cost[p]), in.votes[p], why[p], null,
                            in.moneyDecimal(remainingAt[p])));
                }
            }
            ex = new Explanation(GREEDY_RULES.get(key) + (threshold != null ? " (seuil " + threshold.toPlainString() + ")" : ""),
                    null, 0, ws, ls);
        }
        return outcome(in, key, s, ex);
    }

    /** Values of the city ranking: the PROJECTS {@code score} column if present, else {@code votes},
     *  else the counts from the ballots. */
    private static BigDecimal[] cityRanking(PbInstance in) {
        List<String> cols = in.election.projectColumns();
        String col = cols.contains("score") ? "score" : cols.contains("votes") ? "votes" : null;
        BigDecimal[] v = new BigDecimal[in.projectCount];
        for (int p = 0; p < in.projectCount; p++) {
            PbProject pr = in.election.projects().get(p);
            BigDecimal x = col == null ? null : pr.number(col);
            if (x == null) {
                x = BigDecimal.valueOf(col == null && in.election.voteType().hasPoints() ? in.score[p] : in.votes[p]);
                if (col != null) {
                    x = BigDecimal.ZERO;
                }
            }
            v[p] = x;
        }
        return v;
    }

    private static Integer[] densityOrder(PbInstance in, Density d, TieBreak.IntComparator tie) {
        Integer[] order = new Integer[in.projectCount];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Comparator<Integer> byDensity = (a, b) -> compareDensity(in, d, b, a);
        Arrays.sort(order, byDensity.thenComparing((a, b) -> tie.compare(a, b)));
        return order;
    }

    /** Compares the greedy densities of a and b exactly (infinite for free supported projects). */
    private static int compareDensity(PbInstance in, Density d, int a, int b) {
        long sa = d == Density.SCORE ? in.score[a] : in.votes[a];
        long sb = d == Density.SCORE ? in.score[b] : in.votes[b];
        boolean infA = sa > 0 && in.cost[a] == 0;
        boolean infB = sb > 0 && in.cost[b] == 0;
        if (infA || infB) {
            return Boolean.compare(infA, infB);
        }
        if (d != Density.VOTES_PER_COST) {
            return Long.compare(sa, sb);
        }
        if (sa == 0 || sb == 0) {
            return Long.compare(sa, sb);
        }
        return Mes.mulCompare(sa, in.cost[b], sb, in.cost[a]);
    }

    /** Greedy completion of an outcome in the given order: add every project that still fits. */
    private static int[] complete(PbInstance in, int[] start, Integer[] order) {
        boolean[] in1 = new boolean[in.projectCount];
        long remaining = in.budget;
        List<Integer> sel = new ArrayList<>();
        for (int p : start) {
            in1[p] = true;
            remaining -= in.cost[p];
            sel.add(p);
        }
        for (int p : order) {
            if (!in1[p] && in.cost[p] <= remaining) {
                in1[p] = true;
                sel.add(p);
                remaining -= in.cost[p];
            }
        }
        return sel.stream().mapToInt(Integer::intValue).toArray();
    }

    // ---------------------------------------------------------------- MES

    private static Outcome mesRule(PbInstance in, String key, Spec spec, Options opt) {
        TieBreak tb = opt.tieBreak() != null ? opt.tieBreak() : spec.tie();
        TieBreak.IntComparator tie = tb.intComparator(in, opt.seed());
        MesModel model = new MesModel(in, spec.utility());
        Mes mes = new Mes(model, tie);
        Rational inc = Rational.of(opt.increment().movePointRight(in.scale));
        if (inc.signum() <= 0) {
            throw new IllegalArgumentException("incrément invalide « " + opt.increment().toPlainString() + " »");
        }
        Rational b0 = Rational.of(in.budget, Math.max(1, in.voters));
        int runs = 0;
        MesRun run;
        if (in.voters == 0) {
            run = new MesRun(Rational.ZERO, new int[0], new double[0], false, new double[0], null);
        } else {
            switch (spec.add1()) {
                case NONE -> {
                    run = mes.run(b0, false);
                    runs = 1;
                }
                case PABUTOOLS -> {
                    MesRun prev = new MesRun(b0, freeOnly(model), new double[0], false, null, null);
                    Rational b = b0;
                    while (true) {
                        MesRun r = mes.run(b, false);
                        runs++;
                        if (in.totalCost(r.selected()) > in.budget) {
                            run = prev;
                            break;
                        }
                        if (exhaustive(in, r.selected(), model, true)) {
                            run = r;
                            break;
                        }
                        b = b.add(inc);
                        prev = r;
                    }
                }
                default -> {
                    run = mes.run(b0, false);
                    runs = 1;
                    BigInteger unit = BigInteger.TEN.pow(in.scale);
                    Rational base = Rational.of(b0.floor().divide(unit).multiply(unit), BigInteger.ONE);
                    Rational b = base;
                    boolean exhaustiveStop = spec.add1() == Add1.EQUALSHARES_NET;
                    while (true) {
                        if (exhaustiveStop ? exhaustive(in, run.selected(), model, false)
                                : allSupportedSelected(run.selected(), model)) {
                            break;
                        }
                        b = b.add(inc);
                        MesRun next = mes.run(b, false);
                        runs++;
                        if (in.totalCost(next.selected()) <= in.budget) {
                            run = next;
                        } else {
                            break;
                        }
                    }
                }
            }
        }
        int[] selected = run.selected();
        Integer[] completionOrder = null;
        if (spec.completion() != Completion.NONE) {
            // pabutools' completion ranks points ballots by their points (checked on Częstochowa, Katowice)
            completionOrder = densityOrder(in, spec.completion() == Completion.GREEDY_PABUTOOLS
                    && in.election.voteType().hasPoints() ? Density.SCORE : Density.VOTES, tie);
            selected = complete(in, selected, completionOrder);
        }
        boolean comparedToGreedy = false;
        if (spec.comparison()) {
            int[] greedy = complete(in, new int[0], densityOrder(in, Density.VOTES, tie));
            if (prefersGreedy(in, selected, greedy)) {
                selected = greedy;
                comparedToGreedy = true;
            }
        }
        Explanation ex = null;
        if (opt.explain()) {
            MesRun rec = in.voters == 0 || run.selected().length == 0 && run.remaining() == null
                    ? run : mes.run(run.perVoterBudget(), true);
            ex = explainMes(in, spec, model, rec, selected, runs, comparedToGreedy, mes.exactRuns);
        }
        return outcome(in, key, selected, ex);
    }

    private static int[] freeOnly(MesModel m) {
        List<Integer> f = new ArrayList<>();
        for (int p = 0; p < m.in.projectCount; p++) {
            if (m.weight[p] > 0 && m.in.cost[p] == 0) {
                f.add(p);
            }
        }
        return f.stream().mapToInt(Integer::intValue).toArray();
    }

    /** No other project fits; {@code supportedOnly} restricts to projects MES can select (pabutools). */
    private static boolean exhaustive(PbInstance in, int[] selected, MesModel m, boolean supportedOnly) {
        boolean[] s = new boolean[in.projectCount];
        for (int p : selected) {
            s[p] = true;
        }
        long spent = in.totalCost(selected);
        for (int p = 0; p < in.projectCount; p++) {
            if (!s[p] && (!supportedOnly || m.eligible(p)) && spent + in.cost[p] <= in.budget) {
                return false;
            }
        }
        return true;
    }

    /** Guard of the checker variant: past this point more money per voter changes nothing. */
    private static boolean allSupportedSelected(int[] selected, MesModel m) {
        boolean[] s = new boolean[m.in.projectCount];
        for (int p : selected) {
            s[p] = true;
        }
        for (int p = 0; p < m.in.projectCount; p++) {
            if (m.eligible(p) && !s[p]) {
                return false;
            }
        }
        return true;
    }

    /** Comparison step: more voters approve more greedy winners than MES winners. */
    static boolean prefersGreedy(PbInstance in, int[] mes, int[] greedy) {
        boolean[] inMes = new boolean[in.projectCount];
        boolean[] inGreedy = new boolean[in.projectCount];
        for (int p : mes) {
            inMes[p] = true;
        }
        for (int p : greedy) {
            inGreedy[p] = true;
        }
        long forMes = 0;
        long forGreedy = 0;
        for (int g = 0; g < in.groupCount; g++) {
            int a = 0;
            int b = 0;
            for (int p : in.ballots[g]) {
                a += inMes[p] ? 1 : 0;
                b += inGreedy[p] ? 1 : 0;
            }
            if (a > b) {
                forMes += in.mult[g];
            } else if (b > a) {
                forGreedy += in.mult[g];
            }
        }
        return forGreedy > forMes;
    }

    private static Explanation explainMes(PbInstance in, Spec spec, MesModel m, MesRun rec, int[] selected, int runs,
            boolean comparedToGreedy, int exactRuns) {
        BigDecimal unit = BigDecimal.ONE.movePointLeft(in.scale);
        MathContext mc = new MathContext(12);
        List<Winner> ws = new ArrayList<>();
        boolean[] chosen = new boolean[in.projectCount];
        Set<Integer> byMes = new java.util.HashSet<>();
        if (!comparedToGreedy) {
            for (int i = 0; i < rec.selected().length; i++) {
                int p = rec.selected()[i];
                byMes.add(p);
                chosen[p] = true;
                List<Payment> pays = new ArrayList<>();
                BigDecimal eff;
                if (in.cost[p] == 0) {
                    ws.add(new Winner(in.ids[p], in.moneyDecimal(0), Stage.FREE, in.votes[p], BigDecimal.valueOf(in.votes[p]), List.of()));
                    continue;
                }
                eff = new BigDecimal(in.cost[p]).divide(new BigDecimal(rec.rho()[i]), mc)
                        .setScale(3, RoundingMode.HALF_EVEN).stripTrailingZeros();
                double[] pay = rec.payments()[i];
                for (int g : m.supG[p]) {
                    if (pay[g] > 0) {
                        List<String> ballot = new ArrayList<>();
                        for (int q : in.ballots[g]) {
                            ballot.add(in.ids[q]);
                        }
                        pays.add(new Payment(ballot, in.mult[g],
                                new BigDecimal(pay[g]).multiply(unit).setScale(in.scale + 4, RoundingMode.HALF_EVEN)));
                    }
                }
                ws.add(new Winner(in.ids[p], in.moneyDecimal(in.cost[p]), Stage.EQUAL_SHARES, in.votes[p], eff, pays));
            }
        }
        for (int p : selected) {
            if (!chosen[p]) {
                chosen[p] = true;
                ws.add(new Winner(in.ids[p], in.moneyDecimal(in.cost[p]), Stage.GREEDY, in.votes[p],
                        BigDecimal.valueOf(in.votes[p]), List.of()));
            }
        }
        long left = in.budget - in.totalCost(selected);
        List<Loser> ls = new ArrayList<>();
        for (int p = 0; p < in.projectCount; p++) {
            if (chosen[p]) {
                continue;
            }
            double money = 0;
            if (rec.remaining() != null && rec.remaining().length == in.groupCount) {
                for (int g : m.supG[p]) {
                    money += rec.remaining()[g] * in.mult[g];
                }
            }
            Reason r;
            if (m.weight[p] == 0) {
                r = Reason.NO_SUPPORT;
            } else if (in.cost[p] > left) {
                r = money < in.cost[p] ? Reason.NOT_AFFORDABLE : Reason.BUDGET_EXHAUSTED;
            } else {
                r = Reason.NOT_AFFORDABLE;
            }
            ls.add(new Loser(in.ids[p], in.moneyDecimal(in.cost[p]), in.votes[p], r,
                    new BigDecimal(money).multiply(unit).setScale(2, RoundingMode.HALF_EVEN), in.moneyDecimal(left)));
        }
        BigDecimal perVoter = new BigDecimal(rec.perVoterBudget().numerator())
                .divide(new BigDecimal(rec.perVoterBudget().denominator()), mc).multiply(unit).stripTrailingZeros();
        String method = spec.description() + " ; budget par votant " + perVoter.toPlainString() + " ; " + runs
                + " calcul(s) MES" + (exactRuns > 0 ? " dont " + exactRuns + " refait(s) en arithmétique exacte" : "")
                + (comparedToGreedy ? " ; étape de comparaison : la majorité préfère le glouton, résultat glouton publié" : "");
        return new Explanation(method, perVoter, runs, ws, ls);
    }

    // ---------------------------------------------------------------- output

    private static Outcome outcome(PbInstance in, String key, int[] selected, Explanation ex) {
        List<String> ids = new ArrayList<>();
        for (int p : selected) {
            ids.add(in.ids[p]);
        }
        ids.sort(PbRules::pabulibOrder);
        return new Outcome(key, List.copyOf(ids), in.moneyDecimal(in.totalCost(selected)).stripTrailingZeros(),
                in.election.budget(), ex);
    }

    /** Sort order of printed id lists: by length, then as strings. */
    public static int pabulibOrder(String a, String b) {
        int c = Integer.compare(a.length(), b.length());
        return c != 0 ? c : TieBreak.compareIds(a, b);
    }
}
