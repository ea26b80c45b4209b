package fr.agora.sortition.bench;

import fr.agora.sortition.Person;
import fr.agora.sortition.Quota;
import fr.agora.sortition.SortitionInstance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Seeded generator of pools shaped like the ones a draw operator imports after an invitation letter (issue 19):
 * correlated features, a response bias, quotas set as a recruiter sets them, optional multi-person households.
 *
 * <ul>
 *   <li>Population model: gender; age band (6); education (4) given age; income quartile (4) given education and
 *       age; housing tenure (3) given income and age; district (5) given tenure; origin (3) given tenure; with
 *       8 categories, activity (4) given age.</li>
 *   <li>Pool: people of the model kept with a probability rising with age and education (who answers letters),
 *       so the pool is skewed against the quotas, as in real pools.</li>
 *   <li>Quotas: from a census sample of the same model (no response bias), 20,000 people: gender with hard
 *       parity ({@code k/2} each), every other value the proportional share {@code round(k × share)} with a band
 *       of ±1 or ±2 drawn per category; a minimum above the pool's count is lowered to that count.</li>
 *   <li>Households (when asked): a share of respondents bring a second (sometimes third) respondent of the
 *       same address, district, tenure and income, of a close age band, usually of the other gender.</li>
 * </ul>
 * With 360 people and 7 categories most people have a type of their own (about 280 types), like the real pool
 * of issue 19. {@code main} writes the pool in the Sortition Foundation layout:
 * {@code RealisticPool <dir> <seed> <n> <k> <categories 7|8> [households]}.
 */
public final class RealisticPool {

    static final String[] GENDER = {"female", "male"};
    static final String[] AGE = {"16-24", "25-34", "35-44", "45-59", "60-74", "75+"};
    static final String[] EDUCATION = {"sans-diplome", "cap-bep", "bac", "superieur"};
    static final String[] INCOME = {"q1", "q2", "q3", "q4"};
    static final String[] TENURE = {"proprietaire", "locataire-prive", "locataire-hlm"};
    static final String[] DISTRICT = {"centre", "nord", "sud", "est", "ouest"};
    static final String[] ORIGIN = {"francaise", "ue", "hors-ue"};
    static final String[] ACTIVITY = {"emploi", "chomage", "retraite", "etudes-autre"};

    /** A generated pool. */
    public record Pool(List<Person> people, List<String> categories, List<Quota> quotas, int k, boolean households) {

        public SortitionInstance instance() {
            return new SortitionInstance(people, quotas, k);
        }

        /** Writes {@code respondents.csv} (id, address, categories) and {@code categories.csv} into dir. */
        public void write(Path dir) throws IOException {
            Files.createDirectories(dir);
            StringBuilder p = new StringBuilder("id,address");
            categories.forEach(c -> p.append(',').append(c));
            p.append('\n');
            for (Person person : people) {
                p.append(person.id()).append(',').append(person.household() == null ? "a-" + person.id()
                        : person.household());
                categories.forEach(c -> p.append(',').append(person.features().get(c)));
                p.append('\n');
            }
            Files.writeString(dir.resolve("respondents.csv"), p, StandardCharsets.UTF_8);
            StringBuilder q = new StringBuilder("feature,value,min,max\n");
            for (Quota quota : quotas) {
                q.append(quota.category()).append(',').append(quota.value()).append(',').append(quota.min())
                        .append(',').append(quota.max()).append('\n');
            }
            Files.writeString(dir.resolve("categories.csv"), q, StandardCharsets.UTF_8);
        }
    }

    private final SplittableRandom random;
    private final int categories;

    private RealisticPool(long seed, int categories) {
        this.random = new SplittableRandom(seed);
        this.categories = categories;
    }

