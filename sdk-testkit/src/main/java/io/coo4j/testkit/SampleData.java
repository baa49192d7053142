package io.coo4j.testkit;

import io.coo4j.core.model.Certificate;
import io.coo4j.core.model.Declarant;
import io.coo4j.core.model.GoodsItem;
import io.coo4j.core.model.GoodsProducer;
import io.coo4j.core.model.MaterialLine;
import io.coo4j.core.model.Packages;
import io.coo4j.core.model.Party;
import io.coo4j.core.model.ProductPreReview;
import io.coo4j.core.model.Quantity;
import io.coo4j.core.model.Transport;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Documents that pass every rule of sdk-rules, for tests and demos: edit a copy ({@code toBuilder()}) to make the
 * one fault a test needs. The enterprise, declarant and addresses are invented. Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class SampleData {
    private SampleData() {
    }

    /**
     * A China–ASEAN certificate (Form E, type {@code E}) to Singapore, one goods line of network switches under the
     * product-specific rule, without a number (the service issues it).
     */
    public static Certificate certificate() {
        return Certificate.builder()
                .type("E")
                .filingNumber("456500999")
                .creditCode("91440300456500999G")
                .enterpriseNameCn("深圳示例有限公司")
                .invoiceNumber("INV-2025-001")
                .invoiceDate(LocalDate.of(2025, 10, 1))
                .applicationDate(LocalDate.of(2025, 10, 2))
                .applicationPlace("SHENZHEN")
                .issuingAuthority("5300")
                .collectingAuthority("5300")
                .declarant(new Declarant("张三", "440301199001011234", "13800000000"))
                .exporter(Party.builder().name("SHENZHEN EXAMPLE CO., LTD.").address("NO.1 EXAMPLE ROAD, SHENZHEN, CHINA")
                        .country("CN").phone("+86-755-88888888").fax("+86-755-88888889").email("EXPORT@EXAMPLE.COM").build())
                .consignee(Party.of("EXAMPLE PTE. LTD.", "1 EXAMPLE STREET, SINGAPORE", "SG"))
                .destinationCountry("SG")
                .transport(Transport.builder().departureDate(LocalDate.of(2025, 10, 5)).portOfLoading("SHENZHEN")
                        .portOfDischarge("SINGAPORE").mode("SEA").vesselVoyage("EVER GIVEN V.001")
                        .details("FROM SHENZHEN, CHINA TO SINGAPORE BY SEA").build())
                .tradeMode("GENERAL_TRADE")
                .priceTerm("FOB")
                .currency("USD")
                .totalAmount(new BigDecimal("1000.00"))
                .marks("N/M")
                .addGoods(GoodsItem.builder().seq(1).hsCode("851762").nameCn("网络交换机").nameEn("NETWORK SWITCH")
                        .description("NETWORK SWITCHES").packages(new Packages(10L, "CARTONS", true))
                        .quantity(new Quantity(new BigDecimal("100"), "PCS"))
                        .additionalQuantities(List.of(new Quantity(new BigDecimal("100"), "PCS"))).unitPrice(new BigDecimal("10.00"))
                        .invoiceValue(new BigDecimal("1000.00")).fobValue(new BigDecimal("1000.00"))
                        .originCriterion("PSR").originSubCriterion("RVC").importContentPercent(new BigDecimal("35"))
                        .producer(GoodsProducer.builder().code("456500999").name("SHENZHEN EXAMPLE CO., LTD.").build())
                        .build())
                .build();
    }

    /** A product pre-review of a wooden chair with imported oak that meets the six cost constraints. */
    public static ProductPreReview preReview() {
        return ProductPreReview.builder().productNameCn("木制椅子").productNameEn("WOODEN CHAIR").hsCode("940161")
                .unit("PCS").currency("USD").unitFobValue(new BigDecimal("100.00")).unitExFactoryPrice(new BigDecimal("90.00"))
                .containsImported(true)
                .materials(List.of(MaterialLine.builder().name("OAK BOARD").hsCode("440791").originCountry("RU")
                        .unitPrice(new BigDecimal("6.00")).usagePerUnit(new BigDecimal("5")).originatingValue(BigDecimal.ZERO)
                        .nonOriginatingValue(new BigDecimal("30.00")).build()))
                .build();
    }
}
