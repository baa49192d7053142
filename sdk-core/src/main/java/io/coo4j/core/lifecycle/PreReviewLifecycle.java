package io.coo4j.core.lifecycle;

import static io.coo4j.core.lifecycle.ApplicationStatus.APPROVED;
import static io.coo4j.core.lifecycle.ApplicationStatus.DRAFT;
import static io.coo4j.core.lifecycle.ApplicationStatus.REJECTED;
import static io.coo4j.core.lifecycle.ApplicationStatus.SUBMITTED;
import static io.coo4j.core.lifecycle.PreReviewOperation.*;

import io.coo4j.core.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * The product pre-review lifecycle (产品预审, 001 ch.6; 004, the newer, where they differ):
 * <ul>
 *   <li>modify: a new draft only;</li>
 *   <li>change: (正常, 通过), (变更, 通过), (变更, 暂存), (注销, 暂存), (删除, 暂存);</li>
 *   <li>cancel (004): (正常, 通过), (变更, 通过), (变更, 暂存), (删除, 暂存); restore: from cancelled;</li>
 *   <li>delete: (新增, 暂存), (新增, 不通过) are removed locally; (正常, 通过), (变更, 暂存), (变更, 通过),
 *       (注销, 暂存), (恢复, 暂存) become a deletion request;</li>
 *   <li>a rejected change, cancel or delete goes back to the approved record before it
 *       ("数据显示为注销前状态"); a rejected restore stays cancelled ("数据显示为注销状态");</li>
 *   <li>while any record of the enterprise is submitted and not reviewed, no add, modify, change,
 *       cancel, restore or delete is allowed ("若存在已提交且未审核的产品预审信息时 … 不允许").</li>
 * </ul>
 * 001 also lists (注销, 不通过) as deletable; under 004's rule a rejected cancel goes back to the state
 * before it, so that state cannot arise and is not declared. An approved change and an approved restore
 * behave as (正常, 通过) for every later operation; the table keeps (变更, 通过) as the manuals show it.
 */
public final class PreReviewLifecycle {
    private static final PreReviewState NEW_DRAFT = PreReviewState.of(PreReviewStatus.NEW, DRAFT);
    private static final PreReviewState NEW_SUBMITTED = PreReviewState.of(PreReviewStatus.NEW, SUBMITTED);
    private static final PreReviewState NEW_REJECTED = PreReviewState.of(PreReviewStatus.NEW, REJECTED);
    private static final PreReviewState NORMAL = PreReviewState.of(PreReviewStatus.NORMAL, APPROVED);
    private static final PreReviewState CHANGE_DRAFT = PreReviewState.of(PreReviewStatus.CHANGE, DRAFT);
    private static final PreReviewState CHANGE_SUBMITTED = PreReviewState.of(PreReviewStatus.CHANGE, SUBMITTED);
    private static final PreReviewState CHANGE_APPROVED = PreReviewState.of(PreReviewStatus.CHANGE, APPROVED);
    private static final PreReviewState CANCEL_DRAFT = PreReviewState.of(PreReviewStatus.CANCELLED, DRAFT);
    private static final PreReviewState CANCEL_SUBMITTED = PreReviewState.of(PreReviewStatus.CANCELLED, SUBMITTED);
    private static final PreReviewState CANCELLED = PreReviewState.of(PreReviewStatus.CANCELLED, APPROVED);
    private static final PreReviewState RESTORE_DRAFT = PreReviewState.of(PreReviewStatus.RESTORE, DRAFT);
    private static final PreReviewState RESTORE_SUBMITTED = PreReviewState.of(PreReviewStatus.RESTORE, SUBMITTED);
    private static final PreReviewState DELETE_DRAFT = PreReviewState.of(PreReviewStatus.DELETE, DRAFT);
    private static final PreReviewState DELETE_SUBMITTED = PreReviewState.of(PreReviewStatus.DELETE, SUBMITTED);
    private static final PreReviewState REMOVED = PreReviewState.REMOVED;

