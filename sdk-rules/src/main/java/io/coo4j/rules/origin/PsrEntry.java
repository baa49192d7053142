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
 * @since 0.1
 */
public record PsrEntry(String agreement, String hsVersion, String hsCode, HsLevel level, String ruleText,
    /** Copies the notes and refuses an entry with both or neither of a rule and a problem. */
                       @Nullable OriginRule rule, @Nullable String problem, List<String> notes, @Nullable String sourceRef) {
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
