package io.coo4j.core.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Named pipes (FIFOs) for hostile-input tests: {@code Files.size} of a FIFO is 0, so a reader that trusts it reads
 * whatever the pipe delivers. A test is skipped where {@code mkfifo} is missing (Windows).
 */
public final class Fifos {
    private Fifos() {
    }

    /** A new FIFO {@code name} in {@code dir}. */
    public static Path create(Path dir, String name) throws IOException, InterruptedException {
        Path fifo = dir.resolve(name);
        int exit;
        try {
            exit = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start().waitFor();
        } catch (IOException e) {
            exit = -1;
        }
        assumeTrue(exit == 0, "skipped: mkfifo is not available");
        return fifo;
    }

    /**
     * Starts a daemon thread that writes {@code bytes} copies of {@code value} into {@code fifo}, then closes it. It
     * stops early, without complaint, when the reader closes its end (a broken pipe).
     */
    public static Thread feed(Path fifo, long bytes, byte value) {
        Thread writer = new Thread(() -> {
            byte[] block = new byte[64 * 1024];
            Arrays.fill(block, value);
            try (OutputStream out = Files.newOutputStream(fifo)) {
                for (long left = bytes; left > 0; left -= block.length) {
                    out.write(block, 0, (int) Math.min(block.length, left));
                }
            } catch (IOException readerWentAway) {
                // The reader stopped at its cap: that is what the tests want.
            }
        }, "fifo-writer");
        writer.setDaemon(true);
        writer.start();
        return writer;
    }
}
