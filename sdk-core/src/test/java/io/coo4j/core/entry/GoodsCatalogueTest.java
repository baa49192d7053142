package io.coo4j.core.entry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.coo4j.core.InvalidInputException;
import io.coo4j.core.io.FileAccessException;
import io.coo4j.core.model.Certificate;
import io.coo4j.core.model.GoodsItem;
import io.coo4j.core.model.Packages;
import io.coo4j.core.model.Quantity;
import io.coo4j.core.validation.Severity;
import io.coo4j.core.validation.SourceGrade;
import io.coo4j.core.validation.ValidationReport;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 001 §1.1 货物维护: "HS 编码右侧的“货物维护”，带黄色底图为必填项，可根据当地海关的要求手动录入（支持模糊查询）后点击保存以便有相同货物时直接双击列表里的货物信息可将数据返填至货物信息页面".
 */
class GoodsCatalogueTest {
    static GoodsItem switchGoods() {
        return GoodsItem.builder().seq(7).hsCode("85176200").nameCn("网络交换机").nameEn("NETWORK SWITCH")
                .description("24-PORT GIGABIT SWITCH").packages(new Packages(null, "CARTONS", true))
                .quantity(new Quantity(null, "PCS")).originCriterion("PE").build();
    }

    static GoodsItem chair() {
        return GoodsItem.builder().hsCode("940161").nameCn("木椅").nameEn("Wooden Chair").originCriterion("WO").build();
    }

    @Test
    void savedGoodsArePickedIntoANumberedLine() {
        GoodsCatalogue catalogue = GoodsCatalogue.create(GoodsCatalogueStore.inMemory());
        ValidationReport report = catalogue.save(new GoodsCatalogueEntry("SW-24", switchGoods()));
        assertThat(report.valid()).isTrue();
        assertThat(report.violations()).isEmpty();
        GoodsCatalogueEntry kept = catalogue.get("SW-24").orElseThrow();
        assertThat(kept.goods().seq()).as("the catalogue keeps no line number").isZero();

        GoodsItem line = kept.line(3);
        assertThat(line).isEqualTo(switchGoods().toBuilder().seq(3).build());

        Certificate c = Certificate.builder().type("E").addGoods(chair().toBuilder().seq(5).build()).build();
        Certificate more = kept.appendTo(c);
        assertThat(more.goods()).hasSize(2);
        assertThat(more.goods().get(1)).isEqualTo(switchGoods().toBuilder().seq(6).build());
        assertThat(kept.appendTo(Certificate.builder().type("E").build()).goods().get(0).seq()).isEqualTo(1);
    }

    @Test
    void aFullCertificateTakesNoMoreLines() {
        Certificate.Builder b = Certificate.builder().type("C");
        for (int i = 1; i <= Certificate.MAX_GOODS_LINES; i++) {
            b.addGoods(chair().toBuilder().seq(i).build());
        }
        Certificate full = b.build();
        assertThatThrownBy(() -> GoodsCatalogueEntry.of("C1", chair()).appendTo(full))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("999");
    }

    @Test
    void searchesFuzzilyByHsPrefixAndByText() {
        GoodsCatalogue catalogue = GoodsCatalogue.create(GoodsCatalogueStore.inMemory());
        catalogue.save(GoodsCatalogueEntry.of("SW-24", switchGoods()));
        catalogue.save(GoodsCatalogueEntry.of("CH-1", chair()));
        catalogue.save(GoodsCatalogueEntry.of("CH-2", chair().toBuilder().hsCode("940169").nameEn("OAK CHAIR").build()));

        assertThat(codes(catalogue, "8517.62")).containsExactly("SW-24");
        assertThat(codes(catalogue, "9401")).containsExactly("CH-1", "CH-2");
        assertThat(codes(catalogue, "chair")).containsExactly("CH-1", "CH-2");
        assertThat(codes(catalogue, "交换")).containsExactly("SW-24");
        assertThat(codes(catalogue, "gigabit")).as("the description").containsExactly("SW-24");
        assertThat(codes(catalogue, "ch-")).as("the code").containsExactly("CH-1", "CH-2");
        assertThat(codes(catalogue, " ")).containsExactly("CH-1", "CH-2", "SW-24");
        assertThat(codes(catalogue, "tea")).isEmpty();
        assertThat(catalogue.search(null, 1)).hasSize(1);
        assertThatThrownBy(() -> catalogue.search("x", 0)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> catalogue.search("x", GoodsCatalogue.MAX_RESULTS + 1))
                .isInstanceOf(InvalidInputException.class);
    }

