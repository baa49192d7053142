package io.coo4j.core.validation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of validating a document (docs/domain.md, "JSON documents"): {@code valid} is
 * false when any violation is an ERROR; {@code notChecked} lists the checks that could not be made.
 * Immutable.
 *
 * @since 0.1
 */
public record ValidationReport(boolean valid, List<Violation> violations, List<NotChecked> notChecked) {

    public ValidationReport {
        violations = List.copyOf(violations);
        notChecked = List.copyOf(notChecked);
        boolean anyError = violations.stream().anyMatch(Violation::isError);
        if (valid && anyError) {
            throw new IllegalArgumentException("a report with an ERROR cannot be valid");
        }
    }

    public static ValidationReport of(List<Violation> violations, List<NotChecked> notChecked) {
        return new ValidationReport(violations.stream().noneMatch(Violation::isError), violations, notChecked);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The violations with this code. */
    public List<Violation> withCode(String code) {
        return violations.stream().filter(v -> v.code().equals(code)).toList();
    }

    public boolean has(String code, String path) {
        return violations.stream().anyMatch(v -> v.code().equals(code) && v.path().equals(path));
    }

    /** Collects violations and not-checked notes; each not-checked check is listed once. Not thread-safe. */
    public static final class Builder {
        private final List<Violation> violations = new ArrayList<>();
        private final Map<String, NotChecked> notChecked = new LinkedHashMap<>();

        private Builder() {
        }

        public Builder add(Violation v) {
            violations.add(v);
            return this;
        }

        public Builder add(Rule rule, String path, Object... args) {
            return add(Violation.of(rule, path, args));
        }

        public Builder notChecked(String check, String reason) {
            notChecked.putIfAbsent(check, new NotChecked(check, reason));
            return this;
        }

        public Builder addAll(ValidationReport other) {
            return addAll(other, "");
        }

        /**
         * Adds another report's findings with their paths under {@code prefix}, e.g. a product's violations as
         * {@code productCosts[2].unitFobValue}.
         */
        public Builder addAll(ValidationReport other, String prefix) {
            for (Violation v : other.violations()) {
                violations.add(prefix.isEmpty() ? v : new Violation(v.code(), v.path().isEmpty() ? prefix : prefix + "." + v.path(),
                        v.severity(), v.message(), v.messageZh()));
            }
            other.notChecked().forEach(n -> notChecked.putIfAbsent(n.check(), n));
            return this;
        }

        public ValidationReport build() {
            return of(violations, new ArrayList<>(notChecked.values()));
        }
    }
}
