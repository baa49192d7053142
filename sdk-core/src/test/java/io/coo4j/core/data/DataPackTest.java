package io.coo4j.core.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.coo4j.core.InvalidInputException;
import io.coo4j.core.hs.HsEntry;
import io.coo4j.core.hs.HsLevel;
import io.coo4j.core.hs.HsNomenclature;
import io.coo4j.core.testing.Fifos;
import io.coo4j.core.testing.SharedData;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataPackTest {
    private static final String HEADER = "section,hscode,description,parent,level\n";

    @Test
    void loadsTheHs2022NomenclatureOfTheSharedData() {
        HsNomenclature hs = DataPack.load(SharedData.folder()).hsNomenclature().orElseThrow();
        assertThat(hs.version()).isEqualTo("HS2022");
        // data/README.md: 97 chapters, 1,229 headings, 5,613 six-digit rows, and the TOTAL root row; one of the
        // six-digit rows is UNSD's 999999 "commodities not specified according to kind", which is no subheading
        assertThat(hs.entries().stream().filter(e -> e.level() == HsLevel.CHAPTER)).hasSize(97);
        assertThat(hs.entries().stream().filter(e -> e.level() == HsLevel.HEADING)).hasSize(1229);
        assertThat(hs.entries().stream().filter(e -> e.level() == HsLevel.SUBHEADING)).hasSize(5612);
        assertThat(hs.exists("999999")).isFalse();
        assertThat(hs.exists("8517.62")).isTrue();
        assertThat(hs.exists("851762")).isTrue();
        assertThat(hs.exists("8517.63")).isFalse();
        HsEntry e = hs.find("8517.62").orElseThrow();
        assertThat(e.level()).isEqualTo(HsLevel.SUBHEADING);
        assertThat(e.parent()).isEqualTo("8517");
        assertThat(hs.parent("851762").orElseThrow().parent()).isEqualTo("85");
        assertThat(hs.nearestExisting("851763").orElseThrow().dotted()).isEqualTo("85.17");
        assertThat(hs.children("8517")).extracting(HsEntry::code).contains("851762", "851711");
    }

    @Test
    void anEmptyPackHasNoTables(@TempDir Path dir) {
        assertThat(DataPack.load(dir).hsNomenclature()).isEmpty();
        assertThat(DataPack.empty().hsNomenclature()).isEmpty();
    }

    @Test
    void aMissingFolderIsAnError(@TempDir Path dir) {
        assertThatThrownBy(() -> DataPack.load(dir.resolve("nope"))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("does not exist");
    }

    @Test
    void aWrongHeaderNamesLineOne(@TempDir Path dir) throws IOException {
        write(dir, "code,description\n01,Animals\n");
        assertThatThrownBy(() -> DataPack.load(dir)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("harmonized-system.csv").hasMessageContaining("line 1").hasMessageContaining("header");
    }

    @Test
    void aTruncatedFileNamesItsLastLine(@TempDir Path dir) throws IOException {
        write(dir, HEADER + "I,01,Animals; live,TOTAL,2\nI,0101,\"Horses, asses");
        assertThatThrownBy(() -> DataPack.load(dir)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("line 3").hasMessageContaining("not closed");
        write(dir, HEADER + "I,01,Animals; live,TOTAL,2\nI,0101,Horses");
        assertThatThrownBy(() -> DataPack.load(dir)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("line 3").hasMessageContaining("expected 5 fields");
    }

    @Test
    void aDuplicateCodeNamesBothLines(@TempDir Path dir) throws IOException {
        write(dir, HEADER + "I,01,Animals; live,TOTAL,2\nI,01,Animals again,TOTAL,2\n");
        assertThatThrownBy(() -> DataPack.load(dir)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("line 3").hasMessageContaining("duplicate code 01").hasMessageContaining("line 2");
    }

    @Test
    void badCodesLevelsAndParentsAreNamed(@TempDir Path dir) throws IOException {
        write(dir, HEADER + "I,01,Animals; live,TOTAL,2\nI,010,Horses,01,4\n");
        assertThatThrownBy(() -> DataPack.load(dir)).hasMessageContaining("line 3, column 2 (hscode)");
        write(dir, HEADER + "I,01,Animals; live,TOTAL,2\nI,0101,Horses,01,3\n");
        assertThatThrownBy(() -> DataPack.load(dir)).hasMessageContaining("line 3, column 5 (level)");
        write(dir, HEADER + "I,01,Animals; live,TOTAL,2\nI,0201,Meat,01,4\n");
        assertThatThrownBy(() -> DataPack.load(dir)).hasMessageContaining("line 3, column 4 (parent)");
        write(dir, HEADER + "I,0201,Meat,02,4\n");
        assertThatThrownBy(() -> DataPack.load(dir)).hasMessageContaining("parent 02 of 0201 is not in the file");
    }

    @Test
    void garbageIsRefusedWithoutReadingItAll(@TempDir Path dir) throws IOException {
        Path f = write(dir, "");
        try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
            raf.setLength(100L * 1024 * 1024);
        }
        assertThatThrownBy(() -> DataPack.load(dir)).isInstanceOf(InvalidInputException.class).hasMessageContaining("bytes");
        Files.write(f, new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, 2});
        assertThatThrownBy(() -> DataPack.load(dir)).isInstanceOf(InvalidInputException.class).hasMessageContaining("UTF-8");
    }

    /** Issue 16, item 6: a loop was taken as "no table" (exit 0), a FIFO hung the load. */
    @Test
    void aSymbolicLinkLoopOrAFifoIsRefusedByName(@TempDir Path dir) throws Exception {
        Path f = dir.resolve(DataPack.HS2022_FILE);
        Files.createDirectories(f.getParent());
        Files.createSymbolicLink(f, f.getFileName());
        assertThatThrownBy(() -> DataPack.load(dir)).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith(f + ": a symbolic-link loop");
        Files.delete(f);
        Fifos.create(f.getParent(), f.getFileName().toString());
        Fifos.feed(f, 10, (byte) 'x');
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertThatThrownBy(() -> DataPack.load(dir))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining(f.toString())
                .hasMessageContaining("not a regular file"));
    }

    /** A table path pointing at another file (a secret) must not have that file's first line quoted back. */
    @Test
    void aFileThatIsNotTheTableIsNotQuoted(@TempDir Path dir) throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "root:s3cret-hash:19000:0:99999:7:::\n");
        Path f = dir.resolve(DataPack.HS2022_FILE);
        Files.createDirectories(f.getParent());
        Files.createSymbolicLink(f, secret);
        assertThatThrownBy(() -> DataPack.load(dir)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("line 1").hasMessageContaining("not that table")
                .message().doesNotContain("root").doesNotContain("s3cret");
    }

    @Test
    void theEnvironmentVariableUnsetOrBlankMeansTheEmptyPack() {
        assertThat(DataPack.fromVariable(null)).isSameAs(DataPack.empty());
        assertThat(DataPack.fromVariable("  ")).isSameAs(DataPack.empty());
    }

    @Test
    void theEnvironmentVariableLoadsTheFolderItNames() {
        DataPack pack = DataPack.fromVariable(SharedData.folder().toString());
        assertThat(pack.folder()).contains(SharedData.folder());
        assertThat(pack.hsNomenclature()).isPresent();
    }

    @Test
    void aVariableNamingNoFolderIsAnErrorThatNamesTheVariable(@TempDir Path dir) {
        assertThatThrownBy(() -> DataPack.fromVariable(dir.resolve("nope").toString()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.source()).isEqualTo("COO4J_DATA"))
                .hasMessageContaining("nope").hasMessageContaining("does not exist");
        assertThatThrownBy(() -> DataPack.fromVariable("bad\0path")).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("COO4J_DATA: ");
    }

    private static Path write(Path dir, String content) throws IOException {
        Path f = dir.resolve(DataPack.HS2022_FILE);
        Files.createDirectories(f.getParent());
        Files.writeString(f, content);
        return f;
    }
}
