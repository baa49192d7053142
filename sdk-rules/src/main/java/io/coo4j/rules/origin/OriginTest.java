package io.coo4j.rules.origin;

import io.coo4j.core.InvalidInputException;

/**
 * One test of an origin determination: {@code WO}, {@code PE}, {@code CC}, {@code CTH}, {@code CTSH}, {@code RVC},
 * {@code DE_MINIMIS}, {@code PSR}, {@code CONDITION} (a requirement the bill cannot show) or {@code VARIANT} (a
 * kind of product an annex row distinguishes), whether it passed, and its inputs and outcome in words.
 *
 * @param test   the test's name, e.g. {@code CTH}
 * @param passed whether the product passed it
 * @param detail the inputs and the outcome in words, e.g. which material kept the product from changing heading
 */
public record OriginTest(String test, boolean passed, String detail) {
    /** Refuses a missing name or detail: a test made must say which and why. */
    public OriginTest {
        InvalidInputException.requireArgument(test, "origin test", "test");
        InvalidInputException.requireArgument(detail, "origin test", "detail");
    }
}
