package io.coo4j.client.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** However declarations repeat and the exchange restarts in between, each key has exactly one message. */
class FileExchangeProperties {
    /** A step: declare certificate {@code n} under key {@code n} (0 to 5), or restart the exchange ({@code -1}). */
    @Provide
    Arbitrary<List<Integer>> steps() {
        return Arbitraries.integers().between(-1, 5).list().ofMinSize(1).ofMaxSize(15);
    }

    @Property(tries = 25)
    void oneMessagePerKeyAcrossRepeatsAndRestarts(@ForAll("steps") List<Integer> steps) throws IOException {
        Path root = Files.createTempDirectory("coo4j-exchange");
        try {
            Set<Integer> declared = new HashSet<>();
            FileExchange x = Exchanges.open(root);
            try {
                for (int step : steps) {
                    if (step < 0) {
                        x.close();
                        x = Exchanges.open(root);
                    } else {
                        assertThat(x.declare(Exchanges.certificate(step), "k" + step).certificate().number())
                                .endsWith(String.format("%04d", step));
                        declared.add(step);
                    }
                }
            } finally {
                x.close();
            }
            assertThat(Exchanges.names(root.resolve("OutBox"))).hasSize(declared.size());
        } finally {
            try (Stream<Path> all = Files.walk(root)) {
                for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
