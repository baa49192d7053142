package io.coo4j.client.message.internal;

import io.coo4j.core.reference.CodeEntry;
import io.coo4j.core.reference.Country;
import io.coo4j.core.reference.ReferenceData;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The code lists of the customs import message, both ways: countries as numeric codes
 * ({@code country-numeric-codes.json}), China–ASEAN sub-criteria ({@code origin-sub-criteria.json}), and,
 * from sdk-core's reference data, transport modes, trade modes, units and country names. Immutable and
 * thread-safe.
 */
public final class MessageCodes {
    /** A row of {@code country-numeric-codes.json}. */
    public record CountryNumber(String alpha2, String numeric) {
    }

    /** A row of {@code origin-sub-criteria.json}. */
    public record SubCriterion(String code, String messageCode) {
    }

    private static final class Files {
        static final MessageData.DataFile<CountryNumber> COUNTRIES = MessageData.load("country-numeric-codes.json", CountryNumber.class);
        static final MessageData.DataFile<SubCriterion> SUB_CRITERIA = MessageData.load("origin-sub-criteria.json", SubCriterion.class);
    }

    private final ReferenceData reference;
    private final Map<String, String> numericByAlpha2 = new HashMap<>();
    private final Map<String, String> alpha2ByNumeric = new HashMap<>();
    private final Map<String, String> subByCode = new HashMap<>();
    private final Map<String, String> codeBySub = new HashMap<>();

    public MessageCodes(ReferenceData reference) {
        this.reference = reference;
        for (CountryNumber c : Files.COUNTRIES.entries()) {
            numericByAlpha2.put(c.alpha2(), c.numeric());
            alpha2ByNumeric.put(c.numeric(), c.alpha2());
        }
        for (SubCriterion s : Files.SUB_CRITERIA.entries()) {
            subByCode.put(s.code(), s.messageCode());
            codeBySub.put(s.messageCode(), s.code());
        }
    }

    public static MessageData.DataFile<CountryNumber> countryFile() {
        return Files.COUNTRIES;
    }

    public static MessageData.DataFile<SubCriterion> subCriterionFile() {
        return Files.SUB_CRITERIA;
    }

    public Optional<String> countryNumber(String alpha2) {
        return Optional.ofNullable(numericByAlpha2.get(alpha2));
    }

    public Optional<String> countryAlpha2(String numeric) {
        return Optional.ofNullable(alpha2ByNumeric.get(numeric));
    }

    public Optional<String> countryNameEn(String alpha2) {
        return reference.countries().byAlpha2(alpha2).map(Country::nameEn);
    }

    public Optional<String> countryNameZh(String alpha2) {
        return reference.countries().byAlpha2(alpha2).map(Country::nameZh);
    }

    /**
     * The English wording of a transport mode ({@code SEA} → {@code BY SEA}); a mode outside the table as given,
     * since coo.xsd's TransMeans (运输方式) is free text and the validator only warns about it.
     */
    public Optional<String> transportModeText(String code) {
        return Optional.of(reference.transportModes().find(code).map(CodeEntry::nameEn).orElse(code));
    }

    /** The transport mode whose English wording this is, ignoring case; other wording as it is. */
    public Optional<String> transportModeCode(String text) {
        return Optional.of(first(reference.transportModes().entries(), e -> e.nameEn().equalsIgnoreCase(text.strip()))
                .orElse(text.strip()));
    }

    /** The message's TradeModeCode of a trade mode; empty when the table has none for it. */
    public Optional<String> tradeModeMessageCode(String code) {
        return reference.tradeModes().find(code).map(CodeEntry::messageCode);
    }

    public Optional<String> tradeModeCode(String messageCode) {
        return first(reference.tradeModes().entries(), e -> messageCode.equals(e.messageCode()));
    }

    public Optional<String> unitNameZh(String code) {
        return reference.units().find(code).map(CodeEntry::nameZh);
    }

    public Optional<String> subCriterionMessageCode(String code) {
        return Optional.ofNullable(subByCode.get(code == null ? null : code.toUpperCase(Locale.ROOT)));
    }

    public Optional<String> subCriterionCode(String messageCode) {
        return Optional.ofNullable(codeBySub.get(messageCode));
    }

    private static Optional<String> first(List<CodeEntry> entries, java.util.function.Predicate<CodeEntry> match) {
        return entries.stream().filter(match).map(CodeEntry::code).findFirst();
    }
}
