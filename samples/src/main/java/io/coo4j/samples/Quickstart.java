package io.coo4j.samples;

import io.coo4j.core.json.CooJson;
import io.coo4j.core.model.Certificate;
import io.coo4j.core.model.GoodsItem;
import io.coo4j.core.model.Party;
import io.coo4j.core.validation.FieldValidator;
import io.coo4j.core.validation.ValidationReport;
import java.math.BigDecimal;

/** The README's quickstart, compiled and run by {@code QuickstartTest} so it cannot rot. */
public final class Quickstart {
    private Quickstart() {
    }

    public static void main(String[] args) {
        // README:quickstart:begin
        Certificate certificate = Certificate.builder()
                .type("E").filingNumber("456500999").creditCode("91440300456500999G")
                .exporter(Party.of("SHENZHEN EXAMPLE CO., LTD.", "NO.1 EXAMPLE ROAD, SHENZHEN, CHINA", "CN"))
                .consignee(Party.of("EXAMPLE PTE. LTD.", "1 EXAMPLE STREET, SINGAPORE", "SG"))
                .destinationCountry("SG")
                .addGoods(GoodsItem.builder().seq(1).hsCode("851762").nameEn("NETWORK SWITCH")
                        .originCriterion("PSR").fobValue(new BigDecimal("1000.00")).build())
                .build();
        ValidationReport report = FieldValidator.defaults().validate(certificate);
        System.out.println(report.valid() ? "valid" : "invalid: " + report.violations());
        System.out.print(CooJson.strict().write(certificate));
        // README:quickstart:end
    }
}
