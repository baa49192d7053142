package io.coo4j.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.coo4j.core.InvalidInputException;
import io.coo4j.core.model.Certificate;
import io.coo4j.core.model.GoodsItem;
import io.coo4j.core.model.Packages;
import io.coo4j.core.model.Party;
import io.coo4j.core.model.Quantity;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * coo4j's record binder reads what Jackson's data binding reads: for generated certificates, written with
 * or without their null fields, both give equal values.
 */
class RecordBinderProperties {
    private static final ObjectMapper JACKSON = new ObjectMapper().registerModule(new CooJacksonModule())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    @Provide
    Arbitrary<Certificate> certificates() {
        Arbitrary<String> text = Arbitraries.strings().ofMaxLength(30).injectNull(0.2);
        Arbitrary<BigDecimal> money = Arbitraries.bigDecimals().between(new BigDecimal("-1000"), new BigDecimal("1e12"))
                .ofScale(2).injectNull(0.2);
        Arbitrary<GoodsItem> goods = Combinators.combine(Arbitraries.integers().between(0, 999), text, money,
                        Arbitraries.longs().between(0, 99999).injectNull(0.3), Arbitraries.of(true, false))
                .as((seq, name, value, count, flag) -> GoodsItem.builder().seq(seq).nameEn(name).fobValue(value)
                        .nonGoodsItem(flag).packages(count == null ? null : new Packages(count, "CARTONS", flag))
                        .quantity(new Quantity(value, name)).additionalQuantities(flag ? List.of(new Quantity(BigDecimal.ONE, "KG")) : List.of())
                        .build());
        return Combinators.combine(text, text, Arbitraries.integers().between(0, 20000).map(d -> LocalDate.of(2000, 1, 1).plusDays(d))
                        .injectNull(0.3), goods.list().ofMaxSize(6))
                .as((type, name, date, g) -> Certificate.builder().type(type).invoiceDate(date)
                        .exporter(name == null ? null : Party.of(name, type, "CN")).goods(g).build());
    }

    @Property(tries = 300)
    void readsWhatJacksonReads(@ForAll("certificates") Certificate c) throws Exception {
        byte[] canonical = CooJson.strict().writeBytes(c);
        assertThat(CooJson.strict().read(canonical, Certificate.class, "t")).isEqualTo(JACKSON.readValue(canonical, Certificate.class));
        byte[] sparse = JACKSON.copy().setSerializationInclusion(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
                .writeValueAsBytes(c);
        assertThat(CooJson.strict().read(sparse, Certificate.class, "t")).isEqualTo(JACKSON.readValue(sparse, Certificate.class));
    }

    private static InvalidInputException fails(String json) {
        try {
            CooJson.strict().read(json.getBytes(StandardCharsets.UTF_8), Certificate.class, "t");
        } catch (InvalidInputException e) {
            return e;
        }
        throw new AssertionError("expected a failure: " + json);
    }

    @Example
    void duplicateKeysAreFoundAtAnyDepth() {
        InvalidInputException e = fails("{\"goods\": [{\"seq\": 1, \"hsCode\": \"851762\", \"seq\": 2}]}");
        assertThat(e.location()).isEqualTo("goods[0].seq");
        assertThat(e.problem()).contains("duplicate");
    }

    @Example
    void fieldsInAnyOrderAreFound() {
        Certificate c = CooJson.strict().read("{\"goods\": [{\"hsCode\": \"851762\", \"seq\": 3}], \"type\": \"E\"}"
                .getBytes(StandardCharsets.UTF_8), Certificate.class, "t");
        assertThat(c.type()).isEqualTo("E");
        assertThat(c.goods().get(0).seq()).isEqualTo(3);
    }

    @Example
    void wrongShapesNameThePath() {
        assertThat(fails("{\"goods\": [1]}").location()).isEqualTo("goods[0]");
        assertThat(fails("{\"goods\": {}}").problem()).contains("expected a list");
        assertThat(fails("{\"goods\": [{\"seq\": 99999999999}]}").problem()).contains("out of range");
        assertThat(fails("{\"exporter\": {\"name\": [\"A\"]}}").location()).isEqualTo("exporter.name");
        assertThat(fails("{\"goods\": [{\"additionalQuantities\": [null]}]}").location()).isEqualTo("goods[0].additionalQuantities[0]");
        assertThat(fails("{\"type\": \"E\"} []").problem()).contains("trailing");
        assertThat(fails("null").problem()).contains("got null");
    }

    @Example
    void nullForAPrimitiveMeansItsDefault() {
        Certificate c = CooJson.strict().read("{\"goods\": [{\"seq\": null, \"nonGoodsItem\": null}]}".getBytes(StandardCharsets.UTF_8),
                Certificate.class, "t");
        assertThat(c.goods().get(0).seq()).isZero();
        assertThat(c.goods().get(0).nonGoodsItem()).isFalse();
    }
}
