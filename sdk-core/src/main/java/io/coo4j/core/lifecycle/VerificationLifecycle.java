package io.coo4j.core.lifecycle;

import static io.coo4j.core.lifecycle.VerificationOperation.*;
import static io.coo4j.core.lifecycle.VerificationState.*;

/**
 * The verification-interaction lifecycle (核查互动, 001 ch.7): "仅待核查和退回核查状态的核查记录单可进行处理操作";
 * submitting sends the record, and once the customs receives it the state is 核查中.
 * The customs then returns it (退回核查) or closes it.
 */
public final class VerificationLifecycle {
    /** The verification lifecycle's states and the operations allowed in each. */
    public static final TransitionTable<VerificationState, VerificationOperation> TABLE =
            TransitionTable.<VerificationState, VerificationOperation>builder("verification")
                    .states(VerificationState.values())
                    .initial(TO_VERIFY)
                    .on(PROCESS).from(TO_VERIFY, RETURNED).stay()
                    .on(SUBMIT).from(TO_VERIFY, RETURNED).to(SUBMITTED)
                    .on(CUSTOMS_RECEIVE).from(SUBMITTED).to(IN_VERIFICATION)
                    .on(CUSTOMS_RETURN).from(IN_VERIFICATION).to(VerificationState.RETURNED)
                    .on(COMPLETE).from(IN_VERIFICATION).to(COMPLETED)
                    .build();

    private VerificationLifecycle() {
    }
}
