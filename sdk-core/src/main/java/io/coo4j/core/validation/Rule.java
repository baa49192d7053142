package io.coo4j.core.validation;

/**
 * A rule coo4j checks: a stable UPPER_SNAKE {@code code}, a {@link Severity}, the {@code source} it
 * stands on (a manual's section with its Chinese words, a schema element, an agreement article) and the
 * {@link SourceGrade} of that source. Only an {@linkplain SourceGrade#authoritative() authoritative} rule may
 * be an ERROR; {@code RuleGradesTest} holds every rule on the class path to that. Its messages live in
 * the bundle its {@link RuleSet} names, under {@code io.coo4j.<code>}, in English and Chinese.
 *
 * @since 0.1
 */
public interface Rule {
    /** The stable code, e.g. {@code "HS_CODE_FORMAT"}; a rule keeps it for as long as it exists. */
    String code();

    /** How bad a breach is; an ERROR only when {@link #grade()} is authoritative. */
    Severity severity();

    /** Where the rule comes from, e.g. {@code "001 ch.1; GB 32100-2015"}. */
    String source();

    /** What kind of source {@link #source()} is. */
    SourceGrade grade();

    /** The English message template ({@link java.text.MessageFormat} arguments {@code {0}}, …). */
    default String messageTemplate() {
        return Messages.template(code(), Messages.Language.EN);
    }

    /** The Chinese message template. */
    default String messageTemplateZh() {
        return Messages.template(code(), Messages.Language.ZH);
    }
}
