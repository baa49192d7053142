package io.coo4j.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.coo4j.core.lifecycle.GoodsFilingState;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** 002: "优惠原产地证书, 录入的商品信息必须是已备案并审核通过的商品数据" — only approved filings count, per area and code. */
class FiledGoodsTest {
    static GoodsFiling filing(String hs, String... regions) {
        return GoodsFiling.builder().regions(List.of(regions)).hsCode(hs).nameEn("NETWORK SWITCH")
                .processingOperations("assembly").unitFobValue(new BigDecimal("12.50"))
                .addMaterial("8542", new BigDecimal("3.20")).adValoremPercent(new BigDecimal("17")).build();
    }

    private static GoodsFilingRecord record(GoodsFiling f, GoodsFilingState state) {
        return new GoodsFilingRecord("GF1", "N1", f, state, Instant.EPOCH, null, null);
    }

    @Test
    void onlyApprovedFilingsOfTheAreaAndCodeAreFiled() {
        FiledGoods filed = FiledGoods.of(List.of(record(filing("851762", "E", "N"), GoodsFilingState.APPROVED),
                record(filing("020422", "E"), GoodsFilingState.DECLARED)));
        assertThat(filed.approved("E", "851762")).isTrue();
        assertThat(filed.approved("N", "851762")).isTrue();
        assertThat(filed.approved("K", "851762")).as("another preferential area").isFalse();
        assertThat(filed.approved("E", "85176200")).as("the code as filed, not a longer one").isFalse();
        assertThat(filed.approved("E", "020422")).as("declared, not approved").isFalse();
        assertThat(filed.approved(null, "851762")).isFalse();
        assertThat(filed.approved("E", null)).isFalse();
    }

    @Test
    void builderRoundTripsEveryField() {
        GoodsFiling f = filing("851762", "E").toBuilder().nameCn("网络交换机").manufacturer("深圳示例有限公司 深圳市示例路1号")
                .unit("PCS").addRegion("K").build();
        assertThat(f.toBuilder().build()).isEqualTo(f);
        assertThat(f.regions()).containsExactly("E", "K");
        assertThat(f.materials()).containsExactly(new FiledMaterial("8542", new BigDecimal("3.20")));
    }
}
