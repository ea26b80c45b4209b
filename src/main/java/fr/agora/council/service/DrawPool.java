package fr.agora.council.service;

import fr.agora.council.domain.CouncilDraw;
import fr.agora.council.domain.PoolPerson;
import fr.agora.council.domain.PoolPersonRepository;
import fr.agora.council.pool.AgeBands;
import fr.agora.council.pool.EuStatus;
import fr.agora.council.pool.Sex;
import fr.agora.shared.domain.BusinessException;
import fr.agora.sortition.Person;
import fr.agora.sortition.Quota;
import fr.agora.sortition.SortitionInstance;
import fr.agora.sortition.draw.Commitment;
import fr.agora.sortition.draw.DrawRecord;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * A draw's pool and quotas as the sortition engine sees them: people by id with their features only (sex, age band,
 * EU status), in the committed order (by database id); quotas suggested from the pool, checked from the form, and
 * written in the draw as text.
 */
@Component
class DrawPool {

    static final List<String> CATEGORIES = List.of("sex", "age", "eu");

    private final PoolPersonRepository people;

    DrawPool(PoolPersonRepository people) {
        this.people = people;
    }

    /** The pool as the engine sees it, in the committed order (by database id). */
    List<Person> pool(CouncilDraw d) {
        List<Person> pool = new ArrayList<>();
        for (PoolPerson p : people.findByDrawIdOrderById(d.getId())) {
            pool.add(new Person(String.valueOf(p.getId()), Map.of("sex", value(Sex.valueOf(p.getSex())),
                    "age", p.getAgeBand(), "eu", value(EuStatus.valueOf(p.getEu()))), null));
        }
        return pool;
    }

    SortitionInstance instance(CouncilDraw d, List<Quota> quotas) {
        return new SortitionInstance(pool(d), quotas, d.getPanelSize());
    }

    /** The frozen instance, checked against the published commitment (a changed pool is a failure, not a refusal). */
    SortitionInstance checkedInstance(CouncilDraw d) {
        SortitionInstance instance = instance(d, readQuotas(d.getQuotasJson()));
        if (!Commitment.of(instance).equals(d.getCommitment())) {
            throw new IllegalStateException("the frozen pool no longer matches its commitment: draw " + d.getId());
        }
        return instance;
    }

    /** The people of the drawn panel. */
    List<Person> panel(CouncilDraw d, List<Person> pool) {
        DrawRecord r = DrawRecord.parse(d.getRecordJson().getBytes(StandardCharsets.UTF_8));
        Set<String> ids = Set.copyOf(r.panel());
        return pool.stream().filter(p -> ids.contains(p.id())).toList();
    }

    /** How many people have each value of each category. */
    static Map<String, Map<String, Long>> count(List<Person> persons) {
        Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
        for (String c : CATEGORIES) {
            counts.put(c, persons.stream().collect(Collectors.groupingBy(p -> p.features().get(c), TreeMap::new,
                    Collectors.counting())));
        }
        return counts;
    }

    /** The quotas as the operator and the public read them: with the pool's counts and, once drawn, the panel's. */
    List<QuotaLine> lines(CouncilDraw d, List<Quota> quotas) {
        List<Person> pool = pool(d);
        Map<String, Map<String, Long>> poolCounts = count(pool);
        Map<String, Map<String, Long>> achieved = d.getRecordJson() == null ? null : count(panel(d, pool));
        return quotas.stream().map(q -> new QuotaLine(q.category(), q.value(), q.min(), q.max(),
                q.minFlex() == q.min() && q.maxFlex() == q.max(),
                poolCounts.getOrDefault(q.category(), Map.of()).getOrDefault(q.value(), 0L),
                achieved == null ? null : achieved.getOrDefault(q.category(), Map.of()).getOrDefault(q.value(), 0L).intValue()))
                .toList();
    }

    /**
     * The quotas suggested for an open draw from its pool: strict parity between women and men (hard); age bands
     * and EU status mirroring the pool (soft), with at least the pool's share of young (16-24) and non-EU residents.
     */
    List<Quota> suggested(CouncilDraw d) {
        int k = d.getPanelSize();
        List<Person> pool = pool(d);
        if (pool.isEmpty()) {
            return List.of();
        }
        Map<String, Map<String, Long>> counts = count(pool);
        List<Quota> quotas = new ArrayList<>();
        for (String value : counts.get("sex").keySet()) {
            int n = value.equals("unstated") ? 0 : k / 2;
            quotas.add(new Quota("sex", value, n, n, n, n));
        }
        for (String category : List.of("age", "eu")) {
            for (Map.Entry<String, Long> e : counts.get(category).entrySet()) {
                double share = (double) e.getValue() / pool.size() * k;
                int min = (int) Math.floor(share);
                int max = (int) Math.ceil(share);
                boolean favoured = (category.equals("age") && e.getKey().equals(AgeBands.DEFAULT.labels().get(0)))
                        || (category.equals("eu") && e.getKey().equals(value(EuStatus.NON_EU)));
                if (favoured) {
                    min = max;
                    max = k;
                }
                if (category.equals("eu") && e.getKey().equals(value(EuStatus.UNKNOWN))) {
                    min = 0;
                    max = k;
                }
                quotas.add(Quota.of(category, e.getKey(), Math.min(min, e.getValue().intValue()),
                        Math.min(max, e.getValue().intValue()), k));
            }
        }
        return quotas;
    }

    /** The quotas from the operator's form; parity stays hard whatever the form sends. */
    static List<Quota> toQuotas(CouncilDraw d, List<QuotaLine> lines) {
        if (lines == null || lines.isEmpty()) {
            throw new BusinessException("draw.error.quotas");
        }
        int k = d.getPanelSize();
        List<Quota> quotas = new ArrayList<>();
        for (QuotaLine l : lines) {
            if (!CATEGORIES.contains(l.category()) || l.min() < 0 || l.max() < l.min() || l.max() > k) {
                throw new BusinessException("draw.error.quota", l.category() + "=" + l.value());
            }
            boolean hard = l.category().equals("sex");
            quotas.add(hard ? new Quota(l.category(), l.value(), l.min(), l.max(), l.min(), l.max())
                    : Quota.of(l.category(), l.value(), l.min(), l.max(), k));
        }
        return quotas;
    }

    static String value(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static String writeQuotas(List<Quota> quotas) {
        return quotas.stream().map(q -> String.join(";", q.category(), q.value(), String.valueOf(q.min()),
                String.valueOf(q.max()), String.valueOf(q.minFlex()), String.valueOf(q.maxFlex())))
                .collect(Collectors.joining("\n"));
    }

    static List<Quota> readQuotas(String text) {
        return Arrays.stream(text.split("\n")).map(l -> l.split(";")).map(f -> new Quota(f[0], f[1],
                Integer.parseInt(f[2]), Integer.parseInt(f[3]), Integer.parseInt(f[4]), Integer.parseInt(f[5]))).toList();
    }
}
