package io.coo4j.samples;

import static io.coo4j.samples.CooCliTest.coo;
import static org.assertj.core.api.Assertions.assertThat;

import io.coo4j.core.testing.GeneratedFiles;
import io.coo4j.samples.CooCliTest.Run;
import io.coo4j.samples.cli.Coo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code coo render}, {@code coo seal} and {@code coo attachment-check}. */
class PrintCommandsTest {
    private static final String E = GeneratedFiles.projectRoot().resolve("samples/certificates/E.json").toString();

    @Test
    void rendersEveryDocumentReproducibly(@TempDir Path dir) throws IOException {
        for (String form : new String[] {"certificate", "application", "invoice", "slip"}) {
            Path pdf = dir.resolve(form + ".pdf");
            Run r = coo("render", E, "--out", pdf.toString(), "--form", form, "--reproducible");
            assertThat(r.exit()).as(r.err()).isZero();
            assertThat(r.out()).startsWith("wrote " + pdf + " (1 page)");
            assertThat(Files.readAllBytes(pdf)).startsWith("%PDF-".getBytes());
        }
        Path again = dir.resolve("again.pdf");
        coo("render", E, "--out", again.toString(), "--reproducible");
        assertThat(Files.readAllBytes(again)).isEqualTo(Files.readAllBytes(dir.resolve("certificate.pdf")));
        assertThat(coo("render", E, "--out", dir.resolve("o.pdf").toString(), "--overlay", "--copy", "--offset", "1.5,-2").exit()).isZero();
    }

    @Test
    void drawsASealAndStampsItFromItsScan(@TempDir Path dir) throws IOException {
        Path png = dir.resolve("seal.png");
        Run seal = coo("seal", "--text", "深圳示例有限公司", "--shape", "oval", "--kind", "contract", "--out", png.toString());
        assertThat(seal.exit()).as(seal.err()).isZero();
        assertThat(seal.out()).contains("oval seal, 50 × 38 mm");
        assertThat(coo("seal", "--text", "EXAMPLE CO.", "--out", dir.resolve("seal.pdf").toString()).exit()).isZero();
        Run render = coo("render", E, "--out", dir.resolve("sealed.pdf").toString(), "--seal", png.toString(), "--seal-shape", "oval");
        assertThat(render.exit()).as(render.err()).isZero();
    }

    @Test
    void checksAttachments(@TempDir Path dir) throws IOException {
        Path pdf = dir.resolve("c.pdf");
        coo("render", E, "--out", pdf.toString());
        assertThat(coo("attachment-check", pdf.toString()).out()).contains("accepted (");
        Path fake = dir.resolve("fake.pdf");
        Files.writeString(fake, "hello");
        Run r = coo("attachment-check", fake.toString(), "--format", "json");
        assertThat(r.exit()).isEqualTo(Coo.INVALID);
        assertThat(r.out()).contains("\"code\": \"NOT_PDF\"");
    }

    @Test
    void badInputIsOneLineOnStderrAndExitTwo(@TempDir Path dir) throws IOException {
        Path notImage = dir.resolve("seal.png");
        Files.writeString(notImage, "text");
        String out = dir.resolve("x.pdf").toString();
        String[][] cases = {
                {"render", E, "--out", out, "--seal", notImage.toString()},
                {"render", E, "--out", out, "--seal", dir.resolve("missing.png").toString()},
                {"render", E, "--out", out, "--overlay", "--offset", "99,0"},
                {"render", E, "--out", out, "--form", "slip", "--overlay"},
                {"seal", "--text", "A", "--shape", "triangle"},
                {"seal", "--text", "X".repeat(41)},
                {"attachment-check", dir.resolve("missing.pdf").toString()},
        };
        for (String[] args : cases) {
            Run r = coo(args);
            assertThat(r.exit()).as(String.join(" ", args) + ": " + r.err()).isEqualTo(Coo.USAGE);
            assertThat(r.err().strip().lines()).as(r.err()).hasSize(1);
            assertThat(r.err()).startsWith("coo: ").doesNotContain("Exception").doesNotContain("\tat ");
        }
    }
}
