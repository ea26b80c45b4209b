package fr.agora.council.pool;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Merges the persons read from several sources into one pool. Two records are the same person when their
 * normalised last name, first name, birth date and address agree (accents, case, punctuation and the usual street
 * abbreviations ignored). The first record seen gives the values; later ones fill what it left blank and add their
 * source tag; disagreements on sex, EU status or sub-area are reported, never resolved silently.
 */
public final class Deduplicator {

    /**
     * One person found more than once, for the merge report.
     *
     * @param occurrences "SOURCE file:line" of each row that named them in this import
     * @param conflicts   the fields on which the rows disagreed (the first value was kept)
     */
    public record Merge(String displayName, Set<PoolSource> sources, List<String> occurrences, List<PoolField> conflicts) {

        public Merge {
            sources = Set.copyOf(sources);
            occurrences = List.copyOf(occurrences);
            conflicts = List.copyOf(conflicts);
        }
    }

    /**
     * The merged pool.
     *
     * @param entries every person, existing ones first in their order, then the new ones in file order
     * @param added   how many of them are new
     * @param merges  the persons found more than once, in this import or against the existing pool
     */
    public record Result(List<PoolEntry> entries, int added, List<Merge> merges) {

        public Result {
            entries = List.copyOf(entries);
            merges = List.copyOf(merges);
        }
    }

    private final byte[] secret;
    private final LocalDate referenceDate;
    private final AgeBands bands;

    /**
     * @param secret        the pool's key for {@link PoolEntry#personKey()} (at least 16 bytes)
     * @param referenceDate the date age bands are computed on
     * @param bands         the age bands
     */
    public Deduplicator(byte[] secret, LocalDate referenceDate, AgeBands bands) {
        if (secret.length < 16) {
            throw new IllegalArgumentException("the key must hold at least 16 bytes");
        }
        this.secret = secret.clone();
        this.referenceDate = referenceDate;
        this.bands = bands;
    }

    /** The keyed hash that recognises a person. */
    public String personKey(PersonRecord r) {
        String identity = Text.fold(r.lastName()) + '|' + Text.fold(r.firstName()) + '|' + r.birthDate() + '|'
                + Text.foldAddress(r.address());
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(identity.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** Merges {@code incoming} into {@code existing} (entries of earlier imports into the same pool). */
    public Result merge(List<PoolEntry> existing, List<PersonRecord> incoming) {
        Map<String, PoolEntry> byKey = new LinkedHashMap<>();
        for (PoolEntry e : existing) {
            byKey.put(e.personKey(), e);
        }
        Map<String, List<String>> occurrences = new LinkedHashMap<>();
        Map<String, List<PoolField>> conflicts = new LinkedHashMap<>();
        int added = 0;
        for (PersonRecord r : incoming) {
            String key = personKey(r);
            String where = r.source() + " " + r.file() + ":" + r.line();
            PoolEntry current = byKey.get(key);
            if (current == null) {
                byKey.put(key, minimise(key, r));
                occurrences.computeIfAbsent(key, k -> new ArrayList<>()).add(where);
                added++;
                continue;
            }
            List<String> seen = occurrences.computeIfAbsent(key, k -> new ArrayList<>(List.of("pool")));
            seen.add(where);
            List<PoolField> clash = conflicts.computeIfAbsent(key, k -> new ArrayList<>());
            if (current.sex() != r.sex() && current.sex() != Sex.UNSTATED && r.sex() != Sex.UNSTATED) {
                clash.add(PoolField.SEX);
            }
            if (current.eu() != r.eu() && current.eu() != EuStatus.UNKNOWN && r.eu() != EuStatus.UNKNOWN) {
                clash.add(PoolField.NATIONALITY);
            }
            if (!current.subArea().isEmpty() && !r.subArea().isEmpty()
                    && !Text.fold(current.subArea()).equals(Text.fold(r.subArea()))) {
                clash.add(PoolField.SUB_AREA);
            }
            Set<PoolSource> sources = EnumSet.noneOf(PoolSource.class);
            sources.addAll(current.sources());
            sources.add(r.source());
            byKey.put(key, new PoolEntry(key, current.lastName(), current.firstName(),
                    current.sex() == Sex.UNSTATED ? r.sex() : current.sex(), current.ageBand(),
                    current.eu() == EuStatus.UNKNOWN ? r.eu() : current.eu(),
                    current.subArea().isEmpty() ? r.subArea() : current.subArea(),
                    current.postalAddress(), current.email().isEmpty() ? r.email() : current.email(),
                    current.phone().isEmpty() ? r.phone() : current.phone(), sources));
        }
        List<Merge> merges = new ArrayList<>();
        occurrences.forEach((key, where) -> {
            if (where.size() > 1) {
                PoolEntry e = byKey.get(key);
                merges.add(new Merge(e.displayName(), e.sources(), where.stream().filter(w -> !w.equals("pool")).toList(),
                        conflicts.getOrDefault(key, List.<PoolField>of()).stream().distinct().toList()));
            }
        });
        return new Result(new ArrayList<>(byKey.values()), added, merges);
    }

    private PoolEntry minimise(String key, PersonRecord r) {
        String postal = String.join(" ", List.of(r.address(), r.postcode(), r.city()).stream()
                .filter(s -> !s.isBlank()).toList());
        return new PoolEntry(key, r.lastName(), r.firstName(), r.sex(),
                bands.bandOf(AgeBands.age(r.birthDate(), referenceDate)), r.eu(), r.subArea(), postal, r.email(),
                r.phone(), EnumSet.of(r.source()));
    }
}
