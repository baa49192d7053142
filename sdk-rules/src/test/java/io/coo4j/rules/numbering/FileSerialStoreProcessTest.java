package io.coo4j.rules.numbering;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The file store across processes: other JVMs ({@link SerialStoreChild}) and this one on one file, and JVMs killed
 * at random instants. A small compaction threshold makes the kills land in compactions too.
 */
class FileSerialStoreProcessTest {
    private static final int KEYS = 3;

    @TempDir
    Path dir;

    @Test
    void twoOtherProcessesAndThisOneShareOneFileWithoutARepeatOrAGap() throws Exception {
        Path file = dir.resolve("serials.log");
        Process first = start(file, dir.resolve("first.out"), 2, 1500);
        Process second = start(file, dir.resolve("second.out"), 2, 1500);
        awaitFirstLine(first, dir.resolve("first.out"));
        awaitFirstLine(second, dir.resolve("second.out"));
        List<SerialKey> keys = SerialStoreChild.keys(KEYS);
        List<String> mine = new ArrayList<>();
        try (SerialStore store = FileSerialStore.open(file, 200)) {
            for (int i = 0; i < 1500; i++) {
                SerialKey key = keys.get(i % KEYS);
                mine.add(key.type() + "," + key.year() + "," + key.enterpriseId() + "," + store.next(key));
            }
        }
        awaitExit(first);
        awaitExit(second);
        List<String> all = new ArrayList<>(mine);
        all.addAll(completeLines(dir.resolve("first.out")));
        all.addAll(completeLines(dir.resolve("second.out")));
        assertEveryKeyCountsFromOneWithoutARepeatOrAGap(all, 1500 + 2 * 2 * 1500);
    }

    /**
     * Issue 16: two processes on {@code E.log} and two on a symbolic link to it ({@code ln -s E.log alias.log})
     * handed out 38 duplicates in 2,000 numbers, because each name had its own lock file. Here one JVM per name, two
     * threads each; the small compaction threshold makes both sides rename over the log while the other works.
     */
    @Test
    void processesReachingOneLogThroughASymbolicLinkNeverRepeatANumber() throws Exception {
        Path file = dir.resolve("E.log");
        Path alias = Files.createSymbolicLink(dir.resolve("alias.log"), file.getFileName());
        List<Process> children = new ArrayList<>();
        List<Path> outs = new ArrayList<>();
        for (Path name : List.of(file, alias)) {
            Path out = dir.resolve(name.getFileName() + ".out");
            children.add(start(name, out, 2, 500));
            outs.add(out);
        }
        List<String> all = new ArrayList<>();
        for (int i = 0; i < children.size(); i++) {
            awaitExit(children.get(i));
            all.addAll(completeLines(outs.get(i)));
        }
        assertEveryKeyCountsFromOneWithoutARepeatOrAGap(all, 4 * 500);
        assertThat(alias).as("compaction renamed over the real file, not over the link").isSymbolicLink();
    }

    private static void assertEveryKeyCountsFromOneWithoutARepeatOrAGap(List<String> all, int expectedTotal) {
        Map<String, List<Integer>> byKey = new HashMap<>();
        for (String line : all) {
            int comma = line.lastIndexOf(',');
            byKey.computeIfAbsent(line.substring(0, comma), k -> new ArrayList<>())
                    .add(Integer.parseInt(line.substring(comma + 1)));
        }
        assertThat(byKey).hasSize(KEYS);
        int total = 0;
        for (Map.Entry<String, List<Integer>> e : byKey.entrySet()) {
            List<Integer> serials = e.getValue();
            Collections.sort(serials);
            assertThat(serials).as(e.getKey()).isEqualTo(SerialStoreContract.range(1, serials.size()));
            total += serials.size();
        }
        assertThat(total).isEqualTo(expectedTotal);
    }

    /**
     * A process killed at any instant (SIGKILL: no shutdown hook, no flush) must never cause a printed serial to be
     * handed out again after a restart; gaps are allowed. Each round starts a JVM on the file the killed one left.
     */
    @Test
    void processesKilledAtRandomInstantsNeverCauseARepeat() throws Exception {
        Path file = dir.resolve("serials.log");
        Set<String> handedOut = new HashSet<>();
        Map<String, Integer> highest = new HashMap<>();
        for (int round = 0; round < 6; round++) {
            Path out = dir.resolve("round" + round + ".out");
            Process child = start(file, out, 2, -1);
            awaitFirstLine(child, out);
            Thread.sleep(ThreadLocalRandom.current().nextInt(20, 400));
            child.destroyForcibly();
            assertThat(child.waitFor(20, TimeUnit.SECONDS)).isTrue();
            List<String> lines = completeLines(out);
            assertThat(lines).as("round " + round).isNotEmpty();
            for (String line : lines) {
                assertThat(handedOut.add(line)).as("round %d handed out %s again", round, line).isTrue();
                int comma = line.lastIndexOf(',');
                highest.merge(line.substring(0, comma), Integer.parseInt(line.substring(comma + 1)), Math::max);
            }
        }
        try (SerialStore store = FileSerialStore.open(file)) {
            for (SerialKey key : SerialStoreChild.keys(KEYS)) {
                int printed = highest.getOrDefault(key.type() + "," + key.year() + "," + key.enterpriseId(), 0);
                assertThat(store.last(key)).as(key.toString()).isGreaterThanOrEqualTo(printed);
                assertThat(store.next(key)).as(key.toString()).isGreaterThan(printed);
            }
        }
    }

    private Process start(Path file, Path out, int threads, int perThread) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx64m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), SerialStoreChild.class.getName(),
                file.toString(), String.valueOf(threads), String.valueOf(perThread), String.valueOf(KEYS), "50")
                .redirectOutput(out.toFile())
                .redirectError(dir.resolve(out.getFileName() + ".err").toFile())
                .start();
    }

    private void awaitFirstLine(Process child, Path out) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (Files.size(out) == 0) {
            if (!child.isAlive() || System.nanoTime() > deadline) {
                child.destroyForcibly();
                throw new AssertionError("the child printed nothing; exit "
                        + (child.isAlive() ? "-" : child.exitValue()) + ", stderr: "
                        + Files.readString(dir.resolve(out.getFileName() + ".err")));
            }
            Thread.sleep(10);
        }
    }

    private void awaitExit(Process child) throws Exception {
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).as("the child finished in time").isTrue();
        assertThat(child.exitValue()).as("the child's exit code").isZero();
    }

    /** The lines ended by a line feed: a kill may cut the last one short. */
    private static List<String> completeLines(Path out) throws IOException {
        String text = Files.readString(out, StandardCharsets.US_ASCII);
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        lines.remove(lines.size() - 1);
        return lines;
    }
}
