package io.coo4j.core.validation;

/**
 * A rule coo4j checks: a stable UPPER_SNAKE {@code code}, a {@link Severity}, and the {@code source} it
 * stands on (a seed section or an agreement article). Its messages live in the bundle its {@link RuleSet} names,
 * under {@code io.coo4j.<code>}, in English and Chinese.
 *
 * @since 0.1
 */
public interface Rule {
    String code();

    Severity severity();

    /** Where the rule comes from, e.g. {@code "001 ch.1; GB 32100-2015"}. */
    String source();

    /** The English message template ({@link java.text.MessageFormat} arguments {@code {0}}, …). */
    default String messageTemplate() {
        return Messages.template(code(), Messages.Language.EN);
    }

    /** The Chinese message template. */
    default String messageTemplateZh() {
        return Messages.template(code(), Messages.Language.ZH);
    }
}
