package fr.agora.sortition.io;

import fr.agora.sortition.Person;
import fr.agora.sortition.Quota;
import fr.agora.sortition.SortitionInputException;
import fr.agora.sortition.SortitionInstance;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a pool and its quotas from the two file formats in use.
 *
 * <ul>
 *   <li><b>Panelot</b> (replication repository): quotas {@code category,feature,min,max}; respondents
 *       file with one column per category and no id column: the id is the 0-based data-row index.</li>
 *   <li><b>Sortition Foundation</b> ({@code sf}): quotas {@code feature,value,min,max[,min_flex,max_flex]}
 *       (older {@code category,name,min,max} also accepted, extra columns ignored); people file with an
 *       id column (by default the first column) and any extra columns.</li>
 * </ul>
 * The quota layout is recognised from its header whatever the format. Without an explicit format, the
 * people file is read as Panelot when every column is a quota category or an address column, otherwise as
 * Sortition Foundation. Category names and values are compared case-insensitively (both are stored in
 * lower case); household keys use the exact trimmed address values.
 */
public final class PoolReader {

    /** People-file layout. */
    public enum Format { PANELOT, SF }

    /**
     * Reading options.
     *
     * @param format         people-file layout, or {@code null} to detect it
     * @param idColumn       id column for the SF layout, or {@code null} for the first column
     * @param addressColumns columns whose joint values define a household (empty: no household rule)
     */
    public record Options(Format format, String idColumn, List<String> addressColumns) {

        public Options {
            addressColumns = addressColumns == null ? List.of() : List.copyOf(addressColumns);
        }

        /** Auto-detected format, first-column id, no households. */
        public static Options defaults() {
            return new Options(null, null, List.of());
        }
    }

    private PoolReader() {
    }

    /** Reads both files and builds the instance; every problem is reported with file and line. */
    public static SortitionInstance read(Path peopleFile, Path quotaFile, int k, Options options)
            throws SortitionInputException {
        String quotaLabel = label(quotaFile);
        String peopleLabel = label(peopleFile);
        Csv.Table quotaTable = Csv.read(quotaFile, quotaLabel);
        Csv.Table peopleTable = Csv.read(peopleFile, peopleLabel);
        return build(peopleTable, quotaTable, k, options);
    }

    /** Builds the instance from parsed tables (exposed for tests and the UI). */
    public static SortitionInstance build(Csv.Table peopleTable, Csv.Table quotaTable, int k, Options options)
            throws SortitionInputException {
        String peopleLabel = peopleTable.file();
        if (k < 1) {
            throw new SortitionInputException(peopleLabel, 0, "taille du panel " + k + " invalide");
        }
        List<Quota> quotas = readQuotas(quotaTable, k);
        Map<String, Set<String>> valuesByCategory = new LinkedHashMap<>();
        for (Quota q : quotas) {
            valuesByCategory.computeIfAbsent(q.category(), c -> new LinkedHashSet<>()).add(q.value());
        }
        String[] header = peopleTable.header();
        Map<String, Integer> categoryColumn = new LinkedHashMap<>();
        for (String category : valuesByCategory.keySet()) {
            int col = peopleTable.column(category);
            if (col < 0) {
                throw new SortitionInputException(peopleLabel, 1, "colonne « " + category + " » manquante");
            }
            categoryColumn.put(category, col);
        }
        int[] addressCols = new int[options.addressColumns().size()];
        for (int a = 0; a < addressCols.length; a++) {
            String name = options.addressColumns().get(a).trim();
            addressCols[a] = peopleTable.column(name);
            if (addressCols[a] < 0) {
                throw new SortitionInputException(peopleLabel, 1, "colonne d'adresse « " + name + " » manquante");
            }
        }
        Format format = options.format();
        if (format == null) {
            format = options.idColumn() != null ? Format.SF : Format.PANELOT;
            Set<Integer> known = new HashSet<>(categoryColumn.values());
            for (int c : addressCols) {
                known.add(c);
            }
            if (options.idColumn() == null && known.size() < header.length) {
                format = Format.SF;
            }
        }
        int idCol = -1;
        if (format == Format.SF) {
            idCol = options.idColumn() == null ? 0 : peopleTable.column(options.idColumn().trim());
            if (idCol < 0) {
                throw new SortitionInputException(peopleLabel, 1, "colonne d'identifiant « " + options.idColumn()
                        + " » manquante");
            }
        }
        List<Csv.Row> rows = peopleTable.rows();
        if (rows.isEmpty()) {
            throw new SortitionInputException(peopleLabel, 0, "aucune personne (fichier vide)");
        }
        List<Person> people = new ArrayList<>(rows.size());
        Map<String, Integer> idLines = new HashMap<>();
        Map<String, Integer> holders = new HashMap<>();
        for (int r = 0; r < rows.size(); r++) {
            Csv.Row row = rows.get(r);
            String id;
            if (idCol >= 0) {
                id = row.fields()[idCol];
                if (id.isEmpty()) {
                    throw new SortitionInputException(peopleLabel, row.line(), "identifiant vide");
                }
                Integer previous = idLines.put(id, row.line());
                if (previous != null) {
                    throw new SortitionInputException(peopleLabel, row.line(), "identifiant « " + id
                            + " » déjà vu ligne " + previous);
                }
            } else {
                id = Integer.toString(r);
            }
            Map<String, String> features = new LinkedHashMap<>();
            for (Map.Entry<String, Integer> e : categoryColumn.entrySet()) {
                String value = norm(row.fields()[e.getValue()]);
                if (value.isEmpty()) {
                    throw new SortitionInputException(peopleLabel, row.line(), "valeur vide pour « " + e.getKey()
                            + " »");
                }
                if (!valuesByCategory.get(e.getKey()).contains(value)) {
                    throw new SortitionInputException(peopleLabel, row.line(), "valeur « " + value + " » de « "
                            + e.getKey() + " » absente des quotas");
                }
                features.put(e.getKey(), value);
                holders.merge(e.getKey() + "\u0000" + value, 1, Integer::sum);
            }
            String household = null;
            if (addressCols.length > 0) {
                StringBuilder key = new StringBuilder();
                for (int c : addressCols) {
                    key.append(row.fields()[c]).append('\u001f');
                }
                household = key.toString();
            }
            people.add(new Person(id, features, household));
        }
        if (k > people.size()) {
            throw new SortitionInputException(peopleLabel, 0, "taille du panel " + k + " supérieure au vivier ("
                    + people.size() + " personnes)");
        }
        List<Csv.Row> quotaRows = quotaTable.rows();
        for (int q = 0; q < quotas.size(); q++) {
            Quota quota = quotas.get(q);
            int count = holders.getOrDefault(quota.category() + "\u0000" + quota.value(), 0);
            if (count == 0 && quota.min() > 0) {
                throw new SortitionInputException(quotaTable.file(), quotaRows.get(q).line(), "valeur « "
                        + quota.value() + " » de « " + quota.category() + " » inconnue dans le vivier (min "
                        + quota.min() + ")");
            }
        }
        return new SortitionInstance(people, quotas, k);
    }

