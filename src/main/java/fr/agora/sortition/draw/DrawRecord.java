package fr.agora.sortition.draw;

import fr.agora.sortition.Quota;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The published record of a draw, with its canonical JSON form.
 *
 * <p>Canonical form (UTF-8, {@link Json} string and number rules): an object whose members appear in the
 * order of the record components, one member per line ({@code {\n"format":…,\n"engine":…,\n…\n"record_hash":"…"\n}\n}),
 * each value on one line without spaces. Lottery entries are
 * {@code {"first":f,"copies":c,"members":[ids]}} (tickets f..f+c-1); probabilities are
 * {@code {"id":…,"leximin":%.6f,"lottery":%.3f}}. {@code record_hash} is the SHA-256 (hex) of the UTF-8
 * bytes of everything before the line {@code "record_hash":…}. {@code lottery_hash} is the SHA-256 of the
 * lottery array as written. A record is only accepted when its bytes equal its own canonical form, so a
 * single changed byte is always detected.
 */
public record DrawRecord(String format, String engine, String algorithm, String commitment, int n, int k,
                         List<String> categories, List<Quota> quotas, int lotterySize, List<Ticket> lottery,
                         String lotteryHash, List<Probability> probabilities, String entropy, String seed,
                         int number, List<String> panel, List<String> reserve, String recordHash) {

    /** Record format tag. */
    public static final String FORMAT = "agora-sortition-record/1";

    /** Tickets {@code first..first+copies-1} of the lottery all designate {@code members}. */
    public record Ticket(int first, int copies, List<String> members) {
    }

    /**
     * @param id      person id
     * @param leximin probability computed by LEXIMIN (informative)
     * @param lottery probability under the published lottery (tickets containing the person / m)
     */
    public record Probability(String id, double leximin, double lottery) {
    }

    /** Canonical text of the lottery array (input of {@code lottery_hash}). */
    public static String lotteryJson(List<Ticket> lottery) {
        StringBuilder s = new StringBuilder("[");
        for (int t = 0; t < lottery.size(); t++) {
            Ticket ticket = lottery.get(t);
            s.append(t == 0 ? "" : ",").append("{\"first\":").append(ticket.first()).append(",\"copies\":")
                    .append(ticket.copies()).append(",\"members\":");
            Json.strings(s, ticket.members());
            s.append('}');
        }
        return s.append(']').toString();
    }

    /** Everything before the {@code record_hash} line (input of {@code record_hash}). */
    public String body() {
        StringBuilder s = new StringBuilder("{\n");
        member(s, "format");
        Json.string(s, format);
        member(s, "engine");
        Json.string(s, engine);
        member(s, "algorithm");
        Json.string(s, algorithm);
        member(s, "commitment");
        Json.string(s, commitment);
        member(s, "n").append(n);
        member(s, "k").append(k);
        member(s, "categories");
        Json.strings(s, categories);
        member(s, "quotas").append('[');
        for (int q = 0; q < quotas.size(); q++) {
            Quota quota = quotas.get(q);
            s.append(q == 0 ? "" : ",").append("{\"category\":");
            Json.string(s, quota.category());
            s.append(",\"value\":");
            Json.string(s, quota.value());
            s.append(",\"min\":").append(quota.min()).append(",\"max\":").append(quota.max()).append('}');
        }
        s.append(']');
        member(s, "lottery_size").append(lotterySize);
        member(s, "lottery").append(lotteryJson(lottery));
        member(s, "lottery_hash");
        Json.string(s, lotteryHash);
        member(s, "probabilities").append('[');
        for (int i = 0; i < probabilities.size(); i++) {
            Probability p = probabilities.get(i);
            s.append(i == 0 ? "" : ",").append("{\"id\":");
            Json.string(s, p.id());
            s.append(",\"leximin\":").append(Json.fixed(p.leximin(), 6)).append(",\"lottery\":")
                    .append(Json.fixed(p.lottery(), 3)).append('}');
        }
        s.append(']');
        member(s, "entropy");
        Json.string(s, entropy);
        member(s, "seed");
        Json.string(s, seed);
        member(s, "number").append(number);
        member(s, "panel");
        Json.strings(s, panel);
        member(s, "reserve");
        Json.strings(s, reserve);
        return s.append(",\n").toString();
    }

    private static StringBuilder member(StringBuilder s, String name) {
        if (s.length() > 2) {
            s.append(",\n");
        }
        return s.append('"').append(name).append("\":");
    }

    /** SHA-256 (hex) of {@link #body()}. */
    public String computeRecordHash() {
        return CounterRng.hex(CounterRng.sha256(body().getBytes(StandardCharsets.UTF_8)));
    }

    /** The canonical JSON text. */
    public String toJson() {
        StringBuilder s = new StringBuilder(body());
        s.append("\"record_hash\":");
        Json.string(s, recordHash);
        return s.append("\n}\n").toString();
    }

    /** Same record with {@code record_hash} computed. */
    public DrawRecord sealed() {
        return new DrawRecord(format, engine, algorithm, commitment, n, k, categories, quotas, lotterySize, lottery,
                lotteryHash, probabilities, entropy, seed, number, panel, reserve, computeRecordHash());
    }

    /**
     * Parses a record. Structural problems throw {@link IllegalArgumentException} with a French message;
     * the caller must still compare the bytes with {@link #toJson()}.
     */
    public static DrawRecord parse(byte[] bytes) {
        ObjectMapper mapper = JsonMapper.builder().build();
        JsonNode root;
        try {
            root = mapper.readTree(bytes);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("JSON illisible");
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("le registre n'est pas un objet JSON");
        }
        List<Quota> quotas = new ArrayList<>();
        for (JsonNode q : array(root, "quotas")) {
            int min = integer(q, "min");
            int max = integer(q, "max");
            if (min < 0 || max < min) {
                throw new IllegalArgumentException("quota invalide");
            }
            quotas.add(new Quota(text(q, "category"), text(q, "value"), min, max, 0, max));
        }
        List<Ticket> lottery = new ArrayList<>();
        for (JsonNode t : array(root, "lottery")) {
            lottery.add(new Ticket(integer(t, "first"), integer(t, "copies"), strings(t, "members")));
        }
        List<Probability> probabilities = new ArrayList<>();
        for (JsonNode p : array(root, "probabilities")) {
            probabilities.add(new Probability(text(p, "id"), number(p, "leximin"), number(p, "lottery")));
        }
        return new DrawRecord(text(root, "format"), text(root, "engine"), text(root, "algorithm"),
                text(root, "commitment"), integer(root, "n"), integer(root, "k"), strings(root, "categories"), quotas,
                integer(root, "lottery_size"), lottery, text(root, "lottery_hash"), probabilities,
                text(root, "entropy"), text(root, "seed"), integer(root, "number"), strings(root, "panel"),
                strings(root, "reserve"), text(root, "record_hash"));
    }

    private static JsonNode field(JsonNode node, String name) {
        JsonNode v = node.get(name);
        if (v == null) {
            throw new IllegalArgumentException("champ « " + name + " » absent");
        }
        return v;
    }

    private static String text(JsonNode node, String name) {
        JsonNode v = field(node, name);
        if (!v.isString()) {
            throw new IllegalArgumentException("champ « " + name + " » : texte attendu");
        }
        return v.stringValue();
    }

    private static int integer(JsonNode node, String name) {
        JsonNode v = field(node, name);
        if (!v.isIntegralNumber() || !v.canConvertToInt()) {
            throw new IllegalArgumentException("champ « " + name + " » : entier attendu");
        }
        return v.intValue();
    }

    private static double number(JsonNode node, String name) {
        JsonNode v = field(node, name);
        if (!v.isNumber()) {
            throw new IllegalArgumentException("champ « " + name + " » : nombre attendu");
        }
        return v.doubleValue();
    }

    private static List<JsonNode> array(JsonNode node, String name) {
        JsonNode v = field(node, name);
        if (!v.isArray()) {
            throw new IllegalArgumentException("champ « " + name + " » : tableau attendu");
        }
        List<JsonNode> out = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            if (!v.get(i).isObject() && !v.get(i).isString()) {
                throw new IllegalArgumentException("champ « " + name + " » : élément invalide");
            }
            out.add(v.get(i));
        }
        return out;
    }

    private static List<String> strings(JsonNode node, String name) {
        List<String> out = new ArrayList<>();
        for (JsonNode v : array(node, name)) {
            if (!v.isString()) {
                throw new IllegalArgumentException("champ « " + name + " » : textes attendus");
            }
            out.add(v.stringValue());
        }
        return out;
    }
}
