package io.coo4j.core.validation;

import io.coo4j.core.InvalidInputException;

/**
 * A check that was not made because the SDK lacks what it needs (typically a data-pack table), e.g.
 * {@code HS_CODE_EXISTS} without a nomenclature. Never counted as passed.
 *
 * @param check the check's code, e.g. {@code HS_CODE_EXISTS}
 * @param reason why it could not be made
 */
public record NotChecked(String check, String reason) {
    /** Refuses a missing check or reason: an unmade check must say which it is and why. */
    public NotChecked {
        InvalidInputException.requireArgument(check, "NotChecked", "check");
        InvalidInputException.requireArgument(reason, "NotChecked", "reason");
    }
}
