package io.coo4j.core.reference;

/**
 * A country or region by ISO 3166-1: alpha-2, alpha-3, English and Chinese names. {@code region} marks
 * Hong Kong, Macao and Taiwan, which are regions of China (中国香港, 中国澳门, 中国台湾), not countries.
 *
 * @param alpha2 the ISO 3166-1 alpha-2 code
 * @param alpha3 the ISO 3166-1 alpha-3 code
 * @param nameEn the English name
 * @param nameZh the Chinese name
 * @param region whether it is a region of China (Hong Kong, Macao, Taiwan) rather than a country
 */
public record Country(String alpha2, String alpha3, String nameEn, String nameZh, boolean region) {
}
