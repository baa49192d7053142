package io.coo4j.core.validation;

import io.coo4j.core.InvalidInputException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of validating a document (docs/domain.md, "JSON documents"): {@code valid} is
 * false when any violation is an ERROR; {@code notChecked} lists the checks that could not be made.
 * A report holds at most {@link #MAX_VIOLATIONS} violations, so that a hostile document of a million bad lines
 * costs a bounded answer; {@code omittedViolations} counts the ones beyond (they still count for {@code valid}).
 * Immutable.
 *
 * @param valid whether no violation is an ERROR
 * @param violations the violations, at most {@link #MAX_VIOLATIONS}
 * @param notChecked the checks that could not be made
 * @param omittedViolations how many violations beyond {@link #MAX_VIOLATIONS} were left out
 *
 * @since 0.1
 */
public record ValidationReport(boolean valid, List<Violation> violations, List<NotChecked> notChecked, int omittedViolations) {
    /** The most violations a report lists; the rest are counted in {@link #omittedViolations()}. */
    public static final int MAX_VIOLATIONS = 1000;
    private static final String SOURCE = "validation report";

    /** Copies the lists and refuses a report that is valid with an ERROR or holds more than {@link #MAX_VIOLATIONS} violations. */
    public ValidationReport {
        violations = InvalidInputException.requireList(violations, SOURCE, "violations");
        notChecked = InvalidInputException.requireList(notChecked, SOURCE, "notChecked");
        boolean anyError = violations.stream().anyMatch(Violation::isError);
        if (valid && anyError) {
            throw new InvalidInputException(SOURCE, "valid", "a report with an ERROR cannot be valid");
        }
        if (violations.size() > MAX_VIOLATIONS) {
            throw new InvalidInputException(SOURCE, "violations", "a report lists at most " + MAX_VIOLATIONS + " violations");
        }
        if (omittedViolations < 0) {
            throw new InvalidInputException(SOURCE, "omittedViolations", "must be 0 or more, found " + omittedViolations);
        }
    }

    /** A report of these findings, valid when none is an ERROR. */
    public static ValidationReport of(List<Violation> violations, List<NotChecked> notChecked) {
        List<Violation> all = InvalidInputException.requireList(violations, SOURCE, "violations");
        return new ValidationReport(all.stream().noneMatch(Violation::isError), all, notChecked, 0);
    }

    /** A builder that collects findings. */
    public static Builder builder() {
        return new Builder();
    }

    /** The violations with this code. */
    public List<Violation> withCode(String code) {
        InvalidInputException.requireArgument(code, "ValidationReport.withCode", "code");
        return violations.stream().filter(v -> v.code().equals(code)).toList();
    }

    /** Whether the report has a violation with this code at this JSON path. */
    public boolean has(String code, String path) {
        InvalidInputException.requireArgument(code, "ValidationReport.has", "code");
        InvalidInputException.requireArgument(path, "ValidationReport.has", "path");
        return violations.stream().anyMatch(v -> v.code().equals(code) && v.path().equals(path));
    }

    /**
     * Collects violations and not-checked notes; each not-checked check is listed once, and violations past
     * {@link #MAX_VIOLATIONS} are counted, not kept. Not thread-safe.
     */
    public static final class Builder {
        private final List<Violation> violations = new ArrayList<>();
        private final Map<String, NotChecked> notChecked = new LinkedHashMap<>();
        private int omitted;
        private boolean omittedError;
        private boolean strict;

        private Builder() {
        }

        /**
         * Reports every warning whose source is the customs' schema or another implementation
         * ({@link SourceGrade#SCHEMA}, {@link SourceGrade#PEER}) as an ERROR, for callers that prefer to block
         * early on what the customs may refuse.
         */
        public Builder strict(boolean strict) {
            this.strict = strict;
            return this;
        }

        /** Adds a violation (as an ERROR when strict and it rests on the schema or another implementation). */
        public Builder add(Violation v) {
            InvalidInputException.requireArgument(v, SOURCE, "violation");
            if (keep(v.severity(), v.grade())) {
                violations.add(strict(v.severity(), v.grade()) == Severity.ERROR ? v.asError() : v);
            }
            return this;
        }

        /** Adds a violation of {@code rule} at {@code path}, its messages filled with {@code args}. */
        public Builder add(Rule rule, String path, @Nullable Object... args) {
            InvalidInputException.requireArgument(rule, SOURCE, "rule");
            return add(rule, rule.grade(), rule.source(), path, args);
        }

        /**
         * A violation that one row of a table states, with the row's grade and citation: it warns unless the grade
         * is {@linkplain SourceGrade#authoritative() authoritative} ({@link Violation#of(Rule, SourceGrade, String, String, Object...)}).
         */
        public Builder add(Rule rule, SourceGrade grade, String source, String path, @Nullable Object... args) {
            return add(rule, Violation.severity(rule, grade), grade, source, path, args);
        }

        /**
         * A violation that an authoritative row states but a better source narrows (the schema marks a field
         * 申报为必填项 that a manual requires of one type only): a warning, an error when strict.
         */
        public Builder addNarrowed(Rule rule, SourceGrade grade, String source, String path, @Nullable Object... args) {
            return add(rule, Severity.WARNING, grade, source, path, args);
        }

        private Builder add(Rule rule, Severity severity, SourceGrade grade, String source, String path,
                            @Nullable Object... args) {
            InvalidInputException.requireArgument(rule, SOURCE, "rule");
            InvalidInputException.requireArgument(grade, SOURCE, "grade");
            // past the cap only the count is kept: formatting a million messages is what the cap is there to avoid
            if (keep(severity, grade)) {
                violations.add(Violation.of(rule, strict(severity, grade), grade, source, path, args));
            }
            return this;
        }

        /** Whether there is room for one more violation; counts it as omitted when there is not. */
        private boolean keep(Severity severity, SourceGrade grade) {
            if (violations.size() < MAX_VIOLATIONS) {
                return true;
            }
            omitted++;
            omittedError |= strict(severity, grade) == Severity.ERROR;
            return false;
        }

        private Severity strict(Severity severity, SourceGrade grade) {
            return strict && (grade == SourceGrade.SCHEMA || grade == SourceGrade.PEER) ? Severity.ERROR : severity;
        }

        /** Notes a check that could not be made and why; each check is listed once. */
        public Builder notChecked(String check, String reason) {
            InvalidInputException.requireArgument(check, "ValidationReport.Builder.notChecked", "check");
            InvalidInputException.requireArgument(reason, "ValidationReport.Builder.notChecked", "reason");
            notChecked.putIfAbsent(check, new NotChecked(check, reason));
            return this;
        }

        /** Adds another report's violations and unmade checks with their paths as they are. */
        public Builder addAll(ValidationReport other) {
            return addAll(other, "");
        }

        /**
         * Adds another report's findings with their paths under {@code prefix}, e.g. a product's violations as
         * {@code productCosts[2].unitFobValue}.
         */
        public Builder addAll(ValidationReport other, String prefix) {
            InvalidInputException.requireArgument(other, SOURCE, "other");
            InvalidInputException.requireArgument(prefix, SOURCE, "prefix");
            for (Violation v : other.violations()) {
                add(prefix.isEmpty() ? v : v.at(v.path().isEmpty() ? prefix : prefix + "." + v.path()));
            }
            omitted += other.omittedViolations();
            omittedError |= !other.valid() && other.violations().stream().noneMatch(Violation::isError);
            other.notChecked().forEach(n -> notChecked.putIfAbsent(n.check(), n));
            return this;
        }

        /** The report, valid unless an ERROR was added, whether kept or omitted. */
        public ValidationReport build() {
            boolean valid = !omittedError && violations.stream().noneMatch(Violation::isError);
            return new ValidationReport(valid, violations, new ArrayList<>(notChecked.values()), omitted);
        }
    }
}
