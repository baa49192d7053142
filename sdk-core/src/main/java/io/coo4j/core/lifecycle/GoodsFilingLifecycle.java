package io.coo4j.core.lifecycle;

import static io.coo4j.core.lifecycle.GoodsFilingOperation.*;
import static io.coo4j.core.lifecycle.GoodsFilingState.*;

/**
 * The goods-filing lifecycle (商品备案, 002). What 002 states: a filing is saved (保存) and declared (申报) for CCPIT's
 * review ("申报商品备案并提交贸促会机构审核"), and only approved filings serve certificates ("必须是已备案并审核通过的商品数据");
 * the query screen deletes (删除), copies (复制) and declares (申报); a sync (同步商品备案信息) brings the filings CCPIT
 * already holds, so a synced filing starts {@link GoodsFilingState#APPROVED}. What 002 leaves unsaid, and this table
 * infers from the certificate lifecycle of the same system: the returned state (退回), that a returned filing is edited
 * and declared again, that a declared filing is neither edited nor deleted while CCPIT reviews it, and that an approved
 * filing is not deleted (certificates rely on it) — a new filing, copied from it, is declared instead.
 */
public final class GoodsFilingLifecycle {
    /** The table; initial states: a new filing ({@code DRAFT}) and a synced one ({@code APPROVED}). */
    public static final TransitionTable<GoodsFilingState, GoodsFilingOperation> TABLE =
            TransitionTable.<GoodsFilingState, GoodsFilingOperation>builder("goods filing")
                    .states(GoodsFilingState.values())
                    .initial(DRAFT, APPROVED)
                    .on(EDIT).from(DRAFT, RETURNED).stay()
                    .on(DECLARE).from(DRAFT, RETURNED).to(DECLARED)
                    .on(APPROVE).from(DECLARED).to(APPROVED)
                    .on(RETURN).from(DECLARED).to(RETURNED)
                    .on(DELETE).from(DRAFT, RETURNED).to(REMOVED)
                    .on(COPY).from(DRAFT, DECLARED, APPROVED, RETURNED).stay()
                    .build();

    private GoodsFilingLifecycle() {
    }
}
