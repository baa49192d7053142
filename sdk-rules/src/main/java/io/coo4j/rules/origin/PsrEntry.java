package io.coo4j.rules.origin;

import io.coo4j.core.InvalidInputException;
import io.coo4j.core.hs.HsLevel;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A product-specific rule (产品特定原产地规则) as coo4j read it from an annex row: the code it covers (digits only) at
 * its level, the annex's HS version, the annex's own text, the rule read from it, or — when the text could not be
 * read — {@code rule} null and {@code problem} saying why (such a row never lets a product pass), notes on what was
 * read differently from the text (a corrected misprint), and where the row comes from.
 *
 * @param agreement the agreement's two-digit code
 * @param hsVersion the HS edition the annex is written in, e.g. {@code HS2012}
 * @param hsCode    the chapter, heading or subheading covered, digits only
 * @param level     the level of {@code hsCode}
 * @param ruleText  the annex's own text
 * @param rule      the rule read from it; null when it could not be read
 * @param problem   why the text could not be read; null when it was
 * @param notes     what was read differently from the text, and why; empty for none
 * @param sourceRef where the row comes from in the publisher's file; null when the pack does not say
 * @since 0.1
 */
public record PsrEntry(String agreement, String hsVersion, String hsCode, HsLevel level, String ruleText,
                       @Nullable OriginRule rule, @Nullable String problem, List<String> notes, @Nullable String sourceRef) {
    /** Copies the notes and refuses an entry with both or neither of a rule and a problem. */
    public PsrEntry {
        notes = InvalidInputException.requireList(notes, "PSR entry", "notes");
        if ((rule == null) == (problem == null)) {
            throw new InvalidInputException("PSR entry", rule == null ? "problem" : "rule",
                    "an entry has either a rule or the problem that kept it from being read");
        }
    }

    /** Whether the text was read into a rule. */
    public boolean parsed() {
        return rule != null;
    }

    /** The code with its dots: {@code 87}, {@code 87.03}, {@code 8703.21}. */
    public String dottedCode() {
        return OriginRule.HsRange.dotted(hsCode);
    }
}
