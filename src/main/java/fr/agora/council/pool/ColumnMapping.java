package fr.agora.council.pool;

import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which file column holds which field, as the draw operator confirmed it at import. Every required field is mapped
 * and no column serves two fields.
 */
public final class ColumnMapping {

    private final Map<PoolField, Integer> columns;

    private ColumnMapping(Map<PoolField, Integer> columns) {
        this.columns = Collections.unmodifiableMap(new EnumMap<>(columns));
    }

    /**
     * A mapping chosen by the operator.
     *
     * @param columns field to 0-based column index
     * @param width   the file's number of columns
     * @throws PoolImportException when a required field is missing, a column is out of range or used twice
     */
    public static ColumnMapping of(Map<PoolField, Integer> columns, int width) throws PoolImportException {
        Set<Integer> used = new HashSet<>();
        for (Map.Entry<PoolField, Integer> e : columns.entrySet()) {
            Integer column = e.getValue();
            if (column == null) {
                continue;
            }
            if (column < 0 || column >= width) {
                throw new PoolImportException("pool.mapping.out-of-range", e.getKey().labelKey(), column + 1);
            }
            if (!used.add(column)) {
                throw new PoolImportException("pool.mapping.twice", column + 1);
            }
        }
        EnumMap<PoolField, Integer> copy = new EnumMap<>(PoolField.class);
        columns.forEach((f, c) -> {
            if (c != null) {
                copy.put(f, c);
            }
        });
        for (PoolField field : PoolField.values()) {
            if (field.required() && !copy.containsKey(field)) {
                throw new PoolImportException("pool.mapping.missing", field.labelKey());
            }
        }
        return new ColumnMapping(copy);
    }

    /**
     * The mapping suggested from the header's names (accents, case and punctuation ignored); the operator reviews it.
     * Fields whose name is not recognised stay unmapped.
     */
    public static Map<PoolField, Integer> guess(List<String> header) {
        EnumMap<PoolField, Integer> guess = new EnumMap<>(PoolField.class);
        Set<Integer> taken = new HashSet<>();
        for (PoolField field : PoolField.values()) {
            for (int i = 0; i < header.size(); i++) {
                if (!taken.contains(i) && field.headerNames().contains(Text.fold(header.get(i)))) {
                    guess.put(field, i);
                    taken.add(i);
                    break;
                }
            }
        }
        return guess;
    }

    /** The column of a field, if mapped. */
    public Optional<Integer> column(PoolField field) {
        return Optional.ofNullable(columns.get(field));
    }

    /** The mapping as field to column index. */
    public Map<PoolField, Integer> asMap() {
        return columns;
    }
}
