package io.coo4j.core.reference;

/** Which goods fields a certificate type uses (docs/domain.md). */
public enum GoodsProfile {
    /** §1.1: HS code, names, packages, quantities, price, producer; no origin criterion. */
    GENERAL,
    /** §1.3: + origin criterion (required unless a non-goods item). */
    CRITERION,
    /** §1.2: criterion chosen per destination; {@code W} takes the heading as {@code XX.XX}. */
    GSP,
    /** §1.4: criterion, PSR sub-criterion, auxiliary and import-content share. */
    ASEAN,
    /** §1.25: criterion + the invoice each line belongs to + the tariff-rate flag. */
    RCEP,
    /** §1.17–1.18: each line carries its country of origin. */
    ORIGIN_COUNTRY,
    /** §1.16, §1.21: gross weight, net weight and weight unit required. */
    WEIGHTS;

    /** Whether goods lines of this profile carry an origin criterion (原产地标准). */
    public boolean carriesOriginCriterion() {
        return this == CRITERION || this == GSP || this == ASEAN || this == RCEP;
    }
}
