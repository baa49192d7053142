package io.coo4j.rules.rvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.coo4j.core.InvalidInputException;
import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.api.Test;

class RegionalValueContentTest {
    private static final RegionalValueContent RVC = RegionalValueContent.defaults();

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    /** DOMAIN §5: build-down (FOB − VNM) / FOB × 100; China–ASEAN threshold 40 (001 §1.4). */
    @Test
    void buildDownAgainstTheAseanThreshold() {
        RvcResult r = RVC.compute("02", RvcMethod.BUILD_DOWN, d("100.00"), d("35.00"), null);
        assertThat(r.rvc()).isEqualByComparingTo("65.00");
        assertThat(r.threshold()).isEqualByComparingTo("40");
        assertThat(r.passes()).isTrue();
        assertThat(r.formula()).isEqualTo("RVC = (FOB - VNM) / FOB x 100 = (100.00 - 35.00) / 100.00 x 100 = 65.00% >= 40%");
        assertThat(RVC.compute("02", RvcMethod.BUILD_DOWN, d("100.00"), d("60.01"), null).passes()).isFalse();
        assertThat(RVC.compute("02", RvcMethod.BUILD_DOWN, d("100.00"), d("60.00"), null).passes()).as("40.00 is enough").isTrue();
    }

    /** RCEP Art. 3.5 allows build-up; China–ASEAN does not. */
    @Test
    void buildUpWhereTheAgreementAllowsIt() {
        RvcResult r = RVC.compute("22", RvcMethod.BUILD_UP, d("90.00"), null, d("30.00"));
        assertThat(r.rvc()).isEqualByComparingTo("33.33");
        assertThat(r.passes()).isFalse();
        assertThatThrownBy(() -> RVC.compute("02", RvcMethod.BUILD_UP, d("90"), null, d("30")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("BUILD_DOWN");
    }

    /** China–Korea Art. 3.5: the formula is set, the thresholds are the product-specific rules'. */
    @Test
    void psrDrivenAgreementsHaveNoGeneralThreshold() {
        RvcResult r = RVC.compute("19", RvcMethod.BUILD_DOWN, d("200"), d("70"), null);
        assertThat(r.rvc()).isEqualByComparingTo("65.00");
        assertThat(r.threshold()).isNull();
        assertThat(r.passes()).isNull();
        assertThat(RVC.compute(RvcMethod.BUILD_DOWN, d("200"), d("70"), null, d("60")).passes()).isTrue();
        assertThatThrownBy(() -> RVC.compute("12", RvcMethod.BUILD_DOWN, d("1"), d("0"), null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("product-specific");
    }

    @Test
    void roundsHalfUpToTwoDecimals() {
        assertThat(RVC.compute(RvcMethod.BUILD_DOWN, d("3"), d("1"), null).rvc()).isEqualByComparingTo("66.67");
        assertThat(RVC.compute(RvcMethod.BUILD_UP, d("8"), null, d("1")).rvc()).isEqualByComparingTo("12.50");
    }

    @Test
    void badFiguresNameTheField() {
        assertThatThrownBy(() -> RVC.compute(RvcMethod.BUILD_DOWN, d("0"), d("0"), null)).hasMessageContaining("fob");
        assertThatThrownBy(() -> RVC.compute(RvcMethod.BUILD_DOWN, d("10"), null, null)).hasMessageContaining("vnm");
        assertThatThrownBy(() -> RVC.compute(RvcMethod.BUILD_UP, d("10"), null, d("-1"))).hasMessageContaining("vom");
        assertThatThrownBy(() -> RVC.compute(RvcMethod.BUILD_DOWN, d("1e999999999"), d("0"), null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("out of range");
    }

    /** More non-originating material never raises the build-down RVC. */
    @Property(tries = 500)
    void buildDownIsMonotonicInVnm(@ForAll @BigRange(min = "0.01", max = "1e9") @Scale(2) BigDecimal fob,
                                   @ForAll @BigRange(min = "0", max = "1e9") @Scale(2) BigDecimal a,
                                   @ForAll @BigRange(min = "0", max = "1e9") @Scale(2) BigDecimal b) {
        BigDecimal low = a.min(b);
        BigDecimal high = a.max(b);
        assertThat(RVC.compute(RvcMethod.BUILD_DOWN, fob, high, null).rvc())
                .isLessThanOrEqualTo(RVC.compute(RvcMethod.BUILD_DOWN, fob, low, null).rvc());
    }

    @Test
    void everyRuleCitesItsSource() {
        assertThat(RVC.rules()).hasSizeGreaterThanOrEqualTo(7).allSatisfy(r -> assertThat(r.source()).isNotBlank());
    }
}
