package fr.agora.budget.rules;

import static org.junit.jupiter.api.Assertions.fail;

import fr.agora.budget.rules.pabulib.PbElection;
import fr.agora.budget.rules.pabulib.PbParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Assumptions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Locates the test elections: small copies in test resources, large ones in ../shared/data/pb. */
final class PbTestFiles {

    /** Small files copied into src/test/resources/pb. */
    static final List<String> SMALL = List.of("Netherlands_Assen_2024", "Poland_Warszawa_2019_Las",
            "Canada_Stanford_Dataset_PB_Dieppe_2018_vote_approvals", "Poland_Czestochowa_2025_Bleszno",
            "Switzerland_Zurich_D10", "France_Toulouse_2019", "Netherlands_Amsterdam_166", "Poland_Swiecie_2023");
    /** Large files read from the shared folder. */
    static final List<String> LARGE = List.of("Poland_Katowice_2020", "Poland_Wroclaw_2017", "Poland_Krakow_2024",
            "Poland_Lodz_2022");

    private static final Map<String, PbInstance> CACHE = new ConcurrentHashMap<>();
    static final JsonMapper JSON = JsonMapper.builder().build();

    private PbTestFiles() {
    }

    /** ../shared/data/pb next to the project; fails loudly on CI when missing, else skips. */
    static Path sharedDir() {
        Path base = Path.of(System.getProperty("basedir", System.getProperty("user.dir")));
        Path dir = base.resolve("../shared/data/pb").normalize();
        if (!Files.isDirectory(dir)) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail("dossier partagé absent : " + dir + " (CI=true)");
            }
            Assumptions.abort("dossier partagé absent : " + dir);
        }
        return dir;
    }

    static List<String> all() {
        List<String> l = new ArrayList<>(SMALL);
        l.addAll(LARGE);
        return l;
    }

    static PbInstance instance(String name) {
        return CACHE.computeIfAbsent(name, n -> new PbInstance(election(n)));
    }

    static PbElection election(String name) {
        try {
            if (SMALL.contains(name)) {
                try (InputStream in = resource("/pb/" + name + ".pb")) {
                    return PbParser.parse(new InputStreamReader(in, StandardCharsets.UTF_8), name + ".pb");
                }
            }
            return PbParser.parse(sharedDir().resolve(name + ".pb"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    static JsonNode reference(String name) {
        try {
            if (SMALL.contains(name)) {
                try (InputStream in = resource("/pb/reference/" + name + ".json")) {
                    return JSON.readTree(in);
                }
            }
            return JSON.readTree(Files.readString(sharedDir().resolve("reference/" + name + ".json")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String path) {
        InputStream in = PbTestFiles.class.getResourceAsStream(path);
        if (in == null) {
            throw new AssertionError("ressource de test absente : " + path);
        }
        return in;
    }

    static List<String> ids(JsonNode array) {
        List<String> l = new ArrayList<>();
        for (JsonNode n : array) {
            l.add(n.asString());
        }
        return l;
    }
}
