package io.coo4j.client.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import io.coo4j.client.message.CustomsMessageReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process killed (kill -9) while it writes the OutBox leaves no partial message: every file the import client
 * would take reads as a whole message, and after a restart every key has exactly one message.
 */
class KilledWriterTest {
    private static final int COUNT = 150;

    @TempDir
    Path root;

    @Test
    void aKilledWriterLeavesOnlyWholeMessagesAndOneMessagePerKeyAfterTheRestart() throws Exception {
        Path outBox = root.resolve("OutBox");
        for (int round = 0; round < 3; round++) {
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), OutBoxWriter.class.getName(), root.toString(),
                    String.valueOf(COUNT)).redirectErrorStream(true).redirectOutput(root.resolve("child.log").toFile()).start();
            int before = Files.isDirectory(outBox) ? Exchanges.names(outBox).size() : 0;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (child.isAlive() && (!Files.isDirectory(outBox) || Exchanges.names(outBox).size() < before + 5)
                    && System.nanoTime() < deadline) {
                Thread.sleep(2);
            }
            Thread.sleep(ThreadLocalRandom.current().nextInt(0, 40));
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(child.exitValue()).as("killed, not finished").isNotZero();
            assertOnlyWholeMessages(outBox);
        }
        try (FileExchange x = Exchanges.open(root)) {
            assertThat(Exchanges.names(outBox)).allMatch(n -> n.endsWith(".xml"));
            assertOnlyWholeMessages(outBox);
            for (int i = 1; i <= COUNT; i++) {
                x.declare(Exchanges.certificate(i), "k" + i);
            }
        }
        List<String> numbers = Exchanges.names(outBox).stream().map(n -> n.split("_")[1]).toList();
        assertThat(numbers).hasSize(COUNT).doesNotHaveDuplicates();
    }

    /** Every {@code *.xml} reads as a complete message; anything else is one of ours, still temporary. */
    private static void assertOnlyWholeMessages(Path outBox) {
        CustomsMessageReader reader = CustomsMessageReader.defaults();
        for (String name : Exchanges.names(outBox)) {
            if (name.endsWith(".xml")) {
                reader.read(outBox.resolve(name));
            } else {
                assertThat(name).as("a file the import client would not take").matches("COO_.*\\.xml\\.tmp");
            }
        }
    }
}
