/**
 * Lifecycles as explicit transition tables ({@link io.coo4j.core.lifecycle.TransitionTable}): certificate,
 * agent record, product pre-review, verification, blank form, declaration-number supplement and
 * self-print. Each table answers {@code allowed(state, operation)}, and {@code apply} refuses a forbidden
 * operation with an {@link io.coo4j.core.lifecycle.IllegalTransitionException} naming both.
 * The tables are immutable and shared.
 */
@NullMarked
package io.coo4j.core.lifecycle;

import org.jspecify.annotations.NullMarked;
