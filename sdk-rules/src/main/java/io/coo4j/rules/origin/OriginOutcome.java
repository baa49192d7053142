package io.coo4j.rules.origin;

/**
 * The answer of an origin determination under one agreement.
 *
 * @since 0.1
 */
public enum OriginOutcome {
    /** The product qualifies on what the bill of materials shows. */
    QUALIFIES,
    /**
     * The product qualifies if the conditions the answer quotes hold: requirements of the annex that a bill of
     * materials cannot show (同时要求…), or the kind of product an annex row distinguishes (对于…).
     */
    QUALIFIES_IF,
    /** The product does not qualify; the trace says which test failed. */
    DOES_NOT_QUALIFY,
    /**
     * coo4j cannot decide: no rule for the product, an annex row it could not read, or a code outside the annex's HS
     * edition. Never read as qualifying.
     */
    NOT_DETERMINED
}
