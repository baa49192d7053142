package io.coo4j.testkit;

import static io.coo4j.testkit.QueryRefusals.refused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.coo4j.client.ConflictException;
import io.coo4j.client.CooClient;
import io.coo4j.client.InvalidRequestException;
import io.coo4j.client.NotFoundException;
import io.coo4j.client.SavedGoodsEntry;
import io.coo4j.core.entry.GoodsCatalogue;
import io.coo4j.core.entry.GoodsCatalogueEntry;
import io.coo4j.core.entry.GoodsCatalogueSearch;
import io.coo4j.core.entry.GoodsCatalogueStore;
import io.coo4j.core.model.GoodsItem;
import io.coo4j.core.model.Packages;
import io.coo4j.core.model.Quantity;
import io.coo4j.core.validation.FieldValidator;
import io.coo4j.core.validation.NotChecked;
import io.coo4j.excel.GoodsImport;
import io.coo4j.excel.GoodsImporter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The goods catalogue the service keeps (货物维护, 001 §1.1: "HS 编码右侧的“货物维护”，带黄色底图为必填项，可根据当地海关的要求
 * 手动录入（支持模糊查询）后点击保存以便有相同货物时直接双击列表里的货物信息可将数据返填至货物信息页面"), the client against the
 * simulator over loopback: maintenance, the forbidden operations, the field rules (sdk-core's, on both sides), the
 * search, the store a {@link GoodsCatalogue} and the goods import work on, and the journal.
 */
class GoodsCatalogueAgainstSandboxTest {
    @TempDir
    Path dir;

    private static Sandbox sandbox() {
        return Sandbox.builder().reviewDelay(Duration.ofMillis(20)).start();
    }

    static GoodsItem switchGoods() {
        return GoodsItem.builder().hsCode("85176200").nameCn("网络交换机").nameEn("NETWORK SWITCH")
                .description("24-PORT GIGABIT SWITCH").packages(new Packages(null, "CARTONS", true))
                .quantity(new Quantity(null, "PCS")).originCriterion("PE").build();
    }

    static GoodsItem chair() {
        return GoodsItem.builder().hsCode("940161").nameCn("木椅").nameEn("WOODEN CHAIR").originCriterion("WO").build();
    }

    private static List<String> codes(CooClient client, GoodsCatalogueSearch search, int pageSize) {
        List<String> out = new ArrayList<>();
        client.goodsCatalogue().search(search, pageSize).forEach(e -> out.add(e.code()));
        return out;
    }

    @Test
    void entriesAreAddedReadEditedSearchedAndDeleted() {
        try (Sandbox sandbox = sandbox(); CooClient client = sandbox.newClient()) {
            GoodsCatalogueEntry added = client.goodsCatalogue().add(GoodsCatalogueEntry.of("SW-24",
                    switchGoods().toBuilder().seq(4).build())).entry();
            assertThat(added).isEqualTo(GoodsCatalogueEntry.of("SW-24", switchGoods()));
            assertThat(added.goods().seq()).as("the catalogue keeps no line number").isZero();
            client.goodsCatalogue().add(GoodsCatalogueEntry.of("CH-1", chair()));
            client.goodsCatalogue().add(GoodsCatalogueEntry.of("CH-2", chair().toBuilder().hsCode("940169")
                    .nameEn("OAK CHAIR").build()));
            assertThat(client.goodsCatalogue().get("CH-1")).isEqualTo(GoodsCatalogueEntry.of("CH-1", chair()));

            GoodsCatalogueEntry edited = client.goodsCatalogue().save(GoodsCatalogueEntry.of("CH-1",
                    chair().toBuilder().nameEn("PINE CHAIR").build())).entry();
            assertThat(client.goodsCatalogue().get("CH-1")).isEqualTo(edited);
            assertThat(edited.goods().nameEn()).isEqualTo("PINE CHAIR");

            // 支持模糊查询, and coo4j's filters; pages in the order added, whatever their size.
            assertThat(codes(client, GoodsCatalogueSearch.all(), 1)).containsExactly("SW-24", "CH-1", "CH-2");
            assertThat(codes(client, GoodsCatalogueSearch.fuzzy("8517.62"), 0)).containsExactly("SW-24");
            assertThat(codes(client, GoodsCatalogueSearch.fuzzy("chair"), 0)).containsExactly("CH-1", "CH-2");
            assertThat(codes(client, GoodsCatalogueSearch.builder().hsCode("9401").build(), 1))
                    .containsExactly("CH-1", "CH-2");
            assertThat(codes(client, GoodsCatalogueSearch.builder().name("oak").build(), 0)).containsExactly("CH-2");
            assertThat(codes(client, GoodsCatalogueSearch.builder().code("sw").build(), 0)).containsExactly("SW-24");
            assertThat(codes(client, GoodsCatalogueSearch.builder().hsCode("9401").name("pine").build(), 0))
                    .containsExactly("CH-1");

            client.goodsCatalogue().delete("CH-2");
            assertThatThrownBy(() -> client.goodsCatalogue().get("CH-2")).isInstanceOf(NotFoundException.class);
            assertThat(codes(client, GoodsCatalogueSearch.all(), 0)).containsExactly("SW-24", "CH-1");
        }
    }

    @Test
    void theForbiddenOperationsAreRefused() {
        try (Sandbox sandbox = sandbox(); CooClient client = sandbox.newClient()) {
            client.goodsCatalogue().add(GoodsCatalogueEntry.of("CH-1", chair()));
            assertThatThrownBy(() -> client.goodsCatalogue().add(GoodsCatalogueEntry.of("CH-1", switchGoods())))
                    .as("a code names one entry").isInstanceOfSatisfying(ConflictException.class,
                            e -> assertThat(e.errorCode()).isEqualTo("CONFLICT"));
            assertThatThrownBy(() -> client.goodsCatalogue().delete("NONE")).isInstanceOf(NotFoundException.class);
            assertThat(client.goodsCatalogue().get("CH-1").goods()).as("nothing changed").isEqualTo(chair());
            // The body names another code than the path: a code does not change.
            assertThat(Operations.raw(sandbox, "PUT", "goods-catalogue/CH-1",
                    "{\"code\":\"CH-9\",\"goods\":{\"hsCode\":\"940161\"}}").body()).contains("\"field\":\"code\"");
            // The simulator has one enterprise: there is no other enterprise's entry to refuse.
        }
    }

    /**
     * The fields are sdk-core's rules on both sides: 001 §1.1 "带黄色底图为必填项" and the goods line's "HS编码 6、8、10位"
     * (002) refuse an entry, naming the path; the names the manual does not name only warn, and the entry is kept.
     */
    @Test
    void theFieldRulesAreTheCataloguesOwn() {
        try (Sandbox sandbox = sandbox(); CooClient client = sandbox.newClient()) {
            assertField(() -> client.goodsCatalogue().add(GoodsCatalogueEntry.of("NOHS",
                    chair().toBuilder().hsCode(null).build())), "goods.hsCode");
            assertField(() -> client.goodsCatalogue().add(GoodsCatalogueEntry.of("BAD",
                    chair().toBuilder().hsCode("94016").build())), "goods.hsCode");
            assertField(() -> client.goodsCatalogue().add(new GoodsCatalogueEntry(" ", chair())), "code");
            assertField(() -> client.goodsCatalogue().add(new GoodsCatalogueEntry("x".repeat(65), chair())), "code");
            assertField(() -> client.goodsCatalogue().add(new GoodsCatalogueEntry("..", chair())), "code");
            assertField(() -> client.goodsCatalogue().add(new GoodsCatalogueEntry("NOGOODS", null)), "goods");
            client.goodsCatalogue().add(GoodsCatalogueEntry.of("CH-1", chair()));
            assertField(() -> client.goodsCatalogue().save(GoodsCatalogueEntry.of("CH-1",
                    chair().toBuilder().hsCode("94016").build())), "goods.hsCode");
            assertThat(client.goodsCatalogue().get("CH-1").goods()).isEqualTo(chair());
            // coo.xsd GoodsName 200, GoodsNameE 400, GoodsDesc 1000: MESSAGE_LENGTH, on both sides
            assertField(() -> client.goodsCatalogue().add(GoodsCatalogueEntry.of("LONG", chair().toBuilder()
                    .nameEn("N".repeat(900_000)).build())), "goods.nameEn");
            assertField(() -> client.goodsCatalogue().save(GoodsCatalogueEntry.of("CH-1", chair().toBuilder()
                    .description("D".repeat(1001)).build())), "goods.description");
            assertField(() -> client.goodsCatalogue().add(GoodsCatalogueEntry.of("LONG", chair().toBuilder()
                    .nameCn("椅".repeat(201)).build())), "goods.nameCn");
            assertField(() -> client.goodsCatalogue().add(new GoodsCatalogueEntry("CH\t2", chair())), "code");
            assertThatThrownBy(() -> client.goodsCatalogue().get("LONG")).isInstanceOf(NotFoundException.class);
        }
    }

    /**
     * Kept is not passed: the service answers the entry with its check's report — the names 001 §1.1 does not name only
     * warn, and without an HS nomenclature whether the HS code exists was not checked — as sdk-core's catalogue reports.
     */
    @Test
    void aKeptEntryComesBackWithItsWarningsAndTheChecksNotMade() {
        try (Sandbox sandbox = sandbox(); CooClient client = sandbox.newClient()) {
            GoodsCatalogueEntry bare = GoodsCatalogueEntry.of("BARE", GoodsItem.builder().hsCode("940161").build());
            SavedGoodsEntry added = client.goodsCatalogue().add(bare);
            assertThat(added.entry()).isEqualTo(bare);
            assertThat(added.report().valid()).isTrue();
            assertThat(added.report().violations()).extracting(v -> v.code() + " " + v.path() + " " + v.severity())
                    .containsExactly("REQUIRED goods.nameCn WARNING", "REQUIRED goods.nameEn WARNING");
            assertThat(added.report().notChecked()).extracting(NotChecked::check)
                    .containsExactly(FieldValidator.HS_CODE_EXISTS);
            assertThat(added.report()).isEqualTo(GoodsCatalogue.create(GoodsCatalogueStore.inMemory()).check(bare));

            SavedGoodsEntry named = client.goodsCatalogue().save(GoodsCatalogueEntry.of("BARE", chair()));
            assertThat(named.report().violations()).isEmpty();
            assertThat(named.report().notChecked()).extracting(NotChecked::check)
                    .containsExactly(FieldValidator.HS_CODE_EXISTS);
        }
    }

    /**
     * Saving under a code adds or replaces in one call ({@code PUT}: 201, then 200), so two clients saving one new code
     * at once both succeed — the store a {@link GoodsCatalogue} works on needs nothing else — and the last save wins.
     */
    @Test
    void savingAddsOrReplacesInOneCall() throws Exception {
        try (Sandbox sandbox = sandbox(); CooClient client = sandbox.newClient()) {
            String body = "{\"goods\":{\"hsCode\":\"940161\",\"nameCn\":\"木椅\",\"nameEn\":\"CHAIR\"}}";
            assertThat(Operations.raw(sandbox, "PUT", "goods-catalogue/NEW-1", body).statusCode()).isEqualTo(201);
            assertThat(Operations.raw(sandbox, "PUT", "goods-catalogue/NEW-1", body).statusCode()).isEqualTo(200);
            assertThat(client.goodsCatalogue().save(GoodsCatalogueEntry.of("NONE", chair())).entry().code())
                    .isEqualTo("NONE");

            ExecutorService pool = Executors.newFixedThreadPool(8);
            try (GoodsCatalogueStore store = client.goodsCatalogue().store()) {
                List<Future<?>> puts = new ArrayList<>();
                for (int i = 0; i < 16; i++) {
                    String name = "CHAIR " + i;
                    puts.add(pool.submit(() -> store.put(GoodsCatalogueEntry.of("RACE", chair().toBuilder()
                            .nameEn(name).build()))));
                }
                for (Future<?> put : puts) {
                    put.get(10, TimeUnit.SECONDS); // none fails
                }
            } finally {
                pool.shutdown();
            }
            assertThat(client.goodsCatalogue().get("RACE").goods().nameEn()).startsWith("CHAIR ");
            assertThat(codes(client, GoodsCatalogueSearch.all(), 0)).containsExactly("NEW-1", "NONE", "RACE");
        }
    }

    @Test
    void codesTravelInTheUrlAsTheyAre() {
        try (Sandbox sandbox = sandbox(); CooClient client = sandbox.newClient()) {
            for (String code : new String[] {"A+B", "PN/2025 7", "货号-1", "100%", "..."}) {
                client.goodsCatalogue().add(GoodsCatalogueEntry.of(code, chair()));
                assertThat(client.goodsCatalogue().get(code).code()).isEqualTo(code);
                client.goodsCatalogue().save(GoodsCatalogueEntry.of(code, switchGoods()));
                client.goodsCatalogue().delete(code);
            }
            assertThat(client.goodsCatalogue().search(GoodsCatalogueSearch.all())).isEmpty();
        }
    }

    @Test
    void theClientAndTheSimulatorRefuseABadSearchNamingTheField() {
        try (Sandbox sandbox = sandbox(); CooClient client = sandbox.newClient()) {
            refused(() -> client.goodsCatalogue().search(null), "search");
            refused(() -> client.goodsCatalogue().search(GoodsCatalogueSearch.all(), 201), "pageSize");
            refused(() -> client.goodsCatalogue().get("."), "code");
            refused(() -> client.goodsCatalogue().delete(" "), "code");
            refused(() -> client.goodsCatalogue().save(null), "entry");
            assertThat(Operations.raw(sandbox, "GET", "goods-catalogue?hsCode=85x", null).body())
                    .contains("\"field\":\"hsCode\"");
            assertThat(Operations.raw(sandbox, "GET", "goods-catalogue?name=" + "x".repeat(201), null).body())
                    .contains("\"field\":\"name\"");
            assertThat(Operations.raw(sandbox, "GET", "goods-catalogue?hsCode=" + "8".repeat(201), null).body())
                    .contains("\"field\":\"hsCode\"").contains("at most 200");
            assertThat(Operations.raw(sandbox, "GET", "goods-catalogue?pageSize=0", null).body())
                    .contains("\"field\":\"pageSize\"");
        }
    }

    /**
     * A {@link GoodsCatalogue} on the service's catalogue: saved through sdk-core (checked there, then by the service),
     * and the goods import picks a row's catalogue code from it (001 §1.1: "双击列表里的货物信息可将数据返填").
     */
    @Test
    void aGoodsCatalogueAndTheGoodsImportWorkOnTheServicesCatalogue() throws IOException {
        try (Sandbox sandbox = sandbox(); CooClient client = sandbox.newClient();
             GoodsCatalogueStore store = client.goodsCatalogue().store()) {
            GoodsCatalogue catalogue = GoodsCatalogue.create(store);
            catalogue.save(GoodsCatalogueEntry.of("SW-24", switchGoods()));
            catalogue.save(GoodsCatalogueEntry.of("CH-1", chair()));
            catalogue.save(GoodsCatalogueEntry.of("SW-24", switchGoods().toBuilder().nameEn("SWITCH").build()));
            assertThat(client.goodsCatalogue().get("SW-24").goods().nameEn()).as("saved again: edited").isEqualTo("SWITCH");
            assertThat(catalogue.search("chair", 10)).extracting(GoodsCatalogueEntry::code).containsExactly("CH-1");
            assertThat(store.all()).extracting(GoodsCatalogueEntry::code).as("ordered by code").containsExactly("CH-1", "SW-24");
            assertThat(catalogue.get("NONE")).isEmpty();
            assertThat(catalogue.get(".")).isEmpty();

            Path file = sheet(new Object[] {"货物维护编号", "HS编码", "包装件数"}, new Object[] {"SW-24", null, 10},
                    new Object[] {"SW-99", "851762", 1});
            GoodsImport read = GoodsImporter.defaults().withCatalogue(catalogue).read(file, "E");
            assertThat(read.goods()).singleElement().satisfies(g -> {
                assertThat(g.hsCode()).isEqualTo("85176200");
                assertThat(g.nameEn()).isEqualTo("SWITCH");
                assertThat(g.packages()).isEqualTo(new Packages(10L, "CARTONS", true));
            });
            assertThat(read.errors()).singleElement().satisfies(e -> assertThat(e.message())
                    .contains("row 3, column A").contains("no entry 'SW-99'"));

            assertThat(catalogue.remove("CH-1")).isTrue();
            assertThat(catalogue.remove("CH-1")).isFalse();
            assertThatThrownBy(() -> client.goodsCatalogue().get("CH-1")).isInstanceOf(NotFoundException.class);
        }
    }

    @Test
    void theCatalogueOutlivesARestartWithAJournal() {
        Path journal = dir.resolve("sandbox.journal");
        try (Sandbox sandbox = Sandbox.builder().journal(journal).start(); CooClient client = sandbox.newClient()) {
            client.goodsCatalogue().add(GoodsCatalogueEntry.of("SW-24", switchGoods()));
            client.goodsCatalogue().add(GoodsCatalogueEntry.of("CH-1", chair()));
            client.goodsCatalogue().save(GoodsCatalogueEntry.of("CH-1", chair().toBuilder().nameEn("PINE CHAIR").build()));
            client.goodsCatalogue().add(GoodsCatalogueEntry.of("CH-2", chair()));
            client.goodsCatalogue().delete("CH-2");
        }
        try (Sandbox sandbox = Sandbox.builder().journal(journal).start(); CooClient client = sandbox.newClient()) {
            assertThat(client.goodsCatalogue().search(GoodsCatalogueSearch.all())).extracting(GoodsCatalogueEntry::code)
                    .containsExactly("SW-24", "CH-1");
            assertThat(client.goodsCatalogue().get("CH-1").goods().nameEn()).isEqualTo("PINE CHAIR");
        }
    }

    private Path sheet(Object[]... rows) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("goods");
            for (int r = 0; r < rows.length; r++) {
                Row x = s.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    Object v = rows[r][c];
                    if (v instanceof Number n) {
                        x.createCell(c).setCellValue(n.doubleValue());
                    } else if (v != null) {
                        x.createCell(c).setCellValue(v.toString());
                    }
                }
            }
            Path file = dir.resolve("goods.xlsx");
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
            return file;
        }
    }

    private static void assertField(ThrowingCallable call, String field) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidRequestException.class,
                e -> assertThat(e.field()).isEqualTo(field));
    }
}
