package io.coo4j.core.reference;

/**
 * Which goods fields a certificate type uses: the section its goods special fields refer to in the manual
 * (货物信息特殊字段参见 1.x, see {@link ManualReference}).
 */
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
    /**
     * §1.16, §1.21: §1.3's origin criterion, and gross weight, net weight and weight unit required
     * (货物毛重、货物净重、重量单位等字段带黄色底纹为必填字段).
     */
    WEIGHTS;

    /** Whether goods lines of this profile carry an origin criterion (原产地标准). */
    public boolean carriesOriginCriterion() {
        return this != GENERAL;
    }
}
