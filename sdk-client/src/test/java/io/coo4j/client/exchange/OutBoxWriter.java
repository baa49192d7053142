package io.coo4j.client.exchange;

import java.nio.file.Path;

/**
 * The child process of {@link KilledWriterTest}: declares certificates {@code 1..count} through a file exchange on
 * {@code root}, keys {@code k1..}, as fast as it can, until it is killed.
 */
public final class OutBoxWriter {
    private OutBoxWriter() {
    }

    public static void main(String[] args) {
        Path root = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        try (FileExchange x = Exchanges.open(root)) {
            for (int i = 1; i <= count; i++) {
                x.declare(Exchanges.certificate(i), "k" + i);
            }
        }
    }
}
