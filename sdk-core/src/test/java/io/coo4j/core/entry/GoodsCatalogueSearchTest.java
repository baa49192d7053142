package io.coo4j.core.entry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.coo4j.core.InvalidInputException;
import io.coo4j.core.model.GoodsItem;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The goods catalogue's search (001 §1.1 货物维护: "手动录入（支持模糊查询）"): the fuzzy text the manual names, and coo4j's
 * filters by HS code prefix, name and code, each alone and together.
 */
class GoodsCatalogueSearchTest {
    private static final GoodsCatalogue CATALOGUE = GoodsCatalogue.create(GoodsCatalogueStore.inMemory());

    static {
        CATALOGUE.save(GoodsCatalogueEntry.of("SW-24", GoodsCatalogueTest.switchGoods()));
        CATALOGUE.save(GoodsCatalogueEntry.of("CH-1", GoodsCatalogueTest.chair()));
        CATALOGUE.save(GoodsCatalogueEntry.of("CH-2", GoodsCatalogueTest.chair().toBuilder().hsCode("940169")
                .nameCn("橡木椅").nameEn("OAK CHAIR").description("SWITCHABLE BACK").build()));
    }

    private static List<String> codes(GoodsCatalogueSearch.Builder search) {
        return CATALOGUE.find(search.build(), 100).stream().map(GoodsCatalogueEntry::code).toList();
    }

    @Test
    void theFuzzyTextIsTheOldSearch() {
        assertThat(codes(GoodsCatalogueSearch.builder().text("8517.62"))).containsExactly("SW-24");
        assertThat(codes(GoodsCatalogueSearch.builder().text("switch"))).as("names, description")
                .containsExactly("CH-2", "SW-24");
        assertThat(CATALOGUE.search("switch", 100)).isEqualTo(CATALOGUE.find(GoodsCatalogueSearch.fuzzy("switch"), 100));
        assertThat(codes(GoodsCatalogueSearch.builder())).containsExactly("CH-1", "CH-2", "SW-24");
    }

    @Test
    void byHsCodePrefixNameAndCode() {
        assertThat(codes(GoodsCatalogueSearch.builder().hsCode("9401"))).containsExactly("CH-1", "CH-2");
        assertThat(codes(GoodsCatalogueSearch.builder().hsCode("9401.69"))).containsExactly("CH-2");
        assertThat(codes(GoodsCatalogueSearch.builder().name("chair"))).containsExactly("CH-1", "CH-2");
        assertThat(codes(GoodsCatalogueSearch.builder().name("橡木"))).containsExactly("CH-2");
        assertThat(codes(GoodsCatalogueSearch.builder().name("switchable"))).as("a name, not the description").isEmpty();
        assertThat(codes(GoodsCatalogueSearch.builder().code("ch-"))).containsExactly("CH-1", "CH-2");
        assertThat(codes(GoodsCatalogueSearch.builder().code("24"))).as("the start of the code").isEmpty();
    }

    @Test
    void filtersCombine() {
        assertThat(codes(GoodsCatalogueSearch.builder().hsCode("9401").name("oak"))).containsExactly("CH-2");
        assertThat(codes(GoodsCatalogueSearch.builder().text("switch").code("CH"))).containsExactly("CH-2");
        assertThat(codes(GoodsCatalogueSearch.builder().hsCode("8517").code("CH"))).isEmpty();
        GoodsCatalogueSearch s = GoodsCatalogueSearch.builder().hsCode("9401").name("oak").build();
        assertThat(s.toBuilder().build()).isEqualTo(s);
    }

    /** Any case, compared where the field stands: upper, lower and mixed, Latin with accents and full-width letters. */
    @Test
    void textNameAndCodeIgnoreCase() {
        GoodsCatalogueEntry e = GoodsCatalogueEntry.of("Cafe-Ä1", GoodsItem.builder().hsCode("090121")
                .nameEn("Roasted CAFÉ Beans").description("ＡＢＣ grade").build());
        for (String q : new String[] {"café", "CAFÉ", "rOaStEd", "beans", "ａｂｃ", "cafe-ä"}) {
            assertThat(GoodsCatalogueSearch.fuzzy(q).matches(e)).as(q).isTrue();
        }
        assertThat(GoodsCatalogueSearch.builder().name("roasted café").build().matches(e)).isTrue();
        assertThat(GoodsCatalogueSearch.builder().code("CAFE-ä").build().matches(e)).isTrue();
        assertThat(GoodsCatalogueSearch.builder().code("ä1").build().matches(e)).as("the start of the code").isFalse();
        assertThat(GoodsCatalogueSearch.fuzzy("beans!").matches(e)).isFalse();
        assertThat(GoodsCatalogueSearch.fuzzy("Roasted CAFÉ Beans and more").matches(e)).as("longer than the field")
                .isFalse();
    }

    @Test
    void anEntryWithoutGoodsMatchesOnlyNoFilter() {
        GoodsCatalogueEntry bare = new GoodsCatalogueEntry("X", null);
        assertThat(GoodsCatalogueSearch.all().matches(bare)).isTrue();
        assertThat(GoodsCatalogueSearch.builder().code("X").build().matches(bare)).isFalse();
        assertThat(GoodsCatalogueSearch.fuzzy("x").matches(GoodsCatalogueEntry.of("X", GoodsItem.builder().build())))
                .isTrue();
    }

    @Test
    void aBadFilterIsRefusedNamingIt() {
        refused(() -> GoodsCatalogueSearch.builder().hsCode("85x").build(), "hsCode");
        refused(() -> GoodsCatalogueSearch.builder().hsCode("85176200001").build(), "hsCode");
        refused(() -> GoodsCatalogueSearch.builder().hsCode(" ").build(), "hsCode");
        refused(() -> GoodsCatalogueSearch.builder().name("x".repeat(GoodsCatalogueSearch.MAX_LENGTH + 1)).build(), "name");
        refused(() -> GoodsCatalogueSearch.fuzzy("x".repeat(GoodsCatalogueSearch.MAX_LENGTH + 1)), "text");
        refused(() -> GoodsCatalogueSearch.builder().code("x".repeat(GoodsCatalogueSearch.MAX_LENGTH + 1)).build(), "code");
        // the HS code prefix is bounded like the other filters, before its digits are looked at
        assertThatThrownBy(() -> GoodsCatalogueSearch.builder().hsCode(" ".repeat(1_000_000) + "8517").build())
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.location()).isEqualTo("hsCode");
                    assertThat(e.problem()).contains("at most " + GoodsCatalogueSearch.MAX_LENGTH);
                });
        refused(() -> CATALOGUE.find(null, 1), "search");
        refused(() -> GoodsCatalogueSearch.all().matches(null), "entry");
        assertThat(GoodsCatalogueSearch.builder().hsCode("8517 62").build().hsCode()).isEqualTo("8517 62");
    }

    private static void refused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.location()).isEqualTo(field));
    }
}
