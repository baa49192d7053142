package io.coo4j.rules.numbering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.coo4j.core.CooException;
import io.coo4j.core.InvalidInputException;
import io.coo4j.rules.numbering.internal.SerialLogFormat;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.zip.CRC32C;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The file store: the contract, plus its format, its recovery from a torn last record, compaction and sharing. */
class FileSerialStoreTest extends SerialStoreContract {
    @TempDir
    Path dir;

    Path file() {
        return dir.resolve("serials.log");
    }

    @Override
    SerialStore openStore() {
        return FileSerialStore.open(file());
    }

    @Test
    void writesOneChecksummedTextLinePerSerial() throws IOException {
        store.next(E19);
        String body = "E,19,456500999,0001";
        CRC32C crc = new CRC32C();
        crc.update(body.getBytes(StandardCharsets.US_ASCII));
        assertThat(Files.readString(file()))
                .isEqualTo("coo4j-serials 1\n" + body + "," + String.format("%08x", crc.getValue()) + "\n")
                .as("the example in FileSerialStore's Javadoc").contains("E,19,456500999,0001,ec362b81\n");
        assertThat(dir.resolve("serials.log.lock")).exists();
    }

    @Test
    void reopeningContinuesWhereTheLastProcessStopped() {
        store.next(E19);
        store.next(E19);
        store.close();
        store = FileSerialStore.open(file());
        assertThat(store.last(E19)).isEqualTo(2);
        assertThat(store.next(E19)).isEqualTo(3);
    }

    /** FileLock belongs to the JVM: a second store on the same file must wait on the in-process lock, not fail. */
    @Test
    void twoStoresOnOneFileInOneJvmShareTheCounters() throws Exception {
        try (SerialStore second = FileSerialStore.open(dir.resolve("./serials.log"))) {
            List<List<Integer>> got = runThreads(4, t -> {
                SerialStore mine = t % 2 == 0 ? store : second;
                List<Integer> serials = new ArrayList<>();
                for (int i = 0; i < 500; i++) {
                    serials.add(mine.next(E19));
                }
                return serials;
            });
            List<Integer> all = flatten(got);
            Collections.sort(all);
            assertThat(all).isEqualTo(range(1, 2000));
            assertThat(second.last(E19)).isEqualTo(2000);
        }
    }

    @Test
    void compactionKeepsEveryCounterAndShrinksTheFile() throws Exception {
        store.close();
        store = FileSerialStore.open(file(), 10);
        SerialKey c19 = new SerialKey("456500999", "C", 19);
        try (SerialStore other = FileSerialStore.open(file(), 10)) {
            for (int i = 0; i < 100; i++) {
                store.next(E19);
                other.next(c19);
            }
            assertThat(Files.readAllLines(file())).hasSizeLessThanOrEqualTo(1 + 2 + 10);
            assertThat(other.next(E19)).as("the other store reloads the rewritten file").isEqualTo(101);
            assertThat(store.next(c19)).isEqualTo(101);
        }
        store.close();
        store = FileSerialStore.open(file());
        assertThat(store.last(E19)).isEqualTo(101);
        assertThat(store.last(c19)).isEqualTo(101);
        assertThat(Files.size(dir.resolve("serials.log.lock"))).as("the generation is recorded").isEqualTo(8);
    }

    /** A crash while appending leaves part of a line; that serial was never returned, so it is dropped and cut off. */
    @Test
    void dropsAnIncompleteLastLine() throws IOException {
        store.close();
        byte[] torn = Arrays.copyOf(SerialLogFormat.record(E19, 4), 17);
        Files.write(file(), log(3, torn));
        store = FileSerialStore.open(file());
        assertThat(store.last(E19)).isEqualTo(3);
        assertThat(store.next(E19)).isEqualTo(4);
        List<String> lines = Files.readAllLines(file());
        assertThat(lines).hasSize(5);
        assertThat(lines.subList(1, 5)).as("the torn bytes are gone").allSatisfy(line -> assertThat(line).hasSize(28));
    }

    /** A crash can also leave a whole line whose bytes did not all reach the disk: its checksum fails. */
    @Test
    void dropsALastLineThatFailsItsChecksum() throws IOException {
        store.close();
        byte[] damaged = SerialLogFormat.record(E19, 4);
        damaged[16] = '9';
        Files.write(file(), log(3, damaged));
        store = FileSerialStore.open(file());
        assertThat(store.next(E19)).isEqualTo(4);
    }

