package io.coo4j.core.reference;

import com.fasterxml.jackson.databind.JavaType;
import io.coo4j.core.CooException;
import io.coo4j.core.InvalidInputException;
import io.coo4j.core.json.CooJson;
import io.coo4j.core.reference.internal.CountryOverride;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The reference data coo4j writes itself: certificate types, agreements, countries, units, package kinds,
 * transport modes, trade modes and price terms. The defaults are resources of this jar
 * ({@code io/coo4j/core/reference/*.json}), loaded once; a user replaces any table with a file of the same
 * format without a new release:
 *
 * <pre>{@code
 * ReferenceData ref = ReferenceData.builder()
 *         .override(ReferenceData.Table.CERTIFICATE_TYPES, Path.of("my-types.json"))
 *         .build();
 * }</pre>
 *
 * Every table is checked when loaded (required fields, unique codes, known countries and agreements); a bad
 * file is an {@link InvalidInputException} naming the file, the row and the field. Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class ReferenceData {
    /** The tables, each with the resource file it is loaded from. */
    public enum Table {
        /** Certificate types (证书类型): code, issuer, agreement, printed form and the fields each requires. */
        CERTIFICATE_TYPES("certificate-types.json"),
        /** Agreements (协定) by two-digit customs code, with their partners and the date each joined. */
        AGREEMENTS("agreements.json"),
        /** Country names a Chinese certificate uses instead of the JDK's ISO 3166 names, and which codes are regions. */
        COUNTRY_OVERRIDES("country-overrides.json"),
        /** Units of quantity and weight (计量单位). */
        UNITS("units.json"),
        /** Kinds of package (包装种类). */
        PACKAGE_KINDS("package-kinds.json"),
        /** Transport modes (运输方式). */
        TRANSPORT_MODES("transport-modes.json"),
        /** Trade modes (贸易方式) with their customs supervision-mode codes (监管方式代码). */
        TRADE_MODES("trade-modes.json"),
        /** Price terms (价格条款): the Incoterms 2020 codes. */
        PRICE_TERMS("price-terms.json");

        private final String fileName;

        Table(String fileName) {
            this.fileName = fileName;
        }

        /** The file name of the table's resource; an override file has the same format. */
        public String fileName() {
            return fileName;
        }
    }

    private static final String RESOURCE_DIR = "/io/coo4j/core/reference/";

    private static final class Defaults {
        static final ReferenceData INSTANCE = builder().build();
    }

    private final Map<String, CertificateType> types;
    private final Map<String, Agreement> agreements;
    private final Countries countries;
    private final Map<Table, CodeTable> codeTables = new EnumMap<>(Table.class);

    private ReferenceData(Builder b) {
        CooJson json = CooJson.strict();
        this.countries = new Countries(b.load(json, Table.COUNTRY_OVERRIDES, CountryOverride.class).entries());
        for (Table t : List.of(Table.UNITS, Table.PACKAGE_KINDS, Table.TRANSPORT_MODES, Table.TRADE_MODES, Table.PRICE_TERMS)) {
            List<CodeEntry> rows = b.load(json, t, CodeEntry.class).entries();
            String source = b.sourceName(t);
            for (int i = 0; i < rows.size(); i++) {
                require(source, i, "code", rows.get(i).code());
                require(source, i, "nameEn", rows.get(i).nameEn());
            }
            unique(source, rows, CodeEntry::code);
            codeTables.put(t, new CodeTable(t.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'), rows));
        }
        this.agreements = index(b.sourceName(Table.AGREEMENTS), b.load(json, Table.AGREEMENTS, Agreement.class).entries(),
                Agreement::code, this::checkAgreement);
        this.types = index(b.sourceName(Table.CERTIFICATE_TYPES),
                b.load(json, Table.CERTIFICATE_TYPES, CertificateType.class).entries(), CertificateType::code, this::checkType);
    }

    /** The built-in tables (loaded on first use, then shared). */
    public static ReferenceData defaults() {
        return Defaults.INSTANCE;
    }

    /** A builder that loads the built-in tables unless told to load a file instead. */
    public static Builder builder() {
        return new Builder();
    }

    /** The certificate type (证书类型) of a code such as {@code E}, if there is one. */
    public Optional<CertificateType> certificateType(@Nullable String code) {
        return Optional.ofNullable(code == null ? null : types.get(code));
    }

    /** Every certificate type, in table order. */
    public List<CertificateType> certificateTypes() {
        return List.copyOf(types.values());
    }

    /** The agreement of a two-digit customs code such as {@code 22}, if there is one. */
    public Optional<Agreement> agreement(@Nullable String code) {
        return Optional.ofNullable(code == null ? null : agreements.get(code));
    }

    /** Every agreement of the table (协定). */
    public List<Agreement> agreements() {
        return List.copyOf(agreements.values());
    }

    /** The countries and regions (国别地区), ISO 3166-1. */
    public Countries countries() {
        return countries;
    }

    /** The unit codes (计量单位) of quantities and weights. */
    public CodeTable units() {
        return codeTables.get(Table.UNITS);
    }

    /** The package-kind codes (包装种类). */
    public CodeTable packageKinds() {
        return codeTables.get(Table.PACKAGE_KINDS);
    }

    /** The transport-mode codes (运输方式). */
    public CodeTable transportModes() {
        return codeTables.get(Table.TRANSPORT_MODES);
    }

    /** The trade-mode codes (贸易方式). */
    public CodeTable tradeModes() {
        return codeTables.get(Table.TRADE_MODES);
    }

    /** The price-term codes (成交方式), e.g. FOB. */
    public CodeTable priceTerms() {
        return codeTables.get(Table.PRICE_TERMS);
    }

    private void checkAgreement(String source, int row, Agreement a) {
        require(source, row, "code", a.code());
        require(source, row, "nameEn", a.nameEn());
        for (int i = 0; i < a.partners().size(); i++) {
            String c = a.partners().get(i).country();
            if (!countries.exists(c)) {
                throw bad(source, row, "partners[" + i + "].country", "unknown country \"" + c + "\"");
            }
        }
    }

    private void checkType(String source, int row, CertificateType t) {
        require(source, row, "code", t.code());
        require(source, row, "nameEn", t.nameEn());
        require(source, row, "destinationRule", t.destinationRule());
        require(source, row, "basicProfile", t.basicProfile());
        require(source, row, "goodsProfile", t.goodsProfile());
        if (t.manual() != null) {
            require(source, row, "manual.section", t.manual().section());
            require(source, row, "manual.basic", t.manual().basic());
            require(source, row, "manual.basic.refers", t.manual().basic().refers());
            require(source, row, "manual.basic.quote", t.manual().basic().quote());
            require(source, row, "manual.goods", t.manual().goods());
            require(source, row, "manual.goods.refers", t.manual().goods().refers());
            require(source, row, "manual.goods.quote", t.manual().goods().quote());
        }
        if (t.issuers().isEmpty()) {
            throw bad(source, row, "issuers", "at least one issuer is required");
        }
        for (int i = 0; i < t.agreements().size(); i++) {
            if (!agreements.containsKey(t.agreements().get(i))) {
                throw bad(source, row, "agreements[" + i + "]", "unknown agreement \"" + t.agreements().get(i) + "\"");
            }
        }
        if (t.destinationRule() == DestinationRule.AGREEMENT_PARTNER && t.agreements().isEmpty()) {
            throw bad(source, row, "destinationRule", "AGREEMENT_PARTNER needs at least one agreement");
        }
        if (t.destinationRule() == DestinationRule.LISTED && t.destinationCountries().isEmpty()) {
            throw bad(source, row, "destinationCountries", "LISTED needs at least one country");
        }
        for (int i = 0; i < t.destinationCountries().size(); i++) {
            if (!countries.exists(t.destinationCountries().get(i))) {
                throw bad(source, row, "destinationCountries[" + i + "]",
                        "unknown country \"" + t.destinationCountries().get(i) + "\"");
            }
        }
    }

    private interface RowCheck<T> {
        void check(String source, int row, T value);
    }

    private static <T> Map<String, T> index(String source, List<T> rows, Function<T, String> key, RowCheck<T> check) {
        Map<String, T> map = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            check.check(source, i, rows.get(i));
        }
        unique(source, rows, key);
        rows.forEach(r -> map.put(key.apply(r), r));
        return java.util.Collections.unmodifiableMap(map);
    }

    private static <T> void unique(String source, List<T> rows, Function<T, String> key) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            if (!seen.add(key.apply(rows.get(i)))) {
                throw bad(source, i, "code", "duplicate code \"" + key.apply(rows.get(i)) + "\"");
            }
        }
    }

    private static void require(String source, int row, String field, @Nullable Object value) {
        if (value == null || value instanceof String s && s.isBlank()) {
            throw bad(source, row, field, "required");
        }
    }

    private static InvalidInputException bad(String source, int row, String field, String problem) {
        return new InvalidInputException(source, "entries[" + row + "]." + field, problem);
    }

    /** Chooses the files to load; not thread-safe. */
    public static final class Builder {
        private final Map<Table, Path> overrides = new EnumMap<>(Table.class);

        private Builder() {
        }

        /** Loads {@code table} from {@code file} instead of the built-in resource. */
        public Builder override(Table table, Path file) {
            overrides.put(InvalidInputException.requireArgument(table, "ReferenceData.Builder.override", "table"),
                    InvalidInputException.requireArgument(file, "ReferenceData.Builder.override", "file"));
            return this;
        }

        /**
         * Loads every table that has a file of its name ({@link Table#fileName()}) in {@code folder}; the
         * others stay built-in.
         */
        public Builder overridesFrom(Path folder) {
            InvalidInputException.requireArgument(folder, "ReferenceData.Builder.overridesFrom", "folder");
            for (Table t : Table.values()) {
                Path f = folder.resolve(t.fileName());
                if (Files.isRegularFile(f)) {
                    overrides.put(t, f);
                }
            }
            return this;
        }

        /**
         * Loads and checks the tables.
         *
         * @throws InvalidInputException naming the file, the row and the field of the first row that breaks a rule
         */
        public ReferenceData build() {
            return new ReferenceData(this);
        }

        String sourceName(Table t) {
            Path p = overrides.get(t);
            return p != null ? p.toString() : t.fileName() + " (built-in)";
        }

        <T> ReferenceFile<T> load(CooJson json, Table t, Class<T> rowType) {
            JavaType type = json.type(ReferenceFile.class, rowType);
            Path p = overrides.get(t);
            try (InputStream in = p != null ? Files.newInputStream(p) : ReferenceData.class.getResourceAsStream(RESOURCE_DIR + t.fileName())) {
                if (in == null) {
                    throw new CooException("built-in reference table " + t.fileName() + " is missing from the class path");
                }
                return json.read(in, type, sourceName(t));
            } catch (IOException e) {
                throw new InvalidInputException(sourceName(t), "", "cannot be read: " + e.getMessage(), e);
            }
        }
    }
}
