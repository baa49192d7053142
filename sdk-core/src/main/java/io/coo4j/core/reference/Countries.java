package io.coo4j.core.reference;

import io.coo4j.core.reference.internal.CountryOverride;
import java.text.Normalizer;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Countries and regions by ISO 3166-1, taken from the JDK's tables (English and Simplified Chinese names)
 * with coo4j's overrides applied: HK, MO and TW as regions of China, and the names a Chinese certificate
 * prints where they differ from the JDK's. English names are upper-case ASCII, as printed.
 * Immutable and thread-safe.
 */
public final class Countries {
    private static final Locale ZH = Locale.forLanguageTag("zh-CN");

    private final Map<String, Country> byAlpha2;
    private final Map<String, Country> byAlpha3;

    Countries(List<CountryOverride> overrides) {
        Map<String, Country> a2 = new LinkedHashMap<>();
        for (String code : Locale.getISOCountries()) {
            Locale l = new Locale("", code);
            a2.put(code, new Country(code, l.getISO3Country(), printable(l.getDisplayCountry(Locale.ENGLISH)),
                    l.getDisplayCountry(ZH), false));
        }
        for (CountryOverride o : overrides) {
            a2.put(o.alpha2(), new Country(o.alpha2(), o.alpha3(), o.nameEn(), o.nameZh(), o.region()));
        }
        Map<String, Country> a3 = new LinkedHashMap<>();
        a2.values().forEach(c -> a3.put(c.alpha3(), c));
        this.byAlpha2 = Collections.unmodifiableMap(a2);
        this.byAlpha3 = Collections.unmodifiableMap(a3);
    }

    /** Upper-case ASCII as a certificate prints it: "Côte d’Ivoire" → "COTE D'IVOIRE", "&" → "AND". */
    static String printable(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replace('’', '\'').replace("&", "AND").replaceAll("\\bSt\\. ", "Saint ");
        return ascii.toUpperCase(Locale.ROOT);
    }

    /** The country or region of an alpha-2 code ({@code CN}). */
    public Optional<Country> byAlpha2(@Nullable String code) {
        return Optional.ofNullable(code == null ? null : byAlpha2.get(code));
    }

    /** The country or region of an alpha-3 code ({@code CHN}). */
    public Optional<Country> byAlpha3(@Nullable String code) {
        return Optional.ofNullable(code == null ? null : byAlpha3.get(code));
    }

    /** Whether {@code code} is an ISO 3166-1 alpha-2 code of a country or region. */
    public boolean exists(@Nullable String code) {
        return code != null && byAlpha2.containsKey(code);
    }

    /** Every country and region, by alpha-2 code. */
    public Collection<Country> all() {
        return byAlpha2.values();
    }
}
