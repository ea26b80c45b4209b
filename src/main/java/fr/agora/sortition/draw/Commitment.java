package fr.agora.sortition.draw;

import fr.agora.sortition.Person;
import fr.agora.sortition.Quota;
import fr.agora.sortition.SortitionInstance;

import java.nio.charset.StandardCharsets;

/**
 * The commitment to a frozen pool and its quotas, published before any randomness is known.
 *
 * <p>Canonical serialisation (version 1), UTF-8, one line, with the {@link Json} string rules:
 * <pre>
 * {"protocol":"agora-sortition-commitment/1","k":K,
 *  "categories":["c1",…],
 *  "quotas":[{"category":"c","value":"v","min":a,"max":b,"min_flex":c,"max_flex":d},…],
 *  "people":[{"id":"…","values":["v1",…],"household":"…"|null},…]}
 * </pre>
 * (written without the line breaks shown here). Categories and quotas in quota-file order, values in
 * lower case; people in pool-file order with their values in category order; the household is the
 * joint address key (address values joined with U+001F, each followed by it) or null without household
 * rule. The commitment is the lower-case hexadecimal SHA-256 of these bytes.
 */
public final class Commitment {

    /** Protocol tag written in the serialisation. */
    public static final String PROTOCOL = "agora-sortition-commitment/1";

    private Commitment() {
    }

    /** The canonical serialisation. */
    public static String canonical(SortitionInstance instance) {
        StringBuilder s = new StringBuilder();
        s.append("{\"protocol\":");
        Json.string(s, PROTOCOL);
        s.append(",\"k\":").append(instance.k()).append(",\"categories\":");
        Json.strings(s, instance.categories());
        s.append(",\"quotas\":[");
        for (int q = 0; q < instance.quotas().size(); q++) {
            Quota quota = instance.quotas().get(q);
            s.append(q == 0 ? "" : ",").append("{\"category\":");
            Json.string(s, quota.category());
            s.append(",\"value\":");
            Json.string(s, quota.value());
            s.append(",\"min\":").append(quota.min()).append(",\"max\":").append(quota.max())
                    .append(",\"min_flex\":").append(quota.minFlex()).append(",\"max_flex\":")
                    .append(quota.maxFlex()).append('}');
        }
        s.append("],\"people\":[");
        for (int i = 0; i < instance.n(); i++) {
            Person p = instance.people().get(i);
            s.append(i == 0 ? "" : ",").append("{\"id\":");
            Json.string(s, p.id());
            s.append(",\"values\":");
            Json.strings(s, instance.categories().stream().map(c -> p.features().get(c)).toList());
            s.append(",\"household\":");
            Json.string(s, p.household());
            s.append('}');
        }
        s.append("]}");
        return s.toString();
    }

    /** Lower-case hexadecimal SHA-256 of the canonical serialisation. */
    public static String of(SortitionInstance instance) {
        return CounterRng.hex(CounterRng.sha256(canonical(instance).getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * The draw seed: {@code SHA-256(UTF-8(commitmentHex ‖ entropy))}, i.e. what
     * {@code printf '%s%s' "$COMMITMENT" "$ENTROPY" | sha256sum} prints.
     */
    public static byte[] seed(String commitmentHex, String entropy) {
        return CounterRng.sha256((commitmentHex + entropy).getBytes(StandardCharsets.UTF_8));
    }
}
