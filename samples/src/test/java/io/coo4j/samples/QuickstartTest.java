package io.coo4j.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.coo4j.core.testing.GeneratedFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's quickstarts are the code of {@link Quickstart} and {@link PrintQuickstart}, which compile and run. */
class QuickstartTest {
    /** Issue 17: the quickstart validates as the customs would and never calls an undeclarable certificate valid. */
    @Test
    void quickstartSavesTheDraftAndListsWhatDeclaringStillNeeds() {
        PrintStream old = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            Quickstart.main(new String[0]);
        } finally {
            System.setOut(old);
        }
        assertThat(bytes.toString(StandardCharsets.UTF_8)).startsWith("save (暂存): valid\ndeclare (申报): invalid\n")
                .contains("  ERROR goods[0].invoiceValue: Required field is missing\n")
                .contains("  not checked HS_CODE_EXISTS: no HS nomenclature loaded: give the validator a data pack");
    }

    @Test
    void readmeShowsTheQuickstartAsCompiled() throws IOException {
        assertReadmeQuotes("Quickstart.java", "quickstart");
    }

    @Test
    void printQuickstartWritesThePdfTheReadmeShows(@TempDir Path dir) throws IOException {
        Path pdf = dir.resolve("E.pdf");
        PrintQuickstart.main(new String[] {GeneratedFiles.projectRoot().resolve("samples/certificates/E.json").toString(), pdf.toString()});
        assertThat(Files.readAllBytes(pdf)).startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII));
        assertThatCode(() -> assertReadmeQuotes("PrintQuickstart.java", "print")).doesNotThrowAnyException();
    }

    private static void assertReadmeQuotes(String sample, String marker) throws IOException {
        String source = Files.readString(GeneratedFiles.projectRoot().resolve("samples/src/main/java/io/coo4j/samples/" + sample));
        Matcher m = Pattern.compile("// README:" + marker + ":begin\n(.*?)\n\\s*// README:" + marker + ":end", Pattern.DOTALL)
                .matcher(source);
        assertThat(m.find()).isTrue();
        String code = m.group(1).stripIndent().strip();
        String readme = Files.readString(GeneratedFiles.projectRoot().resolve("README.md"));
        assertThat(readme).as("README.md quotes " + sample + " verbatim").contains(code);
    }
}
