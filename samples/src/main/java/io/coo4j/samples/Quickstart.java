package io.coo4j.samples;

import io.coo4j.core.model.Certificate;
import io.coo4j.core.model.GoodsItem;
import io.coo4j.core.model.Party;
import io.coo4j.core.validation.ValidationReport;
import io.coo4j.rules.CertificateValidator;
import io.coo4j.rules.ValidationPurpose;
import java.math.BigDecimal;

/**
 * The README's quickstart, compiled and run by {@code QuickstartTest} so it cannot rot. It validates with
 * {@link CertificateValidator}, as the Single Window would: its certificate is a draft that may be saved but not yet
 * declared, and it prints what declaring still needs rather than a "valid" that only the field checks would give.
 */
public final class Quickstart {
    private Quickstart() {
    }

    public static void main(String[] args) {
        // README:quickstart:begin
        Certificate draft = Certificate.builder()
                .type("E").filingNumber("456500999").creditCode("91440300456500999G").enterpriseNameCn("深圳示例有限公司")
                .exporter(Party.of("SHENZHEN EXAMPLE CO., LTD.", "NO.1 EXAMPLE ROAD, SHENZHEN, CHINA", "CN"))
                .consignee(Party.of("EXAMPLE PTE. LTD.", "1 EXAMPLE STREET, SINGAPORE", "SG"))
                .destinationCountry("SG")
                .addGoods(GoodsItem.builder().seq(1).hsCode("851762").nameEn("NETWORK SWITCH")
                        .originCriterion("PSR").fobValue(new BigDecimal("1000.00")).build())
                .build();
        CertificateValidator validator = CertificateValidator.defaults();
        System.out.println("save (暂存): " + (validator.validate(draft, ValidationPurpose.SAVE).valid() ? "valid" : "invalid"));
        ValidationReport report = validator.validate(draft); // declare (申报): every rule
        System.out.println("declare (申报): " + (report.valid() ? "valid" : "invalid"));
        report.violations().forEach(v -> System.out.println("  " + v.severity() + " " + v.path() + ": " + v.message()));
        report.notChecked().forEach(n -> System.out.println("  not checked " + n.check() + ": " + n.reason()));
        // README:quickstart:end
    }
}
