package io.coo4j.core.validation;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The messages of every rule, in English and Chinese, from the {@code ContributorValidationMessages}
 * bundles of coo4j's jars (key {@code io.coo4j.<CODE>}). Hibernate Validator aggregates bundles of that
 * name from every jar, so the Jakarta constraints and coo4j's own validators show the same texts.
 * Thread-safe.
 */
public final class Messages {
    /** The languages coo4j writes messages in. */
    public enum Language {
        EN(""), ZH("_zh");

        private final String suffix;

        Language(String suffix) {
            this.suffix = suffix;
        }
    }

    /** The key prefix of coo4j's messages in the bundle. */
    public static final String KEY_PREFIX = "io.coo4j.";

    private static final String BUNDLE = "ContributorValidationMessages";
    private static final Map<Language, Properties> TEXTS = new ConcurrentHashMap<>();

    private Messages() {
    }

    /** The template for {@code code}; a missing message is a packaging bug, reported as such. */
    public static String template(String code, Language language) {
        String t = texts(language).getProperty(KEY_PREFIX + code);
        if (t == null) {
            throw new IllegalStateException("no " + language + " message for rule " + code + " in " + BUNDLE);
        }
        return t;
    }

    /** The message for {@code code} with its arguments filled in. */
    public static String format(String code, Language language, Object... args) {
        String t = template(code, language);
        return args.length == 0 ? t : new MessageFormat(t, Locale.ROOT).format(args);
    }

    private static Properties texts(Language language) {
        return TEXTS.computeIfAbsent(language, Messages::load);
    }

    /** Every jar may carry the bundle; merge them, so sdk-rules' messages join sdk-core's. */
    private static Properties load(Language language) {
        Properties p = new Properties();
        String name = BUNDLE + language.suffix + ".properties";
        try {
            ClassLoader cl = Messages.class.getClassLoader();
            Enumeration<URL> urls = cl.getResources(name);
            while (urls.hasMoreElements()) {
                try (InputStream in = urls.nextElement().openStream()) {
                    Properties one = new Properties();
                    one.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                    one.forEach((k, v) -> {
                        if (k.toString().startsWith(KEY_PREFIX)) {
                            p.putIfAbsent(k, v);
                        }
                    });
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + name + ": " + e.getMessage(), e);
        }
        return p;
    }

}
