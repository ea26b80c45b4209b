package fr.agora.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** French first, English second: both bundles have the same keys, and every key the code uses exists. */
class TranslationsTest {

    /** All bundles of one language merged; fails if a key is defined in two bundles. */
    private static Properties load(String suffix) throws IOException {
        Properties all = new Properties();
        for (String name : I18nProvider.bundles()) {
            try (InputStream in = TranslationsTest.class.getResourceAsStream("/vaadin-i18n/" + name + suffix + ".properties")) {
                if (in == null) {
                    continue;
                }
                Properties p = new Properties();
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String key : p.stringPropertyNames()) {
                    assertThat(all.containsKey(key)).as("clé " + key + " définie deux fois").isFalse();
                    all.setProperty(key, p.getProperty(key));
                }
            }
        }
        return all;
    }

    @Test
    void french_and_english_have_the_same_keys() throws IOException {
        Properties fr = load("");
        Properties en = load("_en");
        assertThat(new TreeSet<>(en.stringPropertyNames())).isEqualTo(new TreeSet<>(fr.stringPropertyNames()));
    }

    @Test
    void every_literal_key_used_in_the_code_exists() throws IOException {
        Properties fr = load("");
        Pattern use = Pattern.compile("(?:getTranslation|BusinessException)\\(\"([a-z0-9.\\-]+)\"\\s*[,)]");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = use.matcher(Files.readString(f));
                while (m.find()) {
                    String key = m.group(1);
                    // a literal followed by « + » is the prefix of a computed key: only whole literals are checked
                    if (!fr.containsKey(key)) {
                        missing.add(key + " (" + f.getFileName() + ")");
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void bundles_are_discovered_on_the_classpath() {
        assertThat(I18nProvider.bundles()).first().isEqualTo("translations");
        assertThat(I18nProvider.bundles()).contains("walks", "council").doesNotContain("walks_en", "translations_en");
    }

    @Test
    void provider_formats_parameters_and_keeps_apostrophes() {
        I18nProvider provider = new I18nProvider();
        assertThat(provider.getTranslation("register.done", Locale.FRENCH, "a@b.fr")).contains("a@b.fr").contains("qu'il");
        assertThat(provider.getTranslation("register.done", Locale.ENGLISH, "a@b.fr")).startsWith("Thank you. A mail was sent to a@b.fr");
        assertThat(provider.getTranslation("nope.nope", Locale.FRENCH)).isEqualTo("!nope.nope!");
        assertThat(provider.getTranslation("home.title", Locale.GERMAN)).isEqualTo("Accueil");
    }
}