    private static java.util.List<String> codes(GoodsCatalogue catalogue, String query) {
        return catalogue.search(query, 100).stream().map(GoodsCatalogueEntry::code).toList();
    }

    /** "带黄色底图为必填项": the manual names no field of the catalogue screen, so the names only warn. */
    @Test
    void missingNamesWarnAndTheEntryIsKept() {
        GoodsCatalogue catalogue = GoodsCatalogue.create(GoodsCatalogueStore.inMemory());
        ValidationReport report = catalogue.save(GoodsCatalogueEntry.of("BARE", GoodsItem.builder().hsCode("940161").build()));
        assertThat(report.valid()).isTrue();
        assertThat(report.violations()).extracting(v -> v.code() + " " + v.path() + " " + v.severity() + " " + v.grade())
                .containsExactly("REQUIRED goods.nameCn WARNING INFERRED", "REQUIRED goods.nameEn WARNING INFERRED");
        assertThat(report.violations().get(0).source()).contains("001 §1.1 货物维护", "带黄色底图为必填项");
        assertThat(catalogue.get("BARE")).isPresent();
        assertThat(catalogue.check(GoodsCatalogueEntry.of("N", GoodsItem.builder().nonGoodsItem(true).nameCn("备注")
                .nameEn("REMARK").build())).violations()).as("a non-goods line needs no HS code").isEmpty();
    }

