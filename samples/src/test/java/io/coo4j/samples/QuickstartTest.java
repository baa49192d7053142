package io.coo4j.samples;

import static org.assertj.core.api.Assertions.assertThat;

import io.coo4j.core.testing.GeneratedFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README's quickstart is the code of {@link Quickstart}, which compiles and runs. */
class QuickstartTest {
    @Test
    void quickstartRunsAndSaysValid() {
        PrintStream old = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            Quickstart.main(new String[0]);
        } finally {
            System.setOut(old);
        }
        assertThat(bytes.toString(StandardCharsets.UTF_8)).startsWith("valid\n").contains("\"hsCode\": \"851762\"");
    }

    @Test
    void readmeShowsTheQuickstartAsCompiled() throws IOException {
        String source = Files.readString(GeneratedFiles.projectRoot().resolve(
                "samples/src/main/java/io/coo4j/samples/Quickstart.java"));
        Matcher m = Pattern.compile("// README:quickstart:begin\n(.*?)\n\\s*// README:quickstart:end", Pattern.DOTALL).matcher(source);
        assertThat(m.find()).isTrue();
        String code = m.group(1).stripIndent().strip();
        String readme = Files.readString(GeneratedFiles.projectRoot().resolve("README.md"));
        assertThat(readme).as("README.md quotes Quickstart.java verbatim").contains(code);
    }
}
