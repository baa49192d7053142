package io.coo4j.testkit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.coo4j.core.entry.GoodsCatalogueEntry;
import io.coo4j.core.model.GoodsItem;
import org.junit.jupiter.api.Test;

/**
 * The simulator keeps a bounded catalogue: {@link GoodsCatalogueDesk#MAX_ENTRIES} entries, then a new code is a
 * {@code 409 CONFLICT} saying the catalogue is full, while the entries held can still be saved and deleted. Called on
 * the desk directly: ten thousand calls over loopback would only make the test slow.
 */
class GoodsCatalogueDeskTest {
    private static GoodsCatalogueEntry entry(String code) {
        return GoodsCatalogueEntry.of(code, GoodsItem.builder().hsCode("940161").nameCn("木椅").nameEn("CHAIR").build());
    }

    @Test
    void aFullCatalogueRefusesANewCodeAndKeepsServingTheOthers() {
        GoodsCatalogueDesk desk = new GoodsCatalogueDesk();
        for (int i = 0; i < GoodsCatalogueDesk.MAX_ENTRIES; i++) {
            desk.add(entry("E" + i));
        }
        for (Runnable more : new Runnable[] {() -> desk.add(entry("ONE-MORE")),
                () -> desk.save("ONE-MORE", entry("ONE-MORE"))}) {
            assertThatThrownBy(more::run).isInstanceOfSatisfying(ApiError.class, e -> {
                assertThat(e.status).isEqualTo(409);
                assertThat(e.code).isEqualTo("CONFLICT");
                assertThat(e.getMessage()).contains("holds " + GoodsCatalogueDesk.MAX_ENTRIES + " entries");
            });
        }
        assertThat(desk.save("E7", entry("E7")).status()).as("an entry held is replaced").isEqualTo(200);
        desk.delete("E7");
        assertThat(desk.add(entry("ONE-MORE")).entry().code()).isEqualTo("ONE-MORE");
        assertThatThrownBy(() -> desk.get("E7")).isInstanceOf(ApiError.class);
    }
}
