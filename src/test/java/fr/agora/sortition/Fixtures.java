package fr.agora.sortition;

import fr.agora.sortition.io.PoolReader;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Loads the copied fixtures (see NOTICE-sortition.txt). */
final class Fixtures {

    private Fixtures() {
    }

    static Path resource(String relative) {
        try {
            return Path.of(Fixtures.class.getResource("/sortition/" + relative).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static SortitionInstance exampleSmall() throws SortitionInputException {
        return PoolReader.read(resource("example_small_20/respondents.csv"),
                resource("example_small_20/categories.csv"), 20,
                new PoolReader.Options(PoolReader.Format.PANELOT, null, List.of()));
    }

    static SortitionInstance sfFixture() throws SortitionInputException {
        return PoolReader.read(resource("sf_fixture_22/candidates.csv"), resource("sf_fixture_22/features.csv"), 22,
                new PoolReader.Options(PoolReader.Format.SF, "nationbuilder_id",
                        List.of("primary_address1", "primary_zip")));
    }

    static SortitionInstance opendlp() throws SortitionInputException {
        return PoolReader.read(resource("opendlp_monitoring_30/respondents.csv"),
                resource("opendlp_monitoring_30/categories.csv"), 30,
                new PoolReader.Options(PoolReader.Format.SF, "unique_id", List.of()));
    }

    /** agent_id to leximin_probability of a reference file. */
    static Map<String, Double> reference(String name) throws IOException {
        Map<String, Double> out = new HashMap<>();
        List<String> lines = Files.readAllLines(resource("reference/" + name));
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            out.put(f[1], Double.parseDouble(f[2]));
        }
        return out;
    }
}
