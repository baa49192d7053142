package io.coo4j.core.hs;

import org.jspecify.annotations.Nullable;

/**
 * One code of a nomenclature: chapter, heading or subheading, with its description, its parent (null for
 * a chapter) and its section (Roman numeral).
 *
 * @param code the code: 2, 4 or 6 digits
 * @param level chapter, heading or subheading
 * @param description the nomenclature's description
 * @param parent the code of the enclosing level, {@code null} for a chapter
 * @param section the section, a Roman numeral
 */
public record HsEntry(String code, HsLevel level, String description, @Nullable String parent, String section) {

    /** The code with dots as people write it: {@code 85}, {@code 85.17}, {@code 8517.62}. */
    public String dotted() {
        return switch (level) {
            case CHAPTER -> code;
            case HEADING -> code.substring(0, 2) + "." + code.substring(2);
            case SUBHEADING -> code.substring(0, 4) + "." + code.substring(4);
        };
    }
}
