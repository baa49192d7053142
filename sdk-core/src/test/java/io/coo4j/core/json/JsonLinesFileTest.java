package io.coo4j.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.coo4j.core.InvalidInputException;
import io.coo4j.core.io.FileAccessException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesFileTest {
    record Step(int n, byte[] data) {
    }

    @TempDir
    Path dir;

    private List<Step> reopen(Path file) {
        List<Step> read = new ArrayList<>();
        JsonLinesFile.open(file, Step.class, false, read::add).close();
        return read;
    }

    @Test
    void linesComeBackInOrderAcrossOpenings() {
        Path file = dir.resolve("j.jsonl");
        try (JsonLinesFile<Step> j = JsonLinesFile.open(file, Step.class, true, s -> { })) {
            j.append(new Step(1, new byte[] {1, 2}));
            j.append(new Step(2, new byte[0]));
        }
        assertThat(reopen(file)).extracting(Step::n).containsExactly(1, 2);
        assertThat(reopen(file).get(0).data()).containsExactly(1, 2);
    }

    /** Journals keep request bodies with resident ID numbers: a new one is owner-only (issue 16, item 8). */
    @Test
    void aNewJournalIsReadableByItsOwnerOnly() throws IOException {
        assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
        Path file = dir.resolve("j.jsonl");
        reopen(file);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    /**
     * A crash while writing leaves part of a line: it is cut away, so the next line starts on its own, and its bytes are
     * kept in a file beside the journal, owner-only, so nothing is lost.
     */
    @Test
    void aTornLastLineIsSetAsideAndTheNextAppendStartsCleanly() throws IOException {
        Path file = dir.resolve("j.jsonl");
        try (JsonLinesFile<Step> j = JsonLinesFile.open(file, Step.class, false, s -> { })) {
            j.append(new Step(1, null));
        }
        String torn = "{\"n\": 2, \"da";
        Files.write(file, torn.getBytes(StandardCharsets.UTF_8), StandardOpenOption.APPEND);
        try (JsonLinesFile<Step> j = JsonLinesFile.open(file, Step.class, false, s -> { })) {
            j.append(new Step(3, null));
        }
        assertThat(reopen(file)).extracting(Step::n).containsExactly(1, 3);
        assertThat(aside()).singleElement().satisfies(a -> {
            assertThat(a.getFileName().toString()).startsWith("j.jsonl.torn-");
            assertThat(Files.readString(a)).isEqualTo(torn);
            if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(a))).isEqualTo("rw-------");
            }
        });
    }

    /** A line cut inside a Chinese character's bytes is cut off too: the end of the input, inside a value. */
    @Test
    void aLineCutInsideACharacterIsACutOffWrite() throws IOException {
        byte[] name = "{\"n\": 2, \"note\": \"货".getBytes(StandardCharsets.UTF_8);
        Path file = Files.write(dir.resolve("j.jsonl"), Arrays.copyOf(name, name.length - 1));
        assertThat(reopen(file)).isEmpty();
        assertThat(Files.size(file)).isZero();
        assertThat(aside()).hasSize(1);
    }

    /**
     * A last line without its newline that is not a write cut short — a whole value (a file edited by hand, or not a
     * journal at all), or text that is not JSON — is refused naming the line, and the file is left as it is.
     */
    @Test
    void aLastLineThatIsNotACutOffWriteIsRefusedAndTheFileLeftAlone() throws IOException {
        for (String content : new String[] {"{\"n\": 1, \"data\": null}\n{\"n\": 2, \"data\": null}",
                "{\"n\": 1, \"data\": null}\nnot json", "{\"name\": \"a file of the user's\", \"x\": 1}"}) {
            Path file = Files.writeString(dir.resolve("j.jsonl"), content);
            assertThatThrownBy(() -> reopen(file)).as(content).isInstanceOfSatisfying(InvalidInputException.class, e -> {
                assertThat(e.source()).isEqualTo(file.toString());
                assertThat(e.location()).isEqualTo(content.contains("\n") ? "line 2" : "line 1");
                assertThat(e.problem()).contains("no newline").contains("left as it is");
            });
            assertThat(Files.readString(file)).isEqualTo(content);
        }
        assertThat(aside()).isEmpty();
    }

    /** Reading only: lines in order, the file unchanged, and never created. */
    @Test
    void readHandsTheLinesOverWithoutChangingOrCreatingTheFile() throws IOException {
        Path file = dir.resolve("j.jsonl");
        try (JsonLinesFile<Step> j = JsonLinesFile.open(file, Step.class, false, s -> { })) {
            j.append(new Step(1, null));
            j.append(new Step(2, null));
        }
        List<Step> read = new ArrayList<>();
        JsonLinesFile.read(file, Step.class, read::add);
        assertThat(read).extracting(Step::n).containsExactly(1, 2);

        Path missing = dir.resolve("none.jsonl");
        assertThatThrownBy(() -> JsonLinesFile.read(missing, Step.class, s -> { })).isInstanceOf(FileAccessException.class)
                .hasMessageContaining(missing.toString());
        assertThat(missing).doesNotExist();
    }

    /** Reading only, a last line without its newline is refused, even a cut-off write: only the writer sets it aside. */
    @Test
    void readRefusesALastLineWithoutItsNewlineAndLeavesTheFileAlone() throws IOException {
        for (String content : new String[] {"{\"n\": 1, \"data\": null}\n{\"n\": 2, \"da", "{\"n\": 1, \"data\": null}"}) {
            Path file = Files.writeString(dir.resolve("j.jsonl"), content);
            List<Step> read = new ArrayList<>();
            assertThatThrownBy(() -> JsonLinesFile.read(file, Step.class, read::add))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                        assertThat(e.location()).isEqualTo(content.contains("\n") ? "line 2" : "line 1");
                        assertThat(e.problem()).contains("no newline");
                    });
            assertThat(Files.readString(file)).isEqualTo(content);
        }
        assertThat(aside()).isEmpty();
    }

    /** The reader takes a shared lock: a journal open for writing is not read half-written. */
    @Test
    void readRefusesAJournalOpenForWriting() {
        Path file = dir.resolve("j.jsonl");
        try (JsonLinesFile<Step> j = JsonLinesFile.open(file, Step.class, false, s -> { })) {
            j.append(new Step(1, null));
            assertThatThrownBy(() -> JsonLinesFile.read(file, Step.class, s -> { }))
                    .isInstanceOf(JsonLinesFile.LockedException.class);
        }
        List<Step> read = new ArrayList<>();
        JsonLinesFile.read(file, Step.class, read::add);
        assertThat(read).hasSize(1);
    }

    /**
     * A line is refused once it is longer than a document may be, before the rest is read: a large file that is not a
     * journal costs bounded memory, and is left as it is.
     */
    @Test
    void aLineLongerThanADocumentIsRefusedWhileReading() throws IOException {
        Path file = dir.resolve("j.jsonl");
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write("{\"n\": 1, \"data\": null}\n".getBytes(StandardCharsets.UTF_8));
            byte[] block = new byte[1 << 20];
            Arrays.fill(block, (byte) 'x');
            for (long written = 0; written <= JsonLinesFile.MAX_LINE_LENGTH; written += block.length) {
                out.write(block);
            }
        }
        long size = Files.size(file);
        for (ThrowingCallable call : new ThrowingCallable[] {() -> reopen(file),
                () -> JsonLinesFile.read(file, Step.class, s -> { })}) {
            assertThatThrownBy(call).isInstanceOfSatisfying(InvalidInputException.class, e -> {
                assertThat(e.location()).isEqualTo("line 2");
                assertThat(e.problem()).contains("longer than the " + JsonLinesFile.MAX_LINE_LENGTH + " bytes");
            });
        }
        assertThat(Files.size(file)).isEqualTo(size);
    }

    private List<Path> aside() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().contains(".torn-")).toList();
        }
    }

    @Test
    void aDamagedLineIsAnErrorNamingItAndTheFileIsLeftAlone() throws IOException {
        Path file = Files.writeString(dir.resolve("j.jsonl"), "{\"n\": 1, \"data\": null}\nnull\n{\"n\": 3}\n");
        assertThatThrownBy(() -> reopen(file)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.location()).isEqualTo("line 2"));
        Files.writeString(file, "{\"n\": 1, \"colour\": \"red\"}\n");
        assertThatThrownBy(() -> reopen(file)).isInstanceOf(InvalidInputException.class).hasMessageContaining("colour");
        assertThat(Files.readString(file)).isEqualTo("{\"n\": 1, \"colour\": \"red\"}\n");
    }

    @Test
    void oneJournalIsOpenOnceAtATime() {
        Path file = dir.resolve("j.jsonl");
        try (JsonLinesFile<Step> first = JsonLinesFile.open(file, Step.class, false, s -> { })) {
            assertThatThrownBy(() -> JsonLinesFile.open(file, Step.class, false, s -> { }))
                    .isInstanceOf(JsonLinesFile.LockedException.class).hasMessageContaining("locked");
            first.append(new Step(1, null));
        }
        assertThat(reopen(file)).hasSize(1);
    }

    @Test
    void aFailingReplayClosesTheFileAgain() {
        Path file = dir.resolve("j.jsonl");
        try (JsonLinesFile<Step> j = JsonLinesFile.open(file, Step.class, false, s -> { })) {
            j.append(new Step(1, null));
        }
        assertThatThrownBy(() -> JsonLinesFile.open(file, Step.class, false, s -> {
            throw new IllegalStateException("refused");
        })).hasMessage("refused");
        assertThat(reopen(file)).hasSize(1); // not left locked
    }
}
