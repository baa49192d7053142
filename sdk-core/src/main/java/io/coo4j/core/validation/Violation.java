package io.coo4j.core.validation;

/**
 * One broken rule: its stable code, the JSON path of the field ({@code goods[2].hsCode}; empty for the
 * whole document), severity, and the message in English and Chinese.
 */
public record Violation(String code, String path, Severity severity, String message, String messageZh) {

    /** A violation of {@code rule} at {@code path}, its messages filled with {@code args}. */
    public static Violation of(Rule rule, String path, Object... args) {
        return new Violation(rule.code(), path, rule.severity(),
                Messages.format(rule.code(), Messages.Language.EN, args),
                Messages.format(rule.code(), Messages.Language.ZH, args));
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
