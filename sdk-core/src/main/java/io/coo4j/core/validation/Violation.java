package io.coo4j.core.validation;

import io.coo4j.core.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * One broken rule: its stable code, the JSON path of the field ({@code goods[2].hsCode}; empty for the
 * whole document), severity, what the rule stands on ({@code grade} and {@code source}, the citation), and
 * the message in English and Chinese.
 *
 * @param code the rule's stable code, e.g. {@code HS_CODE_EXISTS}
 * @param path the JSON path of the field, empty for the whole document
 * @param severity how serious the violation is
 * @param grade how firmly the rule is sourced
 * @param source the citation the rule stands on
 * @param message the message in English
 * @param messageZh the message in Chinese
 */
public record Violation(String code, String path, Severity severity, SourceGrade grade, String source, String message,
                        String messageZh) {

    /** A violation of {@code rule} at {@code path}, its messages filled with {@code args}. */
    public static Violation of(Rule rule, String path, @Nullable Object... args) {
        InvalidInputException.requireArgument(rule, "Violation.of", "rule");
        return of(rule, rule.grade(), rule.source(), path, args);
    }

    /**
     * A violation of {@code rule} as one row of a table states it ({@code grade}, {@code source}): a required
     * field or a limit that some sources make binding and others only suggest. A row that is not
     * {@linkplain SourceGrade#authoritative() authoritative} warns, whatever the rule's own severity.
     */
    public static Violation of(Rule rule, SourceGrade grade, String source, String path, @Nullable Object... args) {
        return of(rule, severity(rule, grade), grade, source, path, args);
    }

    /** How hard {@code rule} bites when {@code grade} is what it stands on: as the rule says, if the grade allows it. */
    static Severity severity(Rule rule, SourceGrade grade) {
        InvalidInputException.requireArgument(rule, "Violation.of", "rule");
        InvalidInputException.requireArgument(grade, "Violation.of", "grade");
        return grade.authoritative() ? rule.severity() : Severity.WARNING;
    }

    /** The violation with its messages filled in; the one place a rule's messages are formatted. */
    static Violation of(Rule rule, Severity severity, SourceGrade grade, String source, String path, @Nullable Object... args) {
        return new Violation(rule.code(), path, severity, grade, source,
                Messages.format(rule.code(), Messages.Language.EN, args),
                Messages.format(rule.code(), Messages.Language.ZH, args));
    }

    /** Whether the violation's severity is ERROR, which makes a report invalid. */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The same finding at another path (a nested document's violation placed in its container). */
    public Violation at(String otherPath) {
        return new Violation(code, otherPath, severity, grade, source, message, messageZh);
    }

    /** The same finding as an ERROR: {@code strict} validation blocks on what it would only warn about. */
    public Violation asError() {
        return severity == Severity.ERROR ? this : new Violation(code, path, Severity.ERROR, grade, source, message, messageZh);
    }
}