    /** Reads a quota table in any of the accepted layouts. */
    public static List<Quota> readQuotas(Csv.Table t, int k) throws SortitionInputException {
        String f = t.file();
        int catCol;
        int valCol;
        if (t.column("category") >= 0) {
            catCol = t.column("category");
            valCol = first(t, "feature", "name", "value");
        } else {
            catCol = t.column("feature");
            valCol = first(t, "value", "name");
        }
        if (catCol < 0) {
            throw new SortitionInputException(f, 1, "colonne « feature » (ou « category ») manquante");
        }
        if (valCol < 0) {
            throw new SortitionInputException(f, 1, "colonne « value » (ou « feature », « name ») manquante");
        }
        int minCol = require(t, "min");
        int maxCol = require(t, "max");
        int minFlexCol = t.column("min_flex");
        int maxFlexCol = t.column("max_flex");
        if (t.rows().isEmpty()) {
            throw new SortitionInputException(f, 0, "aucun quota (fichier vide)");
        }
        List<Quota> quotas = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Csv.Row row : t.rows()) {
            String[] x = row.fields();
            String category = norm(x[catCol]);
            String value = norm(x[valCol]);
            if (category.isEmpty() || value.isEmpty()) {
                throw new SortitionInputException(f, row.line(), "catégorie ou valeur vide");
            }
            if (!seen.add(category + "\u0000" + value)) {
                throw new SortitionInputException(f, row.line(), "quota « " + category + "=" + value
                        + " » en double");
            }
            int min = integer(f, row, x[minCol], "min");
            int max = integer(f, row, x[maxCol], "max");
            if (max < min) {
                throw new SortitionInputException(f, row.line(), "max " + max + " inférieur à min " + min);
            }
            int minFlex = minFlexCol >= 0 && !x[minFlexCol].isEmpty() ? integer(f, row, x[minFlexCol], "min_flex") : 0;
            int maxFlex = maxFlexCol >= 0 && !x[maxFlexCol].isEmpty() ? integer(f, row, x[maxFlexCol], "max_flex")
                    : Math.max(max, k);
            if (minFlex > min) {
                throw new SortitionInputException(f, row.line(), "min_flex " + minFlex + " supérieur à min " + min);
            }
            if (maxFlex < max) {
                throw new SortitionInputException(f, row.line(), "max_flex " + maxFlex + " inférieur à max " + max);
            }
            quotas.add(new Quota(category, value, min, max, minFlex, maxFlex));
        }
        return quotas;
    }

    /** Lower-cased, trimmed value: the case-insensitive matching key. */
    public static String norm(String s) {
        return s.trim().toLowerCase(Locale.ROOT);
    }

    private static String label(Path p) {
        Path name = p.getFileName();
        return name == null ? p.toString() : name.toString();
    }

    private static int first(Csv.Table t, String... names) {
        for (String n : names) {
            if (t.column(n) >= 0) {
                return t.column(n);
            }
        }
        return -1;
    }

    private static int require(Csv.Table t, String name) throws SortitionInputException {
        int c = t.column(name);
        if (c < 0) {
            throw new SortitionInputException(t.file(), 1, "colonne « " + name + " » manquante");
        }
        return c;
    }

    private static int integer(String file, Csv.Row row, String s, String what) throws SortitionInputException {
        try {
            double d = Double.parseDouble(s.trim());
            if (d >= 0 && d == Math.rint(d) && d <= Integer.MAX_VALUE) {
                return (int) d;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new SortitionInputException(file, row.line(), what + " « " + s + " » n'est pas un entier positif");
    }
}
