package io.coo4j.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.coo4j.core.InvalidInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
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

    /** A crash while writing leaves part of a line: it is cut away, and the next line starts on its own. */
    @Test
    void aTornLastLineIsCutAwayAndTheNextAppendStartsCleanly() throws IOException {
        Path file = dir.resolve("j.jsonl");
        try (JsonLinesFile<Step> j = JsonLinesFile.open(file, Step.class, false, s -> { })) {
            j.append(new Step(1, null));
        }
        Files.write(file, "{\"n\": 2, \"da".getBytes(StandardCharsets.UTF_8), StandardOpenOption.APPEND);
        try (JsonLinesFile<Step> j = JsonLinesFile.open(file, Step.class, false, s -> { })) {
            j.append(new Step(3, null));
        }
        assertThat(reopen(file)).extracting(Step::n).containsExactly(1, 3);
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
