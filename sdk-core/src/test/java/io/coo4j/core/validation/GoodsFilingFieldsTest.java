package io.coo4j.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.coo4j.core.model.GoodsFiling;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The field checks of a goods filing (002 商品备案): formats only; what a filing needs is sdk-rules'. */
class GoodsFilingFieldsTest {
    private static final FieldValidator FIELDS = FieldValidator.defaults();

    private static GoodsFiling.Builder valid() {
        return GoodsFiling.builder().regions(List.of("E")).hsCode("85176200").nameEn("NETWORK SWITCH").nameCn("网络交换机")
                .processingOperations("组装、测试").unit("PCS").unitFobValue(new BigDecimal("12.50"))
                .addMaterial("8542", new BigDecimal("3.20")).adValoremPercent(new BigDecimal("17"));
    }

    @Test
    void aCompleteFilingHasNoFieldViolation() {
        assertThat(FIELDS.validate(valid().build()).violations()).isEmpty();
    }

    @Test
    void formatsAmountsAndTheShareAreChecked() {
        // 002 商品信息: "商品HS编码 6、8、10位海关税则号"
        GoodsFiling bad = valid().hsCode("8517620").nameEn("网络交换机").unitFobValue(new BigDecimal("-1"))
                .addMaterial("3926", new BigDecimal("-0.5")).adValoremPercent(new BigDecimal("117")).unit("XYZ").build();
        assertThat(FIELDS.validate(bad).violations()).extracting(Violation::code, Violation::path).containsExactlyInAnyOrder(
                tuple("HS_CODE_FORMAT", "hsCode"),
                tuple("NOT_PRINTABLE_ENGLISH", "nameEn"),
                tuple("AMOUNT_NEGATIVE", "unitFobValue"),
                tuple("AMOUNT_NEGATIVE", "materials[1].cifUnitPriceUsd"),
                tuple("PERCENT_RANGE", "adValoremPercent"),
                tuple("UNIT_UNKNOWN", "unit"));
    }

    @Test
    void controlCharactersAreRefusedInFreeText() {
        GoodsFiling bad = valid().processingOperations("组装\u0007").manufacturer("深圳\u0000").build();
        assertThat(FIELDS.validate(bad).violations()).extracting(Violation::code, Violation::path).containsExactlyInAnyOrder(
                tuple("CONTROL_CHARACTER", "processingOperations"), tuple("CONTROL_CHARACTER", "manufacturer"));
    }
}
