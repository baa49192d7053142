package io.coo4j.rules.prereview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.coo4j.core.model.MaterialLine;
import io.coo4j.core.model.ProductPreReview;
import io.coo4j.core.model.VerificationRecord;
import io.coo4j.core.validation.Violation;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** 001 ch.6 and ch.7: the six constraints in the manual's words, and the example of FORMATS.md. */
class PreReviewCheckerTest {
    private static final PreReviewChecker CHECKER = PreReviewChecker.defaults();

    static ProductPreReview chair(String fob, String exFactory, Boolean imported, MaterialLine... lines) {
        return new ProductPreReview("木制椅子", "WOODEN CHAIR", "940161", "PCS", "USD", new BigDecimal(fob),
                new BigDecimal(exFactory), imported, List.of(lines));
    }

    static MaterialLine line(String price, String usage, String originating, String nonOriginating) {
        return new MaterialLine("OAK BOARD", "440791", "RU", new BigDecimal(price), new BigDecimal(usage),
                new BigDecimal(originating), new BigDecimal(nonOriginating));
    }

    @Test
    void theFormatsExampleIsValidWithItsTwoShares() {
        PreReviewCheck c = CHECKER.check(chair("100.00", "90.00", true, line("6.00", "5", "0", "30.00")));
        assertThat(c.violations()).isEmpty();
        assertThat(c.valid()).isTrue();
        assertThat(c.nonOriginatingShareOfExFactory()).isEqualByComparingTo("33.33");
        assertThat(c.nonOriginatingShareOfFob()).isEqualByComparingTo("30.00");
    }

    /** (1) 单位产品FOB值应不小于单位产品出厂价. */
    @Test
    void unitFobBelowExFactoryPriceIsRefused() {
        assertThat(CHECKER.check(chair("89.99", "90.00", true, line("6.00", "5", "0", "30.00"))).violations())
                .extracting(Violation::code, Violation::path)
                .containsExactly(tuple("PREREVIEW_FOB_BELOW_EX_FACTORY_PRICE", "unitFobValue"));
        assertThat(CHECKER.check(chair("90.00", "90.00", true, line("6.00", "5", "0", "30.00"))).valid()).as("equal is fine").isTrue();
    }

    /** (2) and (3): materials not over the ex-factory price nor the FOB value. */
    @Test
    void materialsOverExFactoryPriceOrFobAreRefused() {
        PreReviewCheck c = CHECKER.check(chair("94.00", "90.00", true, line("19.00", "5", "40.00", "55.00")));
        assertThat(c.violations()).extracting(Violation::code)
                .containsExactlyInAnyOrder("PREREVIEW_MATERIALS_OVER_EX_FACTORY_PRICE", "PREREVIEW_MATERIALS_OVER_FOB");
        assertThat(CHECKER.check(chair("100.00", "90.00", true, line("19.00", "5", "40.00", "55.00"))).violations())
                .extracting(Violation::code).containsExactly("PREREVIEW_MATERIALS_OVER_EX_FACTORY_PRICE");
        assertThat(c.violations().get(0).message()).contains("95.00");
        assertThat(CHECKER.check(chair("100.00", "90.00", true, line("18.00", "5", "40.00", "50.00"))).valid()).isTrue();
    }

    /** (4) 选择“是”时 非原产价值总值不能为0; (5) 选择“否”时 必须为0. */
    @Test
    void importedContentAndNonOriginatingValueAgree() {
        assertThat(CHECKER.check(chair("100.00", "90.00", true, line("6.00", "5", "30.00", "0"))).violations())
                .extracting(Violation::code).containsExactly("PREREVIEW_IMPORTED_WITHOUT_NON_ORIGINATING_VALUE");
        PreReviewCheck no = CHECKER.check(chair("100.00", "90.00", false, line("6.00", "5", "0", "30.00")));
        assertThat(no.violations()).extracting(Violation::code).containsExactly("PREREVIEW_NON_ORIGINATING_VALUE_WITHOUT_IMPORTS");
        assertThat(no.violations().get(0).messageZh()).contains("必须为0");
        assertThat(CHECKER.check(chair("100.00", "90.00", false, line("6.00", "5", "30.00", "0"))).valid()).isTrue();
    }

    /** (6) 原料单价×单位产品用料=原料原产价值+原料非原产价值, per line. */
    @Test
    void eachLinesValueIsUnitPriceTimesUsage() {
        PreReviewCheck c = CHECKER.check(chair("100.00", "90.00", true, line("6.00", "5", "0", "30.00"),
                line("2.00", "3", "1.00", "4.00")));
        assertThat(c.violations()).extracting(Violation::code, Violation::path)
                .containsExactly(tuple("PREREVIEW_MATERIAL_VALUE_MISMATCH", "materials[1]"));
        assertThat(c.violations().get(0).message()).isEqualTo("Unit price 2.00 × usage 3 = 6.00, but originating plus non-originating value is 5.00");
        assertThat(CHECKER.check(chair("100.00", "90.00", true, line("0.333", "3", "0", "1.00"))).valid())
                .as("0.999 entered in cents is 1.00").isTrue();
    }

    @Test
    void missingFiguresAreNamedNotComputed() {
        ProductPreReview p = new ProductPreReview("木制椅子", "WOODEN CHAIR", "940161", "PCS", "USD", null, new BigDecimal("90"),
                null, List.of(new MaterialLine("OAK", "440791", "RU", null, BigDecimal.ONE, BigDecimal.ZERO, BigDecimal.ZERO)));
        PreReviewCheck c = CHECKER.check(p);
        assertThat(c.violations()).extracting(Violation::code, Violation::path).containsExactlyInAnyOrder(
                tuple("REQUIRED", "unitFobValue"), tuple("REQUIRED", "containsImported"), tuple("REQUIRED", "materials[0].unitPrice"));
        assertThat(c.nonOriginatingShareOfFob()).isNull();
    }

    /** 001 ch.7: the verification's product cost details obey the same six constraints. */
    @Test
    void verificationProductCostsUseTheSameChecks() {
        VerificationRecord r = new VerificationRecord("V1", "E254565009990001", null, List.of(), List.of(),
                List.of(chair("100.00", "90.00", true, line("6.00", "5", "0", "30.00")), chair("80.00", "90.00", true,
                        line("6.00", "5", "0", "30.00"))), List.of());
        assertThat(CHECKER.check(r).violations()).extracting(Violation::code, Violation::path)
                .containsExactly(tuple("PREREVIEW_FOB_BELOW_EX_FACTORY_PRICE", "productCosts[1].unitFobValue"));
    }
}
