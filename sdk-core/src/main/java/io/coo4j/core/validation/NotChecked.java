package io.coo4j.core.validation;

/**
 * A check that was not made because the SDK lacks what it needs (typically a data-pack table), e.g.
 * {@code HS_CODE_EXISTS} without a nomenclature. Never counted as passed.
 *
 * @param check the check's code, e.g. {@code HS_CODE_EXISTS}
 * @param reason why it could not be made
 */
public record NotChecked(String check, String reason) {
}
