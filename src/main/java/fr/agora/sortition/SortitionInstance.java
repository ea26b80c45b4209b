package fr.agora.sortition;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A frozen sortition problem: the pool, the quotas and the panel size k, plus the index structures the
 * algorithms use (agents are numbered 0..n-1 in pool order, quotas 0..q-1 in quota-file order).
 *
 * <p>A <em>feasible panel</em> is a set of k distinct agents meeting every quota and taking at most one
 * person per household.
 */
public final class SortitionInstance {

    private final List<Person> people;
    private final List<Quota> quotas;
    private final int k;
    private final List<String> categories;
    private final int[][] quotaMembers;
    private final int[][] agentQuotas;
    private final int[][] households;
    private final int[] householdOf;
    private final Map<String, Integer> indexById;

    /**
     * @throws IllegalArgumentException on duplicate ids, duplicate quotas, k out of range, or a person
     *                                  lacking a category that has quotas
     */
    public SortitionInstance(List<Person> people, List<Quota> quotas, int k) {
        this.people = List.copyOf(people);
        this.quotas = List.copyOf(quotas);
        this.k = k;
        int n = people.size();
        if (k < 1 || k > n) {
            throw new IllegalArgumentException("taille du panel " + k + " hors de 1.." + n);
        }
        LinkedHashSet<String> cats = new LinkedHashSet<>();
        Map<String, Integer> quotaIndex = new HashMap<>();
        for (int q = 0; q < quotas.size(); q++) {
            Quota quota = quotas.get(q);
            cats.add(quota.category());
            if (quotaIndex.put(quota.category() + "\u0000" + quota.value(), q) != null) {
                throw new IllegalArgumentException("quota en double " + quota.label());
            }
        }
        this.categories = List.copyOf(cats);
        indexById = new HashMap<>();
        List<List<Integer>> members = new ArrayList<>();
        quotas.forEach(x -> members.add(new ArrayList<>()));
        agentQuotas = new int[n][];
        Map<String, List<Integer>> byHousehold = new LinkedHashMap<>();
        householdOf = new int[n];
        for (int i = 0; i < n; i++) {
            Person p = people.get(i);
            if (indexById.put(p.id(), i) != null) {
                throw new IllegalArgumentException("identifiant en double " + p.id());
            }
            List<Integer> mine = new ArrayList<>();
            for (String c : categories) {
                String v = p.features().get(c);
                if (v == null) {
                    throw new IllegalArgumentException("personne " + p.id() + " sans valeur pour " + c);
                }
                Integer q = quotaIndex.get(c + "\u0000" + v);
                if (q != null) {
                    mine.add(q);
                    members.get(q).add(i);
                }
            }
            agentQuotas[i] = mine.stream().mapToInt(Integer::intValue).toArray();
            if (p.household() != null) {
                byHousehold.computeIfAbsent(p.household(), h -> new ArrayList<>()).add(i);
            }
        }
        quotaMembers = members.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray())
                .toArray(int[][]::new);
        Arrays.fill(householdOf, -1);
        List<int[]> hh = new ArrayList<>();
        for (List<Integer> group : byHousehold.values()) {
            if (group.size() > 1) {
                for (int i : group) {
                    householdOf[i] = hh.size();
                }
                hh.add(group.stream().mapToInt(Integer::intValue).toArray());
            }
        }
        households = hh.toArray(int[][]::new);
    }

    public List<Person> people() {
        return people;
    }

    public List<Quota> quotas() {
        return quotas;
    }

    /** Panel size. */
    public int k() {
        return k;
    }

    /** Pool size. */
    public int n() {
        return people.size();
    }

    /** Category names in quota-file order. */
    public List<String> categories() {
        return categories;
    }

    /** Agents holding the value of quota {@code q}. */
    public int[] quotaMembers(int q) {
        return quotaMembers[q];
    }

    /** Quotas that agent {@code i} counts towards. */
    public int[] agentQuotas(int i) {
        return agentQuotas[i];
    }

    /** Households with at least two members (singletons need no constraint). */
    public int[][] households() {
        return households;
    }

    /** Index of the multi-person household of agent i, or -1. */
    public int householdOf(int i) {
        return householdOf[i];
    }

    /** Agent index for an id, or -1. */
    public int indexOf(String id) {
        Integer i = indexById.get(id);
        return i == null ? -1 : i;
    }

    /** Same pool and k with other quotas (same categories and values). */
    public SortitionInstance withQuotas(List<Quota> newQuotas) {
        return new SortitionInstance(people, newQuotas, k);
    }

    /**
     * Checks a panel (agent indexes): size k, distinct agents, every quota, at most one per household.
     *
     * @return the first violation, in French, or empty when the panel is feasible
     */
    public Optional<String> checkPanel(int[] panel) {
        if (panel.length != k) {
            return Optional.of("le panel a " + panel.length + " membres au lieu de " + k);
        }
        boolean[] in = new boolean[n()];
        int[] count = new int[quotas.size()];
        boolean[] hhUsed = new boolean[households.length];
        for (int i : panel) {
            if (i < 0 || i >= n()) {
                return Optional.of("agent " + i + " hors du vivier");
            }
            if (in[i]) {
                return Optional.of("« " + people.get(i).id() + " » figure deux fois");
            }
            in[i] = true;
            for (int q : agentQuotas[i]) {
                count[q]++;
            }
            int h = householdOf[i];
            if (h >= 0) {
                if (hhUsed[h]) {
                    return Optional.of("deux membres du même foyer (« " + people.get(i).id() + " »)");
                }
                hhUsed[h] = true;
            }
        }
        for (int q = 0; q < count.length; q++) {
            Quota quota = quotas.get(q);
            if (count[q] < quota.min() || count[q] > quota.max()) {
                return Optional.of("quota " + quota.label() + " : " + count[q] + " hors de [" + quota.min() + ","
                        + quota.max() + "]");
            }
        }
        return Optional.empty();
    }
}
