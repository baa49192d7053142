package io.coo4j.core.lifecycle;

import static io.coo4j.core.lifecycle.GoodsFilingOperation.*;
import static io.coo4j.core.lifecycle.GoodsFilingState.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The goods-filing table (002 商品备案): what the manual says, and what coo4j infers where it is silent. */
class GoodsFilingLifecycleTest {
    private static final TransitionTable<GoodsFilingState, GoodsFilingOperation> T = GoodsFilingLifecycle.TABLE;

    @Test
    void savedFilingIsDeclaredAndApprovedOrReturnedAndDeclaredAgain() {
        // 002: "申请优惠原产地证书前，需要先申报商品备案并提交贸促会机构审核"
        assertThat(T.apply(T.apply(DRAFT, DECLARE), APPROVE)).isEqualTo(APPROVED);
        GoodsFilingState returned = T.apply(T.apply(DRAFT, DECLARE), RETURN);
        assertThat(T.apply(returned, EDIT)).isEqualTo(RETURNED);
        assertThat(T.apply(returned, DECLARE)).isEqualTo(DECLARED);
    }

    @Test
    void syncedFilingStartsApproved() {
        // 002 数据同步: "同步企业在贸促会已备案的商品信息，以便直接申请优惠原产地证"
        assertThat(T.initialStates()).containsExactly(DRAFT, APPROVED);
    }

    @Test
    void declaredFilingIsNeitherEditedNorDeletedAndApprovedOneOnlyCopied() {
        assertThatThrownBy(() -> T.apply(DECLARED, EDIT)).isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("DECLARED").hasMessageContaining("EDIT");
        assertThat(T.allowed(DECLARED, DELETE)).isFalse();
        assertThat(T.allowedOperations(APPROVED)).containsExactly(COPY);
        assertThat(T.allowedOperations(REMOVED)).isEmpty();
    }
}
