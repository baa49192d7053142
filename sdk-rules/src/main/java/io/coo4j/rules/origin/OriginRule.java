package io.coo4j.rules.origin;

import io.coo4j.core.InvalidInputException;
import io.coo4j.core.hs.HsLevel;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A rule of origin as an expression: wholly obtained, a change of tariff classification at chapter, heading or
 * subheading level (with excepted origins), a regional value content threshold, a requirement the annex states
 * that a bill of materials cannot show (a named {@link Condition}), alternatives and conjunctions of those, and
 * rules that differ by what the product is ({@link Variants}). Written and read in coo4j's rule syntax by
 * {@link OriginRules#parse}; {@code toString()} gives the canonical text, e.g.
 * {@code CC except 52.05-52.07, 54.01-54.02 or RVC(40)}. Immutable.
 *
 * @since 0.1
 */
public sealed interface OriginRule {

    /** 完全获得: the product must be wholly obtained. */
    record WhollyObtained() implements OriginRule {
        @Override
        public String toString() {
            return "WO";
        }
    }

    /**
     * 章改变 / 品目改变 / 子目改变: every non-originating material is classified under another chapter, heading or
     * subheading than the product, and none comes from an excepted range (但从…转变来的除外).
     *
     * @param level  the level the classification must change at
     * @param except the ranges a non-originating material may not come from; empty for none
     */
    record TariffShift(HsLevel level, List<HsRange> except) implements OriginRule {
        /** Refuses a missing level or exception list, and copies the exceptions. */
        public TariffShift {
            InvalidInputException.requireArgument(level, "origin rule", "level");
            except = List.copyOf(InvalidInputException.requireArgument(except, "origin rule", "except"));
        }

        /** The test name: CC, CTH or CTSH. */
        public String test() {
            return switch (level) {
                case CHAPTER -> "CC";
                case HEADING -> "CTH";
                case SUBHEADING -> "CTSH";
            };
        }

        @Override
        public String toString() {
            return except.isEmpty() ? test()
                    : test() + " except " + except.stream().map(HsRange::toString).collect(Collectors.joining(", "));
        }
    }

    /**
     * 区域价值成分 n%: RVC by build-down on FOB at least {@code threshold} percent.
     *
     * @param threshold the least RVC in percent, e.g. {@code 40}
     */
    record ValueContent(BigDecimal threshold) implements OriginRule {
        /** Refuses a missing threshold. */
        public ValueContent {
            InvalidInputException.requireArgument(threshold, "origin rule", "threshold");
        }

        @Override
        public String toString() {
            return "RVC(" + threshold.toPlainString() + ")";
        }
    }

    /**
     * A requirement of the annex that cannot be computed from a bill of materials, kept in the annex's own words
     * (e.g. 同时要求数控单元（CNC）具备原产资格): an answer that depends on it says "qualifies if" and quotes it.
     *
     * @param text the requirement in the annex's words; not blank
     */
    record Condition(String text) implements OriginRule {
        /** Refuses a blank text. */
        public Condition {
            if (text == null || text.isBlank()) {
                throw new InvalidInputException("origin rule", "text", "a condition needs its text");
            }
        }

        @Override
        public String toString() {
            return "REQUIRE " + OriginRules.quote(text);
        }
    }

    /**
     * 对于…：… — a rule per kind of product under one code (e.g. the metal and its articles; waste and scrap).
     *
     * @param variants the kinds of product with their rules, at least two
     */
    record Variants(List<Variant> variants) implements OriginRule {
        /** Copies the variants; a rule of variants needs at least two. */
        public Variants {
            variants = List.copyOf(InvalidInputException.requireArgument(variants, "origin rule", "variants"));
            if (variants.size() < 2) {
                throw new InvalidInputException("origin rule", "variants", "at least two kinds of product are needed");
            }
        }

        @Override
        public String toString() {
            return variants.stream().map(Variant::toString).collect(Collectors.joining("; "));
        }
    }

    /**
     * One kind of product of {@link Variants}, as the annex names it, and its rule.
     *
     * @param product the kind of product in the annex's words; not blank
     * @param rule    its rule, itself without variants
     */
    record Variant(String product, OriginRule rule) {
        /** Refuses a blank product, a missing rule and nested variants. */
        public Variant {
            InvalidInputException.requireArgument(rule, "origin rule", "rule");
            if (product == null || product.isBlank() || rule instanceof Variants) {
                throw new InvalidInputException("origin rule", product == null || product.isBlank() ? "product" : "rule",
                        "a variant names a kind of product and has a rule without variants");
            }
        }

        @Override
        public String toString() {
            return "FOR " + OriginRules.quote(product) + ": " + rule;
        }
    }

    /**
     * 或者: any one of the alternatives.
     *
     * @param alternatives the rules, any one of which the product may meet
     */
    record AnyOf(List<OriginRule> alternatives) implements OriginRule {
        /** Copies the alternatives, refusing a missing list. */
        public AnyOf {
            alternatives = List.copyOf(InvalidInputException.requireArgument(alternatives, "origin rule", "alternatives"));
        }

        @Override
        public String toString() {
            return alternatives.stream().map(r -> r instanceof AllOf ? "(" + r + ")" : r.toString())
                    .collect(Collectors.joining(" or "));
        }
    }

    /**
     * 且 / 同时: all of the parts.
     *
     * @param parts the rules the product must all meet
     */
    record AllOf(List<OriginRule> parts) implements OriginRule {
        /** Copies the parts, refusing a missing list. */
        public AllOf {
            parts = List.copyOf(InvalidInputException.requireArgument(parts, "origin rule", "parts"));
        }

        @Override
        public String toString() {
            return parts.stream().map(r -> r instanceof AnyOf ? "(" + r + ")" : r.toString()).collect(Collectors.joining(" and "));
        }
    }

    /**
     * A range of HS codes given as chapters ({@code 44}), headings ({@code 52.05}) or subheadings ({@code 8517.62}),
     * from {@code from} to {@code to} inclusive (equal for a single code), compared on their digits.
     *
     * @param from the first code, digits only (2, 4 or 6)
     * @param to   the last code, as many digits as {@code from}
     */
    record HsRange(String from, String to) {
        /** Refuses a missing bound. */
        public HsRange {
            InvalidInputException.requireArgument(from, "HS range", "from");
            InvalidInputException.requireArgument(to, "HS range", "to");
            if (from.length() != to.length() || from.compareTo(to) > 0) {
                throw new InvalidInputException("HS range", "", "not a range of HS codes: " + from + "-" + to);
            }
        }

        /** Whether a material's code falls in the range (compared at the range's own level). */
        public boolean covers(@Nullable String hsDigits) {
            if (hsDigits == null || hsDigits.length() < from.length()) {
                return false;
            }
            String p = hsDigits.substring(0, from.length());
            return p.compareTo(from) >= 0 && p.compareTo(to) <= 0;
        }

        @Override
        public String toString() {
            return from.equals(to) ? dotted(from) : dotted(from) + "-" + dotted(to);
        }

        /** A code of 2, 4 or 6 digits with its dots: {@code 87}, {@code 87.03}, {@code 8703.21}. */
        public static String dotted(String d) {
            InvalidInputException.requireArgument(d, "HsRange.dotted", "d");
            return d.length() == 2 ? d : d.length() == 4 ? d.substring(0, 2) + "." + d.substring(2) : d.substring(0, 4) + "." + d.substring(4);
        }
    }
}