    /**
     * 002: "HS编码 6、8、10位" and 001 §1.1 "黄底色录入框为必填项" (the goods line's HS code) are SEED rules: an entry
     * without an HS code, or with another one, is refused, naming the field.
     */
    @Test
    void aFieldErrorRefusesTheEntry() {
        GoodsCatalogue catalogue = GoodsCatalogue.create(GoodsCatalogueStore.inMemory());
        assertThatThrownBy(() -> catalogue.save(GoodsCatalogueEntry.of("NOHS", chair().toBuilder().hsCode(null).build())))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("goods.hsCode: REQUIRED");
        GoodsCatalogueEntry bad = GoodsCatalogueEntry.of("BAD", switchGoods().toBuilder().hsCode("85176").build());
        assertThat(catalogue.check(bad).violations()).anyMatch(v -> v.code().equals("HS_CODE_FORMAT")
                && v.path().equals("goods.hsCode") && v.severity() == Severity.ERROR && v.grade() == SourceGrade.SEED);
        assertThatThrownBy(() -> catalogue.save(bad)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("goods.hsCode").hasMessageContaining("HS_CODE_FORMAT");
        assertThat(catalogue.get("BAD")).isEmpty();
        assertThat(catalogue.check(GoodsCatalogueEntry.of("NEG", chair().toBuilder().unitPrice(new BigDecimal("-1"))
                .build())).has("AMOUNT_NEGATIVE", "goods.unitPrice")).isTrue();
    }

    @Test
    void anEntryNeedsACodeAndGoods() {
        GoodsCatalogue catalogue = GoodsCatalogue.create(GoodsCatalogueStore.inMemory());
        assertThatThrownBy(() -> catalogue.save(new GoodsCatalogueEntry(" ", chair())))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("code");
        assertThatThrownBy(() -> catalogue.save(new GoodsCatalogueEntry("x".repeat(65), chair())))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("1–64");
        assertThatThrownBy(() -> catalogue.save(new GoodsCatalogueEntry("NOGOODS", null)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("goods");
        // The service names an entry by its code in a URL, where '.' and '..' are no names.
        for (String dots : new String[] {".", ".."}) {
            assertThatThrownBy(() -> catalogue.save(new GoodsCatalogueEntry(dots, chair())))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.location()).isEqualTo("code"));
        }
        assertThat(catalogue.save(new GoodsCatalogueEntry("...", chair())).valid()).isTrue();
        for (String control : new String[] {"CH\n1", "CH\t1", "CH\u00001", "\u007f"}) {
            assertThatThrownBy(() -> catalogue.save(new GoodsCatalogueEntry(control, chair())))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                        assertThat(e.location()).isEqualTo("code");
                        assertThat(e.problem()).contains("control characters").doesNotContain("\n");
                    });
        }
        assertThat(catalogue.search(null, 10)).extracting(GoodsCatalogueEntry::code).containsExactly("...");
    }

    /**
     * coo.xsd Goods: GoodsName maxLength 200, GoodsNameE 400, GoodsDesc 1000 — the customs message carries no more, so
     * the certificate's rule for goods lines ({@code MESSAGE_LENGTH}, SCHEMA, an ERROR) refuses a longer entry, counted
     * in characters (a Chinese character is one); at the limit it is kept.
     */
    @Test
    void namesAndDescriptionsLongerThanTheCustomsMessageCarriesAreRefused() {
        GoodsCatalogue catalogue = GoodsCatalogue.create(GoodsCatalogueStore.inMemory());
        GoodsItem atLimit = chair().toBuilder().nameCn("椅".repeat(200)).nameEn("C".repeat(400))
                .description("D".repeat(1000)).build();
        assertThat(catalogue.save(GoodsCatalogueEntry.of("MAX", atLimit)).violations()).isEmpty();
        String[][] over = {{"goods.nameCn", "GoodsName"}, {"goods.nameEn", "GoodsNameE"}, {"goods.description", "GoodsDesc"}};
        GoodsItem[] longer = {atLimit.toBuilder().nameCn("椅".repeat(201)).build(),
            atLimit.toBuilder().nameEn("C".repeat(900_000)).build(), atLimit.toBuilder().description("D".repeat(1001)).build()};
        for (int i = 0; i < over.length; i++) {
            GoodsCatalogueEntry entry = GoodsCatalogueEntry.of("LONG" + i, longer[i]);
            String path = over[i][0];
            String element = over[i][1];
            assertThat(catalogue.check(entry).violations()).singleElement().satisfies(v -> {
                assertThat(v.code() + " " + v.path() + " " + v.severity() + " " + v.grade())
                        .isEqualTo("MESSAGE_LENGTH " + path + " ERROR SCHEMA");
                assertThat(v.message()).contains(element);
            });
            assertThatThrownBy(() -> catalogue.save(entry)).isInstanceOfSatisfying(InvalidInputException.class,
                    e -> assertThat(e.location()).isEqualTo(path));
        }
        assertThat(catalogue.search(null, 10)).extracting(GoodsCatalogueEntry::code).containsExactly("MAX");
    }

    @Test
    void savingAgainReplacesAndRemovingForgets() {
        GoodsCatalogue catalogue = GoodsCatalogue.create(GoodsCatalogueStore.inMemory());
        catalogue.save(GoodsCatalogueEntry.of("CH-1", chair()));
        catalogue.save(GoodsCatalogueEntry.of("CH-1", chair().toBuilder().nameEn("PINE CHAIR").build()));
        assertThat(catalogue.search("", 10)).singleElement().extracting(e -> e.goods().nameEn()).isEqualTo("PINE CHAIR");
        assertThat(catalogue.remove("CH-1")).isTrue();
        assertThat(catalogue.remove("CH-1")).isFalse();
        assertThat(catalogue.search("", 10)).isEmpty();
        assertThat(catalogue.get(null)).isEmpty();
        assertThat(catalogue.remove(null)).isFalse();
    }

    @Test
    void aJournalStoreOutlivesTheProcess(@TempDir Path dir) {
        Path file = dir.resolve("goods.jsonl");
        try (GoodsCatalogueStore store = GoodsCatalogueStore.journal(file)) {
            GoodsCatalogue catalogue = GoodsCatalogue.create(store);
            catalogue.save(GoodsCatalogueEntry.of("SW-24", switchGoods()));
            catalogue.save(GoodsCatalogueEntry.of("CH-1", chair()));
            catalogue.save(GoodsCatalogueEntry.of("CH-2", chair()));
            catalogue.remove("CH-2");
        }
        try (GoodsCatalogueStore store = GoodsCatalogueStore.journal(file)) {
            assertThat(store.all()).extracting(GoodsCatalogueEntry::code).containsExactly("CH-1", "SW-24");
            assertThat(store.get("SW-24").orElseThrow().goods()).isEqualTo(switchGoods().toBuilder().seq(0).build());
        }
    }

    /**
     * The read-only replay: the entries of the journal, the file never changed (a last line without its newline is
     * refused, naming the line, not cut away), and nothing written back.
     */
    @Test
    void aJournalIsReadWithoutBeingChanged(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("goods.jsonl");
        try (GoodsCatalogueStore store = GoodsCatalogueStore.journal(file)) {
            GoodsCatalogue.create(store).save(GoodsCatalogueEntry.of("SW-24", switchGoods()));
            GoodsCatalogue.create(store).save(GoodsCatalogueEntry.of("CH-1", chair()));
        }
        String journal = Files.readString(file);
        try (GoodsCatalogueStore read = GoodsCatalogueStore.readJournal(file)) {
            assertThat(read.all()).extracting(GoodsCatalogueEntry::code).containsExactly("CH-1", "SW-24");
            read.remove("CH-1");
        }
        assertThat(Files.readString(file)).as("changes stay in memory").isEqualTo(journal);

        // A journal edited by hand, its last newline lost: both the reader and the writer refuse it, and keep it whole.
        String edited = journal.stripTrailing();
        Files.writeString(file, edited);
        for (ThrowingCallable open : new ThrowingCallable[] {() -> GoodsCatalogueStore.readJournal(file),
                () -> GoodsCatalogueStore.journal(file)}) {
            assertThatThrownBy(open).isInstanceOfSatisfying(InvalidInputException.class, e -> {
                assertThat(e.source()).isEqualTo(file.toString());
                assertThat(e.location()).isEqualTo("line 2");
            });
            assertThat(Files.readString(file)).isEqualTo(edited);
        }

        // A one-line JSON file that is no journal: refused, and not emptied.
        Path other = Files.writeString(dir.resolve("settings.json"), "{\"printer\": \"HP-1\", \"copies\": 2}");
        assertThatThrownBy(() -> GoodsCatalogueStore.readJournal(other)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("line 1");
        assertThatThrownBy(() -> GoodsCatalogueStore.journal(other)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("line 1");
        assertThat(Files.readString(other)).isEqualTo("{\"printer\": \"HP-1\", \"copies\": 2}");

        Path missing = dir.resolve("none.jsonl");
        assertThatThrownBy(() -> GoodsCatalogueStore.readJournal(missing)).isInstanceOf(FileAccessException.class);
        assertThat(missing).doesNotExist();
    }

    @Test
    void aJournalLineThisStoreDidNotWriteIsRefusedWithItsNumber(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("goods.jsonl");
        Files.writeString(file, "{\"removed\":\"A\"}\n{\"saved\":{\"code\":\"\",\"goods\":{}}}\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> GoodsCatalogueStore.journal(file)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("line 2");
        assertThatThrownBy(() -> GoodsCatalogueStore.readJournal(file)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("line 2");
        // The file was closed again: it opens once the line is mended.
        Files.writeString(file, "{\"removed\":\"A\"}\n", StandardCharsets.UTF_8);
        try (GoodsCatalogueStore store = GoodsCatalogueStore.journal(file)) {
            assertThat(store.all()).isEmpty();
        }
    }
}
