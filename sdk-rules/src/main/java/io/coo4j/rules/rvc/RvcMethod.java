package io.coo4j.rules.rvc;

/** How regional value content is computed, both on the FOB value (all agreements here use FOB). */
public enum RvcMethod {
    /** Build-down (扣减法): (FOB − VNM) / FOB × 100, VNM the value of non-originating materials. */
    BUILD_DOWN,
    /** Build-up (累加法): VOM / FOB × 100, VOM the value of originating materials (and content). */
    BUILD_UP
}
