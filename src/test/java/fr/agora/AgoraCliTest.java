package fr.agora;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class AgoraCliTest {

    @Test
    void options_start_the_portal_and_words_are_commands() {
        assertThat(AgoraCli.isCommand(new String[] {"--server.port=9000"})).isFalse();
        assertThat(AgoraCli.isCommand(new String[] {})).isFalse();
        assertThat(AgoraCli.isCommand(new String[] {"help"})).isTrue();
    }

    @Test
    void unknown_verb_prints_usage_and_fails() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = AgoraCli.run(new String[] {"frobnicate"}, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("frobnicate").contains("Usage");
    }

    @Test
    void help_lists_the_verbs() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = AgoraCli.run(new String[] {"help"}, new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("help");
    }
}
