package io.coo4j.core.lifecycle;

import static io.coo4j.core.lifecycle.BlankFormOperation.*;
import static io.coo4j.core.lifecycle.BlankFormState.*;

/**
 * The blank-form lifecycle (001 ch.8): only unused forms may be consumed (核销) or voided (作废);
 * each submission gets a receipt ("空白证单回执") that accepts or refuses it.
 */
public final class BlankFormLifecycle {
    /** The blank-form lifecycle's states and the operations allowed in each. */
    public static final TransitionTable<BlankFormState, BlankFormOperation> TABLE =
            TransitionTable.<BlankFormState, BlankFormOperation>builder("blank form")
                    .states(BlankFormState.values())
                    .initial(UNUSED)
                    .on(CONSUME).from(UNUSED).to(CONSUME_SUBMITTED)
                    .on(BlankFormOperation.VOID).from(UNUSED).to(VOID_SUBMITTED)
                    .on(CUSTOMS_ACCEPT).from(CONSUME_SUBMITTED).to(CONSUMED)
                    .on(CUSTOMS_ACCEPT).from(VOID_SUBMITTED).to(VOIDED)
                    .on(CUSTOMS_REJECT).from(CONSUME_SUBMITTED, VOID_SUBMITTED).to(UNUSED)
                    .build();

    private BlankFormLifecycle() {
    }
}