    /**
     * Generates a pool.
     *
     * @param categories 7 or 8
     * @param households whether respondents may share an address (then the household rule applies)
     */
    public static Pool generate(long seed, int n, int k, int categories, boolean households) {
        if (categories < 7 || categories > 8 || k % 2 != 0) {
            throw new IllegalArgumentException("7 or 8 categories and an even k");
        }
        RealisticPool g = new RealisticPool(seed, categories);
        List<String> names = new ArrayList<>(List.of("gender", "age", "education", "income", "tenure", "district",
                "origin"));
        if (categories == 8) {
            names.add("activity");
        }
        List<Map<String, String>> census = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            census.add(g.person());
        }
        List<Person> people = new ArrayList<>();
        int household = 0;
        while (people.size() < n) {
            Map<String, String> f = g.person();
            if (g.random.nextDouble() > g.responds(f)) {
                continue;
            }
            String address = "h" + household++;
            people.add(new Person(String.format("r%04d", people.size() + 1), f, households ? address : null));
            if (households && people.size() < n && g.random.nextDouble() < 0.3) {
                people.add(new Person(String.format("r%04d", people.size() + 1), g.housemate(f), address));
                if (people.size() < n && g.random.nextDouble() < 0.25) {
                    people.add(new Person(String.format("r%04d", people.size() + 1), g.housemate(f), address));
                }
            }
        }
        List<Quota> quotas = new ArrayList<>();
        for (String c : names) {
            Map<String, Integer> inCensus = new LinkedHashMap<>();
            for (String v : g.values(c)) {
                inCensus.put(v, 0);
            }
            census.forEach(f -> inCensus.merge(f.get(c), 1, Integer::sum));
            Map<String, Integer> inPool = new HashMap<>();
            people.forEach(p -> inPool.merge(p.features().get(c), 1, Integer::sum));
            int band = 1 + g.random.nextInt(2);
            for (String v : g.values(c)) {
                int pool = inPool.getOrDefault(v, 0);
                int min;
                int max;
                if (c.equals("gender")) {
                    min = k / 2;
                    max = k / 2;
                } else {
                    int share = (int) Math.round(k * inCensus.get(v) / (double) census.size());
                    min = Math.max(0, share - band);
                    max = share + band;
                }
                min = Math.min(min, pool);
                quotas.add(new Quota(c, v, min, Math.max(min, max), 0, k));
            }
        }
        return new Pool(people, names, quotas, k, households);
    }

    private String[] values(String category) {
        return switch (category) {
            case "gender" -> GENDER;
            case "age" -> AGE;
            case "education" -> EDUCATION;
            case "income" -> INCOME;
            case "tenure" -> TENURE;
            case "district" -> DISTRICT;
            case "origin" -> ORIGIN;
            default -> ACTIVITY;
        };
    }

    private int pick(double... weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double r = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /** One person of the population model. */
    private Map<String, String> person() {
        int gender = pick(0.52, 0.48);
        int age = pick(0.13, 0.15, 0.16, 0.25, 0.20, 0.11);
        return features(gender, age, -1, -1);
    }

    private Map<String, String> features(int gender, int age, int fixedIncome, int fixedTenure) {
        // education given age: the young are more often graduates, the old less
        int education = switch (age) {
            case 0 -> pick(0.10, 0.15, 0.45, 0.30);
            case 1, 2 -> pick(0.10, 0.20, 0.25, 0.45);
            case 3 -> pick(0.18, 0.30, 0.22, 0.30);
            case 4 -> pick(0.28, 0.32, 0.18, 0.22);
            default -> pick(0.45, 0.28, 0.14, 0.13);
        };
        int income = fixedIncome >= 0 ? fixedIncome : switch (education) {
            case 0 -> pick(0.45, 0.30, 0.17, 0.08);
            case 1 -> pick(0.28, 0.34, 0.25, 0.13);
            case 2 -> pick(0.22, 0.28, 0.30, 0.20);
            default -> pick(0.10, 0.18, 0.30, 0.42);
        };
        if (age == 0 && fixedIncome < 0 && random.nextDouble() < 0.5) {
            income = 0;
        }
        int tenure = fixedTenure >= 0 ? fixedTenure : switch (income) {
            case 0 -> pick(0.15, 0.35, 0.50);
            case 1 -> pick(0.35, 0.35, 0.30);
            case 2 -> pick(0.60, 0.28, 0.12);
            default -> pick(0.78, 0.19, 0.03);
        };
        if (age == 0 && fixedTenure < 0 && tenure == 0 && random.nextDouble() < 0.6) {
            tenure = 1;
        }
        int district = switch (tenure) {
            case 0 -> pick(0.20, 0.15, 0.25, 0.15, 0.25);
            case 1 -> pick(0.40, 0.15, 0.15, 0.15, 0.15);
            default -> pick(0.05, 0.40, 0.10, 0.40, 0.05);
        };
        int origin = tenure == 2 ? pick(0.78, 0.07, 0.15) : pick(0.90, 0.05, 0.05);
        Map<String, String> f = new LinkedHashMap<>();
        f.put("gender", GENDER[gender]);
        f.put("age", AGE[age]);
        f.put("education", EDUCATION[education]);
        f.put("income", INCOME[income]);
        f.put("tenure", TENURE[tenure]);
        f.put("district", DISTRICT[district]);
        f.put("origin", ORIGIN[origin]);
        if (categories == 8) {
            int activity = switch (age) {
                case 0 -> pick(0.35, 0.15, 0.0, 0.50);
                case 1, 2, 3 -> pick(0.80, 0.10, 0.0, 0.10);
                case 4 -> pick(0.35, 0.07, 0.55, 0.03);
                default -> pick(0.02, 0.0, 0.95, 0.03);
            };
            f.put("activity", ACTIVITY[activity]);
        }
        return f;
    }

    /** Who answers the letter: more often the older and the graduates. */
    private double responds(Map<String, String> f) {
        double byAge = switch (f.get("age")) {
            case "16-24" -> 0.35;
            case "25-34" -> 0.5;
            case "35-44" -> 0.6;
            case "45-59" -> 0.75;
            case "60-74" -> 1.0;
            default -> 0.7;
        };
        double byEducation = switch (f.get("education")) {
            case "sans-diplome" -> 0.5;
            case "cap-bep" -> 0.65;
            case "bac" -> 0.8;
            default -> 1.0;
        };
        return byAge * byEducation;
    }

    /** A second respondent at the same address. */
    private Map<String, String> housemate(Map<String, String> first) {
        int gender = random.nextDouble() < 0.7 ? (first.get("gender").equals("female") ? 1 : 0) : pick(0.5, 0.5);
        int age = List.of(AGE).indexOf(first.get("age"));
        int move = pick(0.2, 0.6, 0.2) - 1;
        if (age <= 1 && random.nextDouble() < 0.3) {
            move = 2; // a parent
        }
        age = Math.max(0, Math.min(AGE.length - 1, age + move));
        Map<String, String> f = features(gender, age, List.of(INCOME).indexOf(first.get("income")),
                List.of(TENURE).indexOf(first.get("tenure")));
        f.put("district", first.get("district"));
        return f;
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 5) {
            System.err.println("RealisticPool <dir> <seed> <n> <k> <categories 7|8> [households]");
            System.exit(2);
        }
        Pool pool = generate(Long.parseLong(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]),
                Integer.parseInt(args[4]), args.length > 5 && args[5].equals("households"));
        pool.write(Path.of(args[0]));
        SortitionInstance instance = pool.instance();
        java.util.Set<String> types = new java.util.HashSet<>();
        for (int i = 0; i < instance.n(); i++) {
            types.add(java.util.Arrays.toString(instance.agentQuotas(i)));
        }
        System.out.println(args[0] + ": n=" + instance.n() + " k=" + instance.k() + " types=" + types.size()
                + " multi-person households=" + instance.households().length);
    }
}
