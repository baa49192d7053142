package io.coo4j.core.validation;

import io.coo4j.core.CooException;
import io.coo4j.core.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The messages of every rule, in English and Chinese, from the bundle each {@link RuleSet} names (key
 * {@code io.coo4j.<CODE>}). Every module's bundle has a name of its own, so a jar merged from coo4j's modules keeps
 * them all. sdk-core's bundle is also packaged as {@code ContributorValidationMessages}, the name Hibernate Validator
 * reads, so its Jakarta constraints show the same texts. Thread-safe.
 */
public final class Messages {
    /** The languages coo4j writes messages in. */
    public enum Language {
        /** English, the language the certificates are printed in. */
        EN(""),
        /** Simplified Chinese, the language of the Single Window's screens. */
        ZH("_zh");

        private final String suffix;

        Language(String suffix) {
            this.suffix = suffix;
        }
    }

    /** The key prefix of coo4j's messages in the bundle. */
    public static final String KEY_PREFIX = "io.coo4j.";

    private static final Map<Language, Properties> TEXTS = new ConcurrentHashMap<>();

    private Messages() {
    }

    /** The template for {@code code}; a missing message is a packaging bug, reported as such. */
    public static String template(String code, Language language) {
        InvalidInputException.requireArgument(code, "Messages.template", "code");
        InvalidInputException.requireArgument(language, "Messages.template", "language");
        String t = texts(language).getProperty(KEY_PREFIX + code);
        if (t == null) {
            throw new CooException("no " + language + " message for rule " + code + " in the rule sets' bundles");
        }
        return t;
    }

    /** The message for {@code code} with its arguments filled in. */
    public static String format(String code, Language language, @Nullable Object... args) {
        InvalidInputException.requireArgument(args, "Messages.format", "args");
        String t = template(code, language);
        return args.length == 0 ? t : new MessageFormat(t, Locale.ROOT).format(args);
    }

    private static Properties texts(Language language) {
        return TEXTS.computeIfAbsent(language, Messages::load);
    }

    /** Every rule set's bundle in one table: sdk-core's and those of the modules on the class path. */
    private static Properties load(Language language) {
        Properties p = new Properties();
        for (RuleSet set : RuleCatalog.ruleSets()) {
            String name = "/" + set.messageBundle().replace('.', '/') + language.suffix + ".properties";
            try (InputStream in = set.getClass().getResourceAsStream(name)) {
                if (in == null) {
                    throw new CooException("no " + name + " beside " + set.getClass().getName());
                }
                Properties one = new Properties();
                one.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                one.forEach((k, v) -> {
                    if (k.toString().startsWith(KEY_PREFIX)) {
                        p.putIfAbsent(k, v);
                    }
                });
            } catch (IOException e) {
                throw new CooException("cannot read " + name + ": " + e.getMessage(), e);
            }
        }
        return p;
    }

}
