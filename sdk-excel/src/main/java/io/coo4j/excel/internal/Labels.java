package io.coo4j.excel.internal;

import io.coo4j.core.CooException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** The bilingual labels of {@code io/coo4j/excel/labels.properties}, loaded once. Thread-safe. */
public final class Labels {
    private static final Properties LABELS = load();

    private Labels() {
    }

    public static String zh(String key) {
        return get(key + ".zh");
    }

    public static String en(String key) {
        return get(key + ".en");
    }

    /** Chinese and English on two lines, as a header cell shows them. */
    public static String both(String key) {
        return bilingual(zh(key), en(key));
    }

    /** How coo4j writes a label in both languages: Chinese, a line break, English. */
    public static String bilingual(String zh, String en) {
        return zh + "\n" + en;
    }

    private static String get(String key) {
        String v = LABELS.getProperty(key);
        if (v == null) {
            throw new CooException("label " + key + " is missing from io/coo4j/excel/labels.properties");
        }
        return v;
    }

    private static Properties load() {
        try (InputStream in = Labels.class.getResourceAsStream("/io/coo4j/excel/labels.properties")) {
            if (in == null) {
                throw new CooException("io/coo4j/excel/labels.properties is missing from the class path");
            }
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        } catch (IOException e) {
            throw new CooException("cannot read io/coo4j/excel/labels.properties: " + e.getMessage(), e);
        }
    }
}
