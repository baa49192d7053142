package io.coo4j.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.coo4j.core.InvalidInputException;
import io.coo4j.core.json.CooJson;
import io.coo4j.core.testing.Fifos;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 16, item 2: caps count the bytes read, so a pipe whose size is 0 cannot carry more than the cap. */
class BoundedInputTest {
    @TempDir
    Path dir;

    /** {@code yes ' ' | head -c 8G | coo validate /dev/stdin} ended in an OutOfMemoryError; here 40 MB through a FIFO. */
    @Test
    void aCertificateThroughAPipeStopsAtTheDocumentCap() throws Exception {
        Path fifo = Fifos.create(dir, "certificate.json");
        Fifos.feed(fifo, 40L << 20, (byte) ' ');
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> assertThatThrownBy(
                () -> CooJson.strict().readCertificate(fifo))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage(fifo + ": more than " + CooJson.MAX_DOCUMENT_LENGTH + " bytes, the most read for a JSON"
                        + " document"));
    }

    @Test
    void readsAPipeUnderTheCapWhole() throws Exception {
        Path fifo = Fifos.create(dir, "small");
        Fifos.feed(fifo, 1000, (byte) 'x');
        assertTimeoutPreemptively(Duration.ofSeconds(20), () ->
                assertThat(BoundedInput.readAll(fifo, 1000, "a test")).hasSize(1000));
    }

    @Test
    void aCappedStreamFailsOneBytePastTheCap() throws Exception {
        try (InputStream in = BoundedInput.capped(new ByteArrayInputStream(new byte[11]), 10, "in", "a test")) {
            assertThat(in.readNBytes(10)).hasSize(10);
            assertThatThrownBy(in::read).isInstanceOf(InvalidInputException.class)
                    .hasMessage("in: more than 10 bytes, the most read for a test");
        }
    }

    /** A data-pack table must be a file: a FIFO would block the open, a loop was taken as "no table". */
    @Test
    void aRegularFileIsRequiredAndEachOtherKindIsNamed() throws Exception {
        Path loop = dir.resolve("loop.csv");
        Files.createSymbolicLink(loop, loop.getFileName());
        assertThatThrownBy(() -> BoundedInput.openRegularFile(loop, 10, "a table"))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith(loop + ": a symbolic-link loop");
        assertThatThrownBy(() -> BoundedInput.openRegularFile(dir, 10, "a table"))
                .isInstanceOf(InvalidInputException.class).hasMessage(dir + ": a directory where a file was expected");
        Path fifo = Fifos.create(dir, "fifo.csv");
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertThatThrownBy(
                () -> BoundedInput.openRegularFile(fifo, 10, "a table"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("not a regular file"));
        Path big = Files.write(dir.resolve("big.csv"), new byte[11]);
        assertThatThrownBy(() -> BoundedInput.openRegularFile(big, 10, "a table"))
                .isInstanceOf(InvalidInputException.class).hasMessage(big + ": more than 10 bytes, the most read for a table");
    }
}
