package io.coo4j.core.lifecycle;

import static io.coo4j.core.lifecycle.SupplementOperation.*;
import static io.coo4j.core.lifecycle.SupplementState.*;

/**
 * The declaration-number supplement lifecycle (001 ch.9): submitted, then 海关接收成功; a deleted
 * supplement "可以在补录界面重新查询补录". A second supplement of the same certificate (新增: 二次补录)
 * is a new record that starts as a draft.
 */
public final class SupplementLifecycle {
    /** The declaration-number supplement lifecycle's states and the operations allowed in each. */
    public static final TransitionTable<SupplementState, SupplementOperation> TABLE =
            TransitionTable.<SupplementState, SupplementOperation>builder("declaration-number supplement")
                    .states(SupplementState.values())
                    .initial(DRAFT)
                    .on(EDIT).from(DRAFT).stay()
                    .on(SUBMIT).from(DRAFT).to(SUBMITTED)
                    .on(CUSTOMS_ACCEPT).from(SUBMITTED).to(ACCEPTED)
                    .on(DELETE).from(ACCEPTED).to(DELETED)
                    .on(REDO).from(DELETED).to(DRAFT)
                    .build();

    private SupplementLifecycle() {
    }
}
