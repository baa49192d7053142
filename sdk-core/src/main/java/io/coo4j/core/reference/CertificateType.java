package io.coo4j.core.reference;

import io.coo4j.core.model.Issuer;
import java.util.List;

/**
 * A certificate type (证书类型): the code that prefixes its numbers, its names, who issues it, the
 * agreement(s) it serves, where it may go, whether it may be self-printed (自助打印, 003: 15 types; APTA
 * only to Korea), its basic and goods profiles, its form family for printing and its print language
 * ({@code ZH} for ECFA only). {@code source} cites where the row comes from; {@code verify} is non-null
 * when a value is not yet confirmed from a primary source.
 */
public record CertificateType(
        String code,
        String nameZh,
        String nameEn,
        List<Issuer> issuers,
        List<String> agreements,
        DestinationRule destinationRule,
        List<String> destinationCountries,
        boolean selfPrint,
        List<String> selfPrintDestinations,
        BasicProfile basicProfile,
        GoodsProfile goodsProfile,
        String formFamily,
        String printLanguage,
        String source,
        String verify) {

    public CertificateType {
        issuers = List.copyOf(issuers);
        agreements = List.copyOf(agreements);
        destinationCountries = List.copyOf(destinationCountries);
        selfPrintDestinations = List.copyOf(selfPrintDestinations);
    }

    /** Whether it is a preferential certificate (serves at least one agreement). */
    public boolean preferential() {
        return !agreements.isEmpty();
    }

    /** Whether the form is printed in Chinese (ECFA) rather than English. */
    public boolean printedInChinese() {
        return "ZH".equals(printLanguage);
    }

    /** Whether a certificate of this type to {@code destination} may be self-printed. */
    public boolean selfPrintableTo(String destination) {
        return selfPrint && (selfPrintDestinations.isEmpty() || selfPrintDestinations.contains(destination));
    }
}
