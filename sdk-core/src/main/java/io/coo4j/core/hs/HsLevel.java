package io.coo4j.core.hs;

/** The levels of the Harmonized System: chapter (2 digits), heading (4), subheading (6). */
public enum HsLevel {
    CHAPTER(2), HEADING(4), SUBHEADING(6);

    private final int digits;

    HsLevel(int digits) {
        this.digits = digits;
    }

    public int digits() {
        return digits;
    }

    /** The level of a code with this many digits. */
    public static HsLevel ofDigits(int digits) {
        return switch (digits) {
            case 2 -> CHAPTER;
            case 4 -> HEADING;
            case 6 -> SUBHEADING;
            default -> throw new IllegalArgumentException("no HS level has " + digits + " digits");
        };
    }
}
