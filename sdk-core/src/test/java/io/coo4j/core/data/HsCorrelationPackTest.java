package io.coo4j.core.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.coo4j.core.InvalidInputException;
import io.coo4j.core.data.HsCorrelation.Candidate;
import io.coo4j.core.data.HsCorrelation.Correspondence;
import io.coo4j.core.testing.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** UNSD's correlation tables of the shared data ({@code hs-correlation/}, SOURCE.md for the figures and defects). */
class HsCorrelationPackTest {
    private static final String INDEX = "file,newer,older,pairs,source\n";
    private static final String HEADER = "hs2022,hs2017,relationship,older_partial\n";
    private static HsCorrelation shared;

    @BeforeAll
    static void load() {
        shared = DataPack.load(SharedData.folder()).hsCorrelation().orElseThrow();
    }

    /**
     * hs2022-hs2012.csv: 940131,940130,n:1 — the swivel chair of wood of issue 15 has one HS 2012 candidate (9401.39 came
     * from 9401.30 too, hence n on the left).
     */
    @Test
    void aRenumberedSubheadingHasOneCandidate() {
        Correspondence c = shared.correspond("9401.31", "HS2022", "HS2012").orElseThrow();
        assertThat(c.candidates()).containsExactly(new Candidate("940130", "n:1", false));
        assertThat(c.tables()).singleElement().asString().startsWith("hs2022-hs2012.csv (UNSD: HS2022toHS2012");
        assertThat(shared.correspond("94013100", "HS2022", "HS2012").orElseThrow().candidates())
                .as("8 digits are read at their subheading").extracting(Candidate::code).containsExactly("940130");
    }

    /** The tables read backwards: HS2012 9401.30 became two HS 2022 subheadings, 9401.31 and 9401.39. */
    @Test
    void aTableIsReadInBothDirections() {
        Correspondence back = shared.correspond("940130", "HS2012", "HS2022").orElseThrow();
        assertThat(back.candidates()).extracting(Candidate::code).containsExactly("940131", "940139");
        assertThat(back.candidates()).allMatch(k -> k.relationship().equals("1:n"));
    }

    /** SOURCE.md defect 3: each e-waste subheading 8549.xx fans out to about a thousand HS 2012 codes. */
    @Test
    void theEWasteSubheadingsFanOut() {
        assertThat(shared.correspond("854921", "HS2022", "HS2012").orElseThrow().candidates()).hasSize(1018)
                .allMatch(k -> k.relationship().equals("n:n"));
    }

    /** A code that is no HS 2022 subheading has no partner; two editions of one table answer the code itself. */
    @Test
    void noPartnerAndTheSameEdition() {
        assertThat(shared.correspond("999999", "HS2022", "HS2012").orElseThrow().candidates()).isEmpty();
        assertThat(shared.correspond("940131", "HS2022", "HS2022").orElseThrow().candidates())
                .containsExactly(new Candidate("940131", "1:1", false));
        assertThat(shared.editions()).containsExactly("HS2007", "HS2012", "HS2017", "HS2022");
        assertThat(shared.correspond("940131", "HS2022", "HS1996")).isEmpty();
    }

    /** SOURCE.md check 5: HS2022 → HS2017 → HS2012 equals the direct HS2022 → HS2012 table for every code. */
    @Test
    void chainingThroughHs2017EqualsTheDirectTable(@TempDir Path dir) throws IOException {
        Path data = SharedData.folder().resolve("hs-correlation");
        Files.createDirectories(dir.resolve("hs-correlation"));
        List<String> index = Files.readAllLines(data.resolve("index.csv"));
        Files.write(dir.resolve(DataPack.HS_CORRELATION_INDEX_FILE), List.of(index.get(0),
                index.stream().filter(l -> l.startsWith("hs2022-hs2017.csv,")).findFirst().orElseThrow(),
                index.stream().filter(l -> l.startsWith("hs2017-hs2012.csv,")).findFirst().orElseThrow()));
        for (String f : List.of("hs2022-hs2017.csv", "hs2017-hs2012.csv")) {
            Files.createSymbolicLink(dir.resolve("hs-correlation").resolve(f), data.resolve(f).toAbsolutePath());
        }
        HsCorrelation chained = DataPack.load(dir).hsCorrelation().orElseThrow();
        HsCorrelation.Table direct = shared.tables().stream().filter(t -> t.file().equals("hs2022-hs2012.csv")).findFirst()
                .orElseThrow();
        assertThat(direct.pairs()).hasSize(5612);
        direct.pairs().forEach((code, olders) -> assertThat(chained.correspond(code, "HS2022", "HS2012").orElseThrow()
                .candidates()).as(code).extracting(Candidate::code)
                .containsExactlyInAnyOrderElementsOf(olders.stream().map(Candidate::code).toList()));
        Correspondence chair = chained.correspond("940131", "HS2022", "HS2012").orElseThrow();
        assertThat(chair.tables()).hasSize(2);
        assertThat(chair.candidates()).containsExactly(new Candidate("940130", "n:1", false));
    }