    @Test
    void reportsADamagedLineBeforeTheLastWithFileAndLineAndLeavesTheFileAlone() throws IOException {
        store.close();
        byte[] damaged = SerialLogFormat.record(E19, 2);
        damaged[17] = '3';
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        content.writeBytes(log(1, damaged));
        content.writeBytes(SerialLogFormat.record(E19, 3));
        Files.write(file(), content.toByteArray());
        assertThatThrownBy(() -> FileSerialStore.open(file()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.source()).isEqualTo(file().toAbsolutePath().toString());
                    assertThat(e.location()).isEqualTo("line 3");
                    assertThat(e.problem()).contains("checksum mismatch");
                });
        assertThat(Files.readAllBytes(file())).isEqualTo(content.toByteArray());
    }

    @Test
    void reportsASerialThatGoesBackwards() throws IOException {
        store.close();
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        content.writeBytes(log(3, SerialLogFormat.record(E19, 2)));
        content.writeBytes(SerialLogFormat.record(E19, 4));
        Files.write(file(), content.toByteArray());
        assertThatThrownBy(() -> FileSerialStore.open(file()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("line 5").hasMessageContaining("serial 2 for type E, year 19")
                .hasMessageContaining("does not follow 3");
    }

    @Test
    void refusesAFileThatIsNotASerialLogAndLeavesItAlone() throws IOException {
        store.close();
        Path other = dir.resolve("notes.txt");
        Files.writeString(other, "hello\n");
        assertThatThrownBy(() -> FileSerialStore.open(other))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("notes.txt").hasMessageContaining("line 1")
                .hasMessageContaining("not a coo4j serial file");
        assertThat(Files.readString(other)).isEqualTo("hello\n");
    }

    @Test
    void startsAgainFromAHeaderCutShortWhileTheFileWasCreated() throws IOException {
        store.close();
        Files.writeString(file(), "coo4j-ser");
        store = FileSerialStore.open(file());
        assertThat(store.next(E19)).isEqualTo(1);
        assertThat(Files.readAllLines(file())).first().isEqualTo("coo4j-serials 1");
    }

    @Test
    void reportsAMissingDirectory() {
        assertThatThrownBy(() -> FileSerialStore.open(dir.resolve("missing/serials.log")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("does not exist");
    }

    /** An interrupt would close a FileChannel mid-write; the store finishes and leaves the flag for the caller. */
    @Test
    void anInterruptedCallerStillGetsItsSerialAndKeepsTheInterrupt() {
        Thread.currentThread().interrupt();
        try {
            assertThat(store.next(E19)).isEqualTo(1);
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
        assertThat(store.next(E19)).isEqualTo(2);
    }

    @Test
    void refusesUseAfterClose() {
        store.close();
        assertThatThrownBy(() -> store.next(E19))
                .isInstanceOf(CooException.class).hasMessageContaining("closed");
    }

    /** A symbolic link to the log shares the log's lock and counters: the lock is named after the real path. */
    @Test
    void aSymbolicLinkToTheLogSharesItsLockAndCounters() throws IOException {
        Path alias = Files.createSymbolicLink(dir.resolve("alias.log"), file().getFileName());
        assertThat(store.next(E19)).isEqualTo(1);
        try (SerialStore viaLink = FileSerialStore.open(alias, 1)) {
            assertThat(viaLink.next(E19)).isEqualTo(2);
            assertThat(viaLink.next(E19)).as("after a compaction through the link").isEqualTo(3);
        }
        assertThat(store.next(E19)).isEqualTo(4);
        assertThat(alias).isSymbolicLink();
        assertThat(dir.resolve("alias.log.lock")).doesNotExist();
    }

    @Test
    void refusesToGoOnWhenItsLinkIsPointedAtAnotherFile() throws IOException {
        store.close();
        Path alias = Files.createSymbolicLink(dir.resolve("alias.log"), file().getFileName());
        store = FileSerialStore.open(alias);
        store.next(E19);
        Files.delete(alias);
        Files.createSymbolicLink(alias, dir.resolve("other.log"));
        Files.writeString(dir.resolve("other.log"), "");
        assertThatThrownBy(() -> store.next(E19))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("alias.log")
                .hasMessageContaining("now leads to").hasMessageContaining("refuses to go on");
    }

    @Test
    void refusesToGoOnWhenTheLogIsReplacedUnderIt() throws IOException {
        store.next(E19);
        Files.move(file(), dir.resolve("moved.log"));
        Files.writeString(file(), SerialLogFormat.HEADER + "\n");
        assertThatThrownBy(() -> store.next(E19))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("serials.log")
                .hasMessageContaining("replaced");
    }

    @Test
    void refusesALogWithASecondHardLink() throws IOException {
        store.close();
        Files.createLink(dir.resolve("hard.log"), file());
        assertThatThrownBy(() -> FileSerialStore.open(dir.resolve("hard.log")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("hard.log")
                .hasMessageContaining("2 hard links");
    }

    @Test
    void refusesADirectoryOrAFifo() throws Exception {
        store.close();
        assertThatThrownBy(() -> FileSerialStore.open(dir))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining(dir.toString());
        Path fifo = dir.resolve("fifo.log");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo is available");
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertThatThrownBy(() -> FileSerialStore.open(fifo))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("not a regular file"));
    }

    /** The log holds who was numbered when: owner-only where the platform has POSIX permissions (issue 16, item 8). */
    @Test
    void createsTheLogAndItsLockOwnerOnly() throws IOException {
        assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
        store.next(E19);
        for (Path p : List.of(file(), dir.resolve("serials.log.lock"))) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(p))).as(p.toString())
                    .isEqualTo("rw-------");
        }
    }

    /** The header, records 1..n for {@link #E19}, then {@code tail}. */
    private static byte[] log(int n, byte[] tail) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes((SerialLogFormat.HEADER + "\n").getBytes(StandardCharsets.US_ASCII));
        for (int i = 1; i <= n; i++) {
            out.writeBytes(SerialLogFormat.record(E19, i));
        }
        out.writeBytes(tail);
        return out.toByteArray();
    }
}
