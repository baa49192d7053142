package io.coo4j.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OriginCriteriaTest {
    /** 001 §1.4: China–ASEAN's criteria are WO, PE, PSR (with RVC / CTC / PROCESS) and CTH, or none. */
    @Test
    void listsChinaAseanCriteriaWithoutTheEmptyOne() {
        assertThat(OriginCriteria.codes("E")).containsExactly("WO", "PE", "PSR", "CTH");
        assertThat(OriginCriteria.subCriteria("E")).containsExactly("RVC", "CTC", "PROCESS");
    }

    @Test
    void aTypeWithoutAConfirmedListHasNone() {
        assertThat(OriginCriteria.codes("C")).isEmpty();
        assertThat(OriginCriteria.subCriteria("G")).isEmpty();
        assertThat(OriginCriteria.codes("NOPE")).isEmpty();
    }
}
