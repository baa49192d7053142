package io.coo4j.rules.origin;

/**
 * A product-specific rule (产品特定原产地规则) of an agreement's annex: the chapter, heading or subheading it
 * covers, in the annex's HS version, the rule in coo4j's syntax, the annex's own text and where the row comes from.
 */
public record PsrLine(String agreement, String hsVersion, String hsCode, String rule, String ruleText, String sourceRef) {
}
