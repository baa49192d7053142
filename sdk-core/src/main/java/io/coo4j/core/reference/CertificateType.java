package io.coo4j.core.reference;

import io.coo4j.core.InvalidInputException;
import io.coo4j.core.model.Issuer;
import io.coo4j.core.validation.SourceGrade;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A certificate type (证书类型): the code that prefixes its numbers, its names, who issues it, the
 * agreement(s) it serves, where it may go, whether it may be self-printed (自助打印, 003: 15 types; APTA
 * only to Korea), its basic and goods profiles, its form family for printing and its print language
 * ({@code ZH} for ECFA only). {@code manual} is the manual's cross-reference that decides the profiles (null
 * where the manual has no section for the type). {@code source} cites where the row comes from; {@code verify}
 * is non-null when a value is not yet confirmed from a primary source.
 *
 * @param code the code that prefixes the type's numbers, e.g. {@code E}
 * @param nameZh the Chinese name
 * @param nameEn the English name
 * @param issuers who issues it: the customs (海关), CCPIT (贸促会) or both
 * @param agreements the two-digit codes of the agreements it serves
 * @param destinationRule which destinations it may go to
 * @param destinationCountries the destinations of a {@link DestinationRule#LISTED} type
 * @param selfPrint whether it may be self-printed (自助打印)
 * @param selfPrintDestinations the destinations a self-printed certificate may go to (APTA: Korea only)
 * @param basicProfile which basic fields it uses and requires
 * @param goodsProfile which goods fields it uses and requires
 * @param formFamily the printed form family, e.g. Form E
 * @param printLanguage the print language, {@code ZH} for ECFA only
 * @param manual the manual's cross-reference that decides the profiles, {@code null} where the manual has none
 * @param source where the row comes from
 * @param verify what is not confirmed from a primary source, {@code null} when all is
 */
public record CertificateType(
        String code,
        @Nullable String nameZh,
        String nameEn,
        List<Issuer> issuers,
        List<String> agreements,
        DestinationRule destinationRule,
        List<String> destinationCountries,
        boolean selfPrint,
        List<String> selfPrintDestinations,
        BasicProfile basicProfile,
        GoodsProfile goodsProfile,
        @Nullable String formFamily,
        @Nullable String printLanguage,
        @Nullable ManualReference manual,
        @Nullable String source,
        @Nullable String verify) {

    /** Copies the lists, refusing a {@code null} element. */
    public CertificateType {
        issuers = InvalidInputException.requireList(issuers, "certificate type", "issuers");
        agreements = InvalidInputException.requireList(agreements, "certificate type", "agreements");
        destinationCountries = InvalidInputException.requireList(destinationCountries, "certificate type",
                "destinationCountries");
        selfPrintDestinations = InvalidInputException.requireList(selfPrintDestinations, "certificate type",
                "selfPrintDestinations");
    }

    /**
     * What the type's profiles stand on: the manual's cross-reference ({@link SourceGrade#SEED}), or a
     * third-party editor's field list ({@link SourceGrade#PEER}) for a type the manual does not describe.
     */
    public SourceGrade profileGrade() {
        return manual != null ? SourceGrade.SEED : SourceGrade.PEER;
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
    public boolean selfPrintableTo(@Nullable String destination) {
        return selfPrint && (selfPrintDestinations.isEmpty() || selfPrintDestinations.contains(destination));
    }
}