    @Test
    void aPackWithoutTheTablesHasNone(@TempDir Path dir) {
        assertThat(DataPack.load(dir).hsCorrelation()).isEmpty();
    }

    @Test
    void aBadIndexIsNamed(@TempDir Path dir) throws IOException {
        table(dir, "pairs.csv", HEADER + "010121,010121,1:1,false\n");
        refused(dir, "file,newer,older,count,source\n", "line 1", "expected the header file,newer,older,pairs,source");
        refused(dir, INDEX + "../pairs.csv,HS2022,HS2017,1,UNSD\n", "line 2, column 1 (file)", "file name");
        refused(dir, INDEX + "pairs.csv,HS2023,HS2017,1,UNSD\n", "line 2, column 2 (newer)", "unknown HS version \"HS2023\"");
        refused(dir, INDEX + "pairs.csv,HS2017,HS2022,1,UNSD\n", "line 2, column 3 (older)", "HS2022 is not older than HS2017");
        refused(dir, INDEX + "pairs.csv,HS2022,HS2017,1,UNSD\npairs.csv,HS2022,HS2017,1,UNSD\n", "line 3, column 2 (newer)",
                "listed twice (first on line 2)");
        refused(dir, INDEX + "pairs.csv,HS2022,HS2017,2,UNSD\n", "line 2, column 4 (pairs)", "says 2 pairs, but pairs.csv has 1");
        refused(dir, INDEX + "gone.csv,HS2022,HS2017,1,UNSD\n", "line 2, column 1 (file)", "does not exist");
        refused(dir, INDEX + "pairs.csv,HS2022,HS2017,1,\n", "line 2, column 5 (source)", "required");
    }

    @Test
    void aBadRowRefusesThePackWhole(@TempDir Path dir) throws IOException {
        String index = INDEX + "pairs.csv,HS2022,HS2017,2,UNSD\n";
        table(dir, "pairs.csv", "hs2022,hs2012,relationship,older_partial\n010121,010121,1:1,false\n010129,010129,1:1,false\n");
        refused(dir, index, "line 1", "expected the header hs2022,hs2017,relationship,older_partial");
        table(dir, "pairs.csv", HEADER + "010121,010121,1:1,false\n01012,010129,1:1,false\n");
        refused(dir, index, "line 3, column 1 (hs2022)", "six digits, found \"01012\"");
        table(dir, "pairs.csv", HEADER + "010121,010121,1:1,false\n010129,010129,1-1,false\n");
        refused(dir, index, "line 3, column 3 (relationship)", "expected one of 1:1, 1:n, n:1, n:n, found \"1-1\"");
        table(dir, "pairs.csv", HEADER + "010121,010121,1:1,false\n010129,010129,1:1,ex\n");
        refused(dir, index, "line 3, column 4 (older_partial)", "true or false");
        table(dir, "pairs.csv", HEADER + "010121,010121,1:n,false\n010121,010121,1:n,false\n");
        refused(dir, index, "line 3, column 2 (hs2017)", "duplicate pair 010121,010121 (first on line 2)");
        table(dir, "pairs.csv", HEADER + "010121,010121,1:1,false\n010121,010129,1:n,false\n");
        refused(dir, index, "line 2, column 3 (relationship)", "1:1, but 010121 has 2 partners");
        table(dir, "pairs.csv", HEADER + "010121,010121,1:1,false\n010129\n");
        refused(dir, index, "line 3", "expected 4 fields, found 1");
        Files.write(dir.resolve("hs-correlation/pairs.csv"), concat(HEADER.getBytes(), new byte[] {'0', '1', (byte) 0xC3, '(', '\n'}));
        refused(dir, index, "pairs.csv", "not UTF-8");
        table(dir, "pairs.csv", HEADER);
        refused(dir, INDEX + "pairs.csv,HS2022,HS2017,1,UNSD\n", "pairs.csv", "no pairs");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    private static void table(Path dir, String name, String text) throws IOException {
        Files.createDirectories(dir.resolve("hs-correlation"));
        Files.writeString(dir.resolve("hs-correlation").resolve(name), text);
    }

    private static void refused(Path dir, String index, String where, String problem) throws IOException {
        Files.writeString(dir.resolve(DataPack.HS_CORRELATION_INDEX_FILE), index);
        assertThatThrownBy(() -> DataPack.load(dir)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(where).hasMessageContaining(problem);
    }
}
