package io.coo4j.core.hs;

import io.coo4j.core.InvalidInputException;

/** The levels of the Harmonized System: chapter (2 digits), heading (4), subheading (6). */
public enum HsLevel {
    /** 章: the first two digits, e.g. {@code 84}. */
    CHAPTER(2),
    /** 品目: four digits, e.g. {@code 8471}. */
    HEADING(4),
    /** 子目: six digits, the most detailed level the HS itself defines, e.g. {@code 847130}. */
    SUBHEADING(6);

    private final int digits;

    HsLevel(int digits) {
        this.digits = digits;
    }

    /** How many digits a code of this level has. */
    public int digits() {
        return digits;
    }

    /** The level of a code with this many digits: 2, 4 or 6; any other number is an {@link InvalidInputException}. */
    public static HsLevel ofDigits(int digits) {
        return switch (digits) {
            case 2 -> CHAPTER;
            case 4 -> HEADING;
            case 6 -> SUBHEADING;
            default -> throw new InvalidInputException("HS level", "digits", "2, 4 or 6, found " + digits);
        };
    }
}