    /** The product pre-review (产品预审) lifecycle's states and the operations allowed in each. */
    public static final TransitionTable<PreReviewState, PreReviewOperation> TABLE =
            TransitionTable.<PreReviewState, PreReviewOperation>builder("product pre-review")
                    .states(NEW_DRAFT, NEW_SUBMITTED, NEW_REJECTED, NORMAL, CHANGE_DRAFT, CHANGE_SUBMITTED,
                            CHANGE_APPROVED, CANCEL_DRAFT, CANCEL_SUBMITTED, CANCELLED, RESTORE_DRAFT,
                            RESTORE_SUBMITTED, DELETE_DRAFT, DELETE_SUBMITTED, REMOVED)
                    .initial(NEW_DRAFT)
                    .on(MODIFY).from(NEW_DRAFT).stay()
                    .on(CHANGE).from(NORMAL, CHANGE_APPROVED, CHANGE_DRAFT, CANCEL_DRAFT, DELETE_DRAFT).to(CHANGE_DRAFT)
                    .on(CANCEL).from(NORMAL, CHANGE_APPROVED, CHANGE_DRAFT, DELETE_DRAFT).to(CANCEL_DRAFT)
                    .on(RESTORE).from(CANCELLED).to(RESTORE_DRAFT)
                    .on(DELETE).from(NEW_DRAFT, NEW_REJECTED).to(REMOVED)
                    .on(DELETE).from(NORMAL, CHANGE_DRAFT, CHANGE_APPROVED, CANCEL_DRAFT, RESTORE_DRAFT).to(DELETE_DRAFT)
                    .on(SUBMIT).from(NEW_DRAFT).to(NEW_SUBMITTED)
                    .on(SUBMIT).from(CHANGE_DRAFT).to(CHANGE_SUBMITTED)
                    .on(SUBMIT).from(CANCEL_DRAFT).to(CANCEL_SUBMITTED)
                    .on(SUBMIT).from(RESTORE_DRAFT).to(RESTORE_SUBMITTED)
                    .on(SUBMIT).from(DELETE_DRAFT).to(DELETE_SUBMITTED)
                    .on(APPROVE).from(NEW_SUBMITTED).to(NORMAL)
                    .on(APPROVE).from(CHANGE_SUBMITTED).to(CHANGE_APPROVED)
                    .on(APPROVE).from(CANCEL_SUBMITTED).to(CANCELLED)
                    .on(APPROVE).from(RESTORE_SUBMITTED).to(NORMAL)
                    .on(APPROVE).from(DELETE_SUBMITTED).to(REMOVED)
                    .on(REJECT).from(NEW_SUBMITTED).to(NEW_REJECTED)
                    .on(REJECT).from(CHANGE_SUBMITTED, CANCEL_SUBMITTED, DELETE_SUBMITTED).to(NORMAL)
                    .on(REJECT).from(RESTORE_SUBMITTED).to(CANCELLED)
                    .build();

    private PreReviewLifecycle() {
    }

    /** The state of a newly added record. */
    public static PreReviewState initial() {
        return NEW_DRAFT;
    }

    /**
     * Whether {@code operation} may be done on a record in {@code state}, given whether any record of the
     * enterprise is submitted and not yet reviewed. As {@link TransitionTable#allowed}: a {@code null} state or
     * operation (a record without one) is never allowed.
     */
    public static boolean allowed(@Nullable PreReviewState state, @Nullable PreReviewOperation operation,
            boolean submissionPending) {
        return !(submissionPending && operation != null && operation.blockedByPendingSubmission())
                && TABLE.allowed(state, operation);
    }

    /**
     * Applies {@code operation}, refusing it while a submission is pending (for the operations that blocks)
     * and wherever the table does not allow it.
     *
     * @throws IllegalTransitionException naming the state and the operation
     */
    public static PreReviewState apply(PreReviewState state, PreReviewOperation operation, boolean submissionPending) {
        InvalidInputException.requireArgument(operation, TABLE.name(), "operation");
        if (submissionPending && operation.blockedByPendingSubmission()) {
            throw new IllegalTransitionException(TABLE.name(), state, operation,
                    "another product pre-review is submitted and not yet reviewed");
        }
        return TABLE.apply(state, operation);
    }

    /**
     * Checks that a new record may be added now: not while a submission is pending.
     *
     * @throws IllegalTransitionException when a submission is pending
     */
    public static PreReviewState add(boolean submissionPending) {
        if (submissionPending) {
            throw new IllegalTransitionException(TABLE.name(), "(none)", "ADD",
                    "another product pre-review is submitted and not yet reviewed");
        }
        return NEW_DRAFT;
    }
}
