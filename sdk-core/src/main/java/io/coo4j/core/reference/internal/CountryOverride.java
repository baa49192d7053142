package io.coo4j.core.reference.internal;

/** A row of {@code country-overrides.json}: names a Chinese certificate uses instead of the JDK's, and region marks. */
public record CountryOverride(String alpha2, String alpha3, String nameEn, String nameZh, boolean region, String verify) {
}
