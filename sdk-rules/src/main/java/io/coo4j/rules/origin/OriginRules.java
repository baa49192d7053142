package io.coo4j.rules.origin;

import io.coo4j.core.InvalidInputException;
import io.coo4j.core.hs.HsLevel;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads coo4j's rule syntax (the format of {@code psr-lines.json} and {@code origin.json}):
 * <pre>
 * text    := variant (";" variant)* | rule
 * variant := "FOR" string ":" rule
 * rule    := all ("or" all)*
 * all     := atom ("and" atom)*
 * atom    := "(" rule ")" | "WO" | shift ["except" range ("," range)*] | "RVC(" number ")" | "REQUIRE" string
 * shift   := "CC" | "CTH" | "CTSH"
 * range   := code ["-" code]     code: 44 | 52.05 | 8517.62 (dots optional)
 * string  := '"' text with \" and \\ escaped '"'
 * </pre>
 * Keywords are case-insensitive. A malformed rule is an {@link InvalidInputException} naming the position.
 * The annexes' Chinese texts are read by {@link #parseAnnexText}. Thread-safe.
 */
public final class OriginRules {
    private final String text;
    private int pos;

    private OriginRules(String text) {
        this.text = text;
    }

    /**
     * Reads a rule in coo4j's syntax.
     *
     * @throws InvalidInputException naming the rule, the position and what was expected, when the text is not a rule
     */
    public static OriginRule parse(String text) {
        OriginRules p = new OriginRules(InvalidInputException.requireArgument(text, "OriginRules.parse", "text"));
        OriginRule rule = p.text();
        p.skipSpace();
        if (p.pos != text.length()) {
            throw p.error("unexpected \"" + text.substring(p.pos) + "\"");
        }
        return rule;
    }

    /**
     * Reads a product-specific rule as China's annexes write it in Chinese (品目改变；或者区域价值成分40%, 从任何其他章改变至此，
     * 由第7章改变至此除外, …) into the same rules as this syntax; a requirement a bill of materials cannot show becomes
     * a {@link OriginRule.Condition}, a rule per kind of product (对于…：) {@link OriginRule.Variants}. The grammar is
     * written out in coo4j's {@code docs/data-packs.md}.
     *
     * @throws InvalidInputException naming the position and what was expected, when the text is not a rule
     */
    public static OriginRule parseAnnexText(String text) {
        InvalidInputException.requireArgument(text, "OriginRules.parseAnnexText", "text");
        try {
            return io.coo4j.rules.origin.internal.AnnexTextParser.parse(text).rule();
        } catch (IllegalArgumentException e) { // the parser's own, caught per row when an annex is read
            throw new InvalidInputException("annex rule text", "", e.getMessage(), e);
        }
    }

    /** {@code s} in double quotes, with quotes and backslashes escaped: the syntax's string. */
    static String quote(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    private OriginRule text() {
        if (!keyword("FOR")) {
            return rule();
        }
        List<OriginRule.Variant> variants = new ArrayList<>();
        do {
            String product = string();
            if (!symbol(':')) {
                throw error("expected : after the product of a FOR");
            }
            variants.add(new OriginRule.Variant(product, rule()));
        } while (symbol(';') && keyword("FOR"));
        try {
            return new OriginRule.Variants(variants);
        } catch (InvalidInputException e) {
            throw error(e.problem());
        }
    }

    private String string() {
        if (!symbol('"')) {
            throw error("expected a string in double quotes");
        }
        StringBuilder b = new StringBuilder();
        while (pos < text.length() && text.charAt(pos) != '"') {
            char c = text.charAt(pos++);
            if (c == '\\' && pos < text.length()) {
                c = text.charAt(pos++);
            }
            b.append(c);
        }
        if (pos == text.length()) {
            throw error("the string is not closed");
        }
        pos++;
        return b.toString();
    }

    private OriginRule rule() {
        List<OriginRule> alternatives = new ArrayList<>();
        alternatives.add(all());
        while (keyword("or")) {
            alternatives.add(all());
        }
        return alternatives.size() == 1 ? alternatives.get(0) : new OriginRule.AnyOf(alternatives);
    }

    private OriginRule all() {
        List<OriginRule> parts = new ArrayList<>();
        parts.add(atom());
        while (keyword("and")) {
            parts.add(atom());
        }
        return parts.size() == 1 ? parts.get(0) : new OriginRule.AllOf(parts);
    }

    private OriginRule atom() {
        skipSpace();
        if (symbol('(')) {
            OriginRule inner = rule();
            if (!symbol(')')) {
                throw error("expected )");
            }
            return inner;
        }
        if (keyword("WO")) {
            return new OriginRule.WhollyObtained();
        }
        if (keyword("REQUIRE")) {
            String condition = string();
            if (condition.isBlank()) {
                throw error("a condition needs its text");
            }
            return new OriginRule.Condition(condition);
        }
        HsLevel level = keyword("CTSH") ? HsLevel.SUBHEADING : keyword("CTH") ? HsLevel.HEADING : keyword("CC") ? HsLevel.CHAPTER : null;
        if (level != null) {
            List<OriginRule.HsRange> except = new ArrayList<>();
            if (keyword("except")) {
                do {
                    except.add(range());
                } while (symbol(','));
            }
            return new OriginRule.TariffShift(level, except);
        }
        if (keyword("RVC")) {
            if (!symbol('(')) {
                throw error("expected ( after RVC");
            }
            String n = token("0123456789.");
            if (n.isEmpty() || n.indexOf('.') != n.lastIndexOf('.') || n.endsWith(".") || !symbol(')')) {
                throw error("expected RVC(number)");
            }
            return new OriginRule.ValueContent(new BigDecimal(n));
        }
        throw error("expected WO, CC, CTH, CTSH, RVC(n), REQUIRE \"…\" or (");
    }

    private OriginRule.HsRange range() {
        String from = token("0123456789.").replace(".", "");
        String to = symbol('-') ? token("0123456789.").replace(".", "") : from;
        if (!from.matches("\\d{2}|\\d{4}|\\d{6}") || to.length() != from.length()) {
            throw error("expected an HS chapter, heading or subheading, or a range of them");
        }
        try {
            return new OriginRule.HsRange(from, to);
        } catch (InvalidInputException e) {
            throw error(e.problem());
        }
    }

    private boolean keyword(String word) {
        skipSpace();
        int end = pos + word.length();
        if (end <= text.length() && text.regionMatches(true, pos, word, 0, word.length())
                && (end == text.length() || !Character.isLetter(text.charAt(end)))) {
            pos = end;
            return true;
        }
        return false;
    }

    private boolean symbol(char c) {
        skipSpace();
        if (pos < text.length() && text.charAt(pos) == c) {
            pos++;
            return true;
        }
        return false;
    }

    private String token(String chars) {
        skipSpace();
        int start = pos;
        while (pos < text.length() && chars.indexOf(text.charAt(pos)) >= 0) {
            pos++;
        }
        return text.substring(start, pos);
    }

    private void skipSpace() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private InvalidInputException error(String problem) {
        return new InvalidInputException("rule \"" + text + "\"", "position " + (pos + 1), problem);
    }
}
