package io.coo4j.rules;

import io.coo4j.core.InvalidInputException;
import io.coo4j.core.data.DataPack;
import io.coo4j.core.hs.HsCode;
import io.coo4j.core.model.Certificate;
import io.coo4j.core.model.CertificateCategory;
import io.coo4j.core.model.FiledGoods;
import io.coo4j.core.model.GoodsItem;
import io.coo4j.core.model.Invoice;
import io.coo4j.core.reference.Agreement;
import io.coo4j.core.reference.CertificateType;
import io.coo4j.core.reference.GoodsProfile;
import io.coo4j.core.reference.ReferenceData;
import io.coo4j.core.validation.Checks;
import io.coo4j.core.validation.FieldRule;
import io.coo4j.core.validation.FieldValidator;
import io.coo4j.core.validation.Rule;
import io.coo4j.core.validation.SourceGrade;
import io.coo4j.core.validation.ValidationReport;
import io.coo4j.rules.internal.BackToBackCheck;
import io.coo4j.rules.internal.CriteriaSet;
import io.coo4j.rules.internal.CriteriaSet.Criterion;
import io.coo4j.rules.internal.GoodsLimit;
import io.coo4j.rules.internal.RecordPaths;
import io.coo4j.rules.internal.Requirement;
import io.coo4j.rules.internal.RulesData;
import io.coo4j.rules.filing.FiledGoodsCheck;
import io.coo4j.rules.numbering.CertificateNumber;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Validates a certificate as the Single Window does before accepting it (docs/domain.md): sdk-core's field checks, then the
 * rules of its type and agreement — required fields per type and profile ({@code io/coo4j/rules/requirements.json},
 * the profiles being those the manual's cross-references give each type), the destination rule, the origin
 * criteria with their sub-criteria, auxiliary fields and import-content bounds ({@code io/coo4j/rules/criteria.json}),
 * the goods-line caps of the certificate forms ({@code io/coo4j/rules/goods-limits.json}), and the consistency of
 * sequence numbers, dates, replacements and RCEP invoices. A type whose criteria list is not known is reported
 * under {@code notChecked}, never as passed.
 *
 * <p>Every finding carries the grade of its source: only what a manual, the customs' message schema or an
 * official text states is an ERROR; what coo4j took from another implementation or inferred is a WARNING, unless
 * the validator is {@linkplain Builder#strict(boolean) strict}. {@link ValidationPurpose#SAVE} checks what a
 * draft needs, {@link ValidationPurpose#DECLARE} (the default) everything.
 *
 * <p>Immutable and thread-safe: build one and share it.
 *
 * @since 0.1
 */
public final class CertificateValidator {
    /** The not-checked entry for a type without a known list of origin criteria. */
    public static final String ORIGIN_CRITERION_SET = "ORIGIN_CRITERION_SET";

    private static final Logger LOG = LoggerFactory.getLogger("io.coo4j.rules");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** The field checks' required paths that even a draft needs: the message carries no certificate without them. */
    private static final Set<String> REQUIRED_TO_SAVE = Set.of("type", "category");
    private static final List<RecordPaths.Accessor> UPPER_CASE_FIELDS = Stream.of("exporter.name", "exporter.address",
            "consignee.name", "consignee.address", "producer.name", "producer.address", "marks", "transport.portOfLoading",
            "transport.portOfDischarge", "transport.vesselVoyage", "transport.details", "exhibition.name", "exhibition.address")
            .map(p -> RecordPaths.compile(Certificate.class, p)).toList();

    /** A requirement row with its paths compiled once, when the table loads. */
    private record CompiledRequirement(Requirement row, List<RecordPaths.Accessor> accessors) {
    }

    private static final class Tables {
        static final List<CompiledRequirement> REQUIREMENTS = RulesData.load("requirements.json", Requirement.class).stream()
                .map(r -> new CompiledRequirement(r, r.accessors())).toList();
        static final Map<String, GoodsLimit> GOODS_LIMITS = RulesData.load("goods-limits.json", GoodsLimit.class).stream()
                .collect(java.util.stream.Collectors.toUnmodifiableMap(GoodsLimit::type, l -> l));
    }

    private final ReferenceData ref;
    private final FieldValidator fields;
    private final OriginCriteria criteria;
    private final boolean strict;
    private final @Nullable FiledGoods filedGoods;
    private final @Nullable ValidationListener listener;

    private CertificateValidator(Builder b) {
        this.ref = b.ref;
        this.fields = FieldValidator.create(b.ref, b.pack);
        this.criteria = b.criteria;
        this.strict = b.strict;
        this.filedGoods = b.filedGoods;
        this.listener = b.listener;
    }

    /** A validator to configure: reference data, data pack, criteria table, strictness. */
    public static Builder builder() {
        return new Builder();
    }

    /** With the built-in origin criteria. */
    public static CertificateValidator create(ReferenceData ref, DataPack pack) {
        return builder().referenceData(ref).dataPack(pack).build();
    }

    /** With {@code criteria} as the origin-criteria table (the built-in one with a user's overrides, say). */
    public static CertificateValidator create(ReferenceData ref, DataPack pack, OriginCriteria criteria) {
        return builder().referenceData(ref).dataPack(pack).criteria(criteria).build();
    }

    /**
     * With the built-in reference data and no data pack, so the HS and customs-district checks are listed under
     * {@code notChecked}. It does not read {@code COO4J_DATA}: a library that picked up tables from its host's
     * environment would validate differently on each machine. To follow the variable, say so:
     * {@code builder().dataPack(DataPack.fromEnvironment()).build()}.
     */
    public static CertificateValidator defaults() {
        return builder().build();
    }

    /** Validates {@code c} for declaring (申报): every rule. */
    public ValidationReport validate(Certificate c) {
        return validate(c, ValidationPurpose.DECLARE);
    }

    /** Validates {@code c} for {@code purpose}: saving a draft checks what a draft needs, declaring everything. */
    public ValidationReport validate(Certificate c, ValidationPurpose purpose) {
        InvalidInputException.requireArgument(c, "CertificateValidator.validate", "certificate");
        InvalidInputException.requireArgument(purpose, "CertificateValidator.validate", "purpose");
        if (listener == null) {
            return check(c, purpose); // no clock read: the hook costs nothing unless it is used
        }
        long start = System.nanoTime();
        ValidationReport report = check(c, purpose);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        int errors = (int) report.violations().stream().filter(v -> v.isError()).count();
        try {
            listener.validated(c.type(), purpose, report.valid(), errors, took);
        } catch (RuntimeException e) {
            LOG.warn("the validation listener {} failed; ignored", listener, e);
        }
        return report;
    }

    private ValidationReport check(Certificate c, ValidationPurpose purpose) {
        ValidationReport.Builder out = ValidationReport.builder().strict(strict);
        if (purpose == ValidationPurpose.DECLARE) {
            fields.validate(c, out);
        } else {
            ValidationReport.Builder all = ValidationReport.builder();
            fields.validate(c, all);
            ValidationReport checked = all.build();
            checked.violations().stream()
                    .filter(v -> !v.code().equals(FieldRule.REQUIRED.code()) || REQUIRED_TO_SAVE.contains(v.path()))
                    .forEach(out::add);
            checked.notChecked().forEach(n -> out.notChecked(n.check(), n.reason()));
        }
        CertificateType type = ref.certificateType(c.type()).orElse(null);
        if (type == null) {
            return out.build(); // the field checks named the unknown type; nothing else can be judged
        }
        CriteriaSet set = criteria.set(type.code());
        // the criteria open to this destination are the same for every line: collected once
        Map<String, Criterion> open = openCriteria(set, c.destinationCountry());
        requirements(c, type, purpose, open, out);
        if (purpose == ValidationPurpose.SAVE) {
            return out.build();
        }
        destination(c, type, out);
        if (type.goodsProfile().carriesOriginCriterion()) {
            if (set == null) {
                out.notChecked(ORIGIN_CRITERION_SET, "coo4j has no list of origin criteria for type " + type.code()
                        + " (OriginCriteria.withOverrides takes one from the form's notes); the goods' criteria are required"
                        + " but their values were not checked");
            } else {
                originCriteria(c, set, open, out);
            }
        }
        goodsLimit(c, type, out);
        consistency(c, type, out);
        FiledGoodsCheck.check(c, ref, filedGoods, out);
        BackToBackCheck.check(c, type, out);
        return out.build();
    }

    /**
     * The criteria open to {@code destination} in {@code set}, by code ({@code ""} for the criterion left empty);
     * empty when the type has no list.
     */
    private static Map<String, Criterion> openCriteria(CriteriaSet set, String destination) {
        Map<String, Criterion> open = new LinkedHashMap<>();
        if (set != null) {
            for (Criterion candidate : set.criteria()) {
                // List.copyOf's lists refuse contains(null): a missing destination opens only the unrestricted criteria
                if (candidate.destinations().isEmpty() || destination != null && candidate.destinations().contains(destination)) {
                    open.putIfAbsent(candidate.code(), candidate);
                }
            }
        }
        return open;
    }

    private static void requirements(Certificate c, CertificateType type, ValidationPurpose purpose,
                                     Map<String, Criterion> open, ValidationReport.Builder out) {
        // 003's GSP table leaves the criterion empty only for some destinations: decided per case, not per type
        boolean criterionMayBeEmpty = open.containsKey("");
        for (CompiledRequirement compiled : Tables.REQUIREMENTS) {
            Requirement r = compiled.row();
            if (!r.neededFor(purpose) || !r.appliesTo(type)) {
                continue;
            }
            Need need = new Need(r, r.gradeFor(type), compiled.accessors(), out);
            switch (r.scope()) {
                case CERTIFICATE -> {
                    if (holds(r.when(), c)) {
                        need.check(c, "", -1);
                    }
                }
                case GOODS -> {
                    for (int i = 0; i < c.goods().size(); i++) {
                        GoodsItem g = c.goods().get(i);
                        boolean item = !g.nonGoodsItem();
                        boolean applies = r.when() == null
                                || r.when() == Requirement.Condition.GOODS_ITEM && item
                                || r.when() == Requirement.Condition.GOODS_ITEM_CRITERION_REQUIRED && item && !criterionMayBeEmpty;
                        if (applies) {
                            need.check(g, "goods", i);
                        }
                    }
                }
                case INVOICE -> need.each(c.invoices(), "invoices");
                case NON_PARTY_COMPANY -> need.each(c.nonPartyCompanies(), "nonPartyCompanies");
                case EXHIBITION -> {
                    if (c.exhibition() != null) {
                        need.check(c.exhibition(), "exhibition", -1);
                    }
                }
                case BACK_TO_BACK -> {
                    if (c.backToBack() != null) {
                        need.check(c.backToBack(), "backToBack", -1);
                    }
                }
            }
        }
    }

    private static boolean holds(Requirement.Condition when, Certificate c) {
        if (when == null) {
            return true;
        }
        return switch (when) {
            case PRODUCER_NOT_CONFIDENTIAL -> c.producer() == null || !c.producer().confidential();
            case HAS_NON_PARTY_COMPANIES -> !c.nonPartyCompanies().isEmpty();
            default -> true;
        };
    }

    /** One requirement row applied to one certificate: reports each missing path with the row's grade and source. */
    private record Need(Requirement row, SourceGrade grade, List<RecordPaths.Accessor> paths, ValidationReport.Builder out) {
        void each(List<? extends Record> rows, String name) {
            for (int i = 0; i < rows.size(); i++) {
                check(rows.get(i), name, i);
            }
        }

        /**
         * Reports each path of {@code record} that is missing, blank or empty. The record sits at {@code parent}
         * ({@code ""} for the certificate), at {@code index} when it is in a list; the JSON path is built only for a
         * violation, since this runs for every goods line.
         */
        void check(Record record, String parent, int index) {
            for (RecordPaths.Accessor path : paths) {
                Object v = path.read(record);
                if (v == null || v instanceof String s && s.isBlank() || v instanceof Collection<?> l && l.isEmpty()) {
                    String at = parent.isEmpty() ? "" : index < 0 ? parent + "." : parent + "[" + index + "].";
                    if (row.warning() == null) {
                        out.add(FieldRule.REQUIRED, grade, row.source(), at + path.path());
                    } else {
                        out.addNarrowed(FieldRule.REQUIRED, grade, row.source() + " — " + row.warning(), at + path.path());
                    }
                }
            }
        }
    }

    private void destination(Certificate c, CertificateType type, ValidationReport.Builder out) {
        String dest = c.destinationCountry();
        if (dest == null || !ref.countries().exists(dest)) {
            return; // missing or unknown: already reported
        }
        LocalDate on = c.applicationDate() != null ? c.applicationDate() : c.invoiceDate();
        List<String> allowed = new ArrayList<>();
        switch (type.destinationRule()) {
            case ANY -> {
                return;
            }
            case LISTED -> allowed.addAll(type.destinationCountries());
            case AGREEMENT_PARTNER -> {
                for (String code : type.agreements()) {
                    Agreement a = ref.agreement(code).orElseThrow();
                    a.partners().stream().filter(p -> a.isPartner(p.country(), on)).forEach(p -> allowed.add(p.country()));
                }
            }
        }
        if (!allowed.contains(dest)) {
            out.add(CertificateRule.DESTINATION_NOT_ALLOWED, "destinationCountry", dest, type.code(), String.join(", ", allowed));
        }
    }

    /** Adds findings with the grade and citation of the list or row they come from. */
    private record Graded(ValidationReport.Builder out, SourceGrade grade, String source) {
        void add(Rule rule, String path, Object... args) {
            out.add(rule, grade, grade.authoritative() ? rule.source() : source, path, args);
        }
    }

    private static void originCriteria(Certificate c, CriteriaSet set, Map<String, Criterion> open, ValidationReport.Builder report) {
        String dest = c.destinationCountry();
        Graded out = new Graded(report, set.grade(), "criteria.json " + set.type() + ": " + set.source());
        for (int i = 0; i < c.goods().size(); i++) {
            GoodsItem g = c.goods().get(i);
            if (g.nonGoodsItem()) {
                continue; // docs/domain.md: non-goods lines carry no criterion
            }
            String p = "goods[" + i + "].";
            String code = g.originCriterion() == null ? "" : g.originCriterion().trim();
            Criterion k = open.get(code);
            if (k == null) {
                if (!code.isEmpty() || open.containsKey("")) {
                    out.add(CertificateRule.ORIGIN_CRITERION_NOT_ALLOWED, p + "originCriterion",
                            code.isEmpty() ? "(empty)" : code, set.type(), dest, open.keySet().stream()
                                    .map(x -> x.isEmpty() ? "(empty)" : x).collect(java.util.stream.Collectors.joining(", ")));
                }
                continue; // an empty criterion where one is required was reported as REQUIRED
            }
            subCriterion(g, k, p, out);
            auxiliary(g, k, p, out);
            importShare(g, k, p, out);
        }
    }

    private static void subCriterion(GoodsItem g, Criterion k, String p, Graded out) {
        String sub = g.originSubCriterion();
        boolean given = sub != null && !sub.isBlank();
        if (k.subCriteria().isEmpty() ? given : !given || !k.subCriteria().contains(sub)) {
            out.add(CertificateRule.ORIGIN_SUB_CRITERION, p + "originSubCriterion", given ? sub : "(empty)",
                    k.code(), k.subCriteria().isEmpty() ? "none" : String.join(", ", k.subCriteria()));
        }
    }

    private static void auxiliary(GoodsItem g, Criterion k, String p, Graded out) {
        String aux = g.originAuxiliary() == null ? "" : g.originAuxiliary().trim();
        switch (k.auxiliary()) {
            case EMPTY -> {
                if (!aux.isEmpty()) {
                    out.add(CertificateRule.ORIGIN_AUXILIARY, p + "originAuxiliary", aux, "(empty)");
                }
            }
            case HEADING -> HsCode.parse(g.hsCode()).map(HsCode::headingDotted).ifPresent(expected -> {
                if (!aux.equals(expected)) {
                    out.add(CertificateRule.ORIGIN_AUXILIARY, p + "originAuxiliary", aux.isEmpty() ? "(empty)" : aux, expected);
                }
            });
            case DOMESTIC_SHARE -> {
                BigDecimal share = g.importContentPercent();
                if (share == null) {
                    out.add(FieldRule.REQUIRED, p + "importContentPercent");
                    return;
                }
                BigDecimal domestic = HUNDRED.subtract(share);
                String expected = domestic.stripTrailingZeros().toPlainString() + "%";
                if (!sameShare(aux, domestic)) {
                    out.add(CertificateRule.ORIGIN_AUXILIARY, p + "originAuxiliary", aux.isEmpty() ? "(empty)" : aux, expected);
                }
            }
            case PERCENT_AT_LEAST -> {
                BigDecimal stated = percentage(aux);
                if (stated == null || stated.compareTo(k.auxiliaryMin()) < 0 || stated.compareTo(HUNDRED) > 0) {
                    out.add(CertificateRule.ORIGIN_AUXILIARY, p + "originAuxiliary", aux.isEmpty() ? "(empty)" : aux,
                            "a percentage from " + k.auxiliaryMin().toPlainString() + "% to 100%");
                }
            }
            default -> {
                // ANY: the criterion leaves the auxiliary to the exporter
            }
        }
    }

    /** The number of an auxiliary such as {@code 65%} or {@code 65.0 %}; null when it is not a percentage. */
    private static @Nullable BigDecimal percentage(String aux) {
        String n = aux.endsWith("%") ? aux.substring(0, aux.length() - 1).trim() : "";
        try {
            return n.isEmpty() ? null : new BigDecimal(n);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Whether an auxiliary such as {@code 65%} or {@code 65.0 %} states {@code share} percent. */
    private static boolean sameShare(String aux, BigDecimal share) {
        BigDecimal stated = percentage(aux);
        return stated != null && stated.compareTo(share) == 0;
    }

    private static void importShare(GoodsItem g, Criterion k, String p, Graded out) {
        BigDecimal share = g.importContentPercent();
        String path = p + "importContentPercent";
        switch (k.importShare()) {
            case ZERO -> {
                if (share == null) {
                    out.add(FieldRule.REQUIRED, path);
                } else if (share.signum() != 0) {
                    out.add(CertificateRule.IMPORT_SHARE_NOT_ZERO, path, share.toPlainString(), k.code());
                }
            }
            case POSITIVE -> {
                if (share == null) {
                    out.add(FieldRule.REQUIRED, path);
                } else if (share.signum() <= 0) {
                    out.add(CertificateRule.IMPORT_SHARE_NOT_POSITIVE, path, k.code());
                }
            }
            case AT_MOST -> {
                if (share != null && share.compareTo(k.importShareMax()) > 0) {
                    out.add(CertificateRule.IMPORT_SHARE_OVER_LIMIT, path, share.toPlainString(), k.importShareMax().toPlainString());
                }
            }
            default -> {
                // ANY
            }
        }
    }

    private static void goodsLimit(Certificate c, CertificateType type, ValidationReport.Builder out) {
        GoodsLimit limit = Tables.GOODS_LIMITS.get(type.code());
        if (limit != null && c.goods().size() > limit.max()) {
            out.add(CertificateRule.GOODS_ITEMS_OVER_LIMIT, limit.grade(), limit.source(), "goods", c.goods().size(),
                    type.code(), limit.max());
        }
    }

    private static void consistency(Certificate c, CertificateType type, ValidationReport.Builder out) {
        List<GoodsItem> goods = c.goods();
        BigDecimal invoiced = BigDecimal.ZERO;
        boolean allInvoiced = !goods.isEmpty();
        for (int i = 0; i < goods.size(); i++) {
            GoodsItem g = goods.get(i);
            if (g.seq() != i + 1) {
                out.add(CertificateRule.GOODS_SEQUENCE, "goods[" + i + "].seq", g.seq(), i + 1);
            }
            if (g.invoiceValue() == null) {
                allInvoiced = false;
            } else {
                invoiced = invoiced.add(g.invoiceValue());
            }
        }
        if (allInvoiced && c.totalAmount() != null && c.totalAmount().compareTo(invoiced) != 0) {
            out.add(CertificateRule.TOTAL_AMOUNT_MISMATCH, "totalAmount", c.totalAmount().toPlainString(), invoiced.toPlainString());
        }
        if (c.invoiceDate() != null && c.applicationDate() != null && c.invoiceDate().isAfter(c.applicationDate())) {
            out.add(CertificateRule.INVOICE_AFTER_APPLICATION, "invoiceDate", c.invoiceDate(), c.applicationDate());
        }
        if (c.transport() != null && c.transport().departureDate() != null && c.invoiceDate() != null
                && c.transport().departureDate().isBefore(c.invoiceDate())) {
            out.add(CertificateRule.DEPARTURE_BEFORE_INVOICE, "transport.departureDate", c.transport().departureDate(), c.invoiceDate());
        }
        if (c.category() != null && c.category() != CertificateCategory.ORIGINAL) {
            if (c.originalNumber() == null || c.originalNumber().isBlank()) {
                out.add(CertificateRule.REPLACEMENT_WITHOUT_ORIGINAL, "originalNumber", c.category());
            }
            if (c.amendment() == null) {
                out.add(CertificateRule.REPLACEMENT_WITHOUT_ORIGINAL, "amendment", c.category());
            }
        }
        if (c.number() != null && !c.number().isBlank()) {
            numberRule(c, out);
        }
        if (type.goodsProfile() == GoodsProfile.RCEP) {
            rcepInvoices(c, out);
        }
        if (!type.printedInChinese()) {
            upperCase(c, out);
        }
    }

    /** The number follows the numbering rule for this certificate's type and enterprise (a warning: users may edit it). */
    private static void numberRule(Certificate c, ValidationReport.Builder out) {
        Optional<String> problem = CertificateNumber.validate(c.number());
        if (problem.isPresent()) {
            out.add(CertificateRule.NUMBER_RULE, "number", c.number(), problem.get());
            return;
        }
        CertificateNumber n = CertificateNumber.parse(c.number());
        if (!n.type().equals(c.type())) {
            out.add(CertificateRule.NUMBER_RULE, "number", c.number(), "its type code is " + n.type() + ", the certificate is " + c.type());
            return;
        }
        boolean filing = n.enterpriseId().equals(c.filingNumber());
        boolean credit = Checks.isCreditCode(c.creditCode())
                && n.enterpriseId().equals(CertificateNumber.enterpriseIdFromCreditCode(c.creditCode()));
        if ((c.filingNumber() != null || c.creditCode() != null) && !filing && !credit) {
            out.add(CertificateRule.NUMBER_RULE, "number", c.number(), "its enterprise id " + n.enterpriseId()
                    + " is neither the filing number nor characters 9-17 of the credit code");
        }
    }

    private static void rcepInvoices(Certificate c, ValidationReport.Builder out) {
        Set<String> numbers = new HashSet<>();
        String term = null;
        List<Invoice> invoices = c.invoices();
        for (int i = 0; i < invoices.size(); i++) {
            Invoice inv = invoices.get(i);
            numbers.add(inv.number());
            if (inv.priceTerm() != null) {
                if (term == null) {
                    term = inv.priceTerm();
                } else if (!term.equals(inv.priceTerm())) {
                    out.add(CertificateRule.RCEP_PRICE_TERMS_DIFFER, "invoices[" + i + "].priceTerm", inv.priceTerm(), term);
                }
            }
        }
        for (int i = 0; i < c.goods().size(); i++) {
            String n = c.goods().get(i).invoiceNumber();
            if (n != null && !numbers.contains(n)) {
                out.add(CertificateRule.GOODS_INVOICE_UNKNOWN, "goods[" + i + "].invoiceNumber", n);
            }
        }
    }

    private static void upperCase(Certificate c, ValidationReport.Builder out) {
        for (RecordPaths.Accessor path : UPPER_CASE_FIELDS) {
            warnLowerCase(path.read(c), path.path(), out);
        }
        for (int i = 0; i < c.goods().size(); i++) {
            GoodsItem g = c.goods().get(i);
            warnLowerCase(g.nameEn(), "goods[" + i + "].nameEn", out);
            warnLowerCase(g.description(), "goods[" + i + "].description", out);
            warnLowerCase(g.marks(), "goods[" + i + "].marks", out);
        }
    }

    private static void warnLowerCase(Object value, String path, ValidationReport.Builder out) {
        if (value instanceof String s) {
            for (int i = 0; i < s.length(); i++) {
                char ch = s.charAt(i);
                if (ch >= 'a' && ch <= 'z') {
                    out.add(CertificateRule.NOT_UPPER_CASE, path);
                    return;
                }
            }
        }
    }

    /** Configures a {@link CertificateValidator}; every setting has an embedded default. Not thread-safe. */
    public static final class Builder {
        private ReferenceData ref = ReferenceData.defaults();
        private DataPack pack = DataPack.empty();
        private OriginCriteria criteria = OriginCriteria.defaults();
        private boolean strict;
        private @Nullable FiledGoods filedGoods;
        private @Nullable ValidationListener listener;

        private Builder() {
        }

        /** The reference data (default: the built-in tables). */
        public Builder referenceData(ReferenceData ref) {
            this.ref = InvalidInputException.requireArgument(ref, "CertificateValidator.Builder", "referenceData");
            return this;
        }

        /** The data pack whose HS nomenclature and customs districts the field checks use (default: none). */
        public Builder dataPack(DataPack pack) {
            this.pack = InvalidInputException.requireArgument(pack, "CertificateValidator.Builder", "dataPack");
            return this;
        }

        /** The origin-criteria table (default: {@link OriginCriteria#defaults()}). */
        public Builder criteria(OriginCriteria criteria) {
            this.criteria = InvalidInputException.requireArgument(criteria, "CertificateValidator.Builder", "criteria");
            return this;
        }

        /**
         * Whether warnings that rest on the customs' schema or on another implementation (a field the schema marks
         * 申报为必填项 but a manual narrows, a criteria list from third-party form notes) are reported as errors,
         * for ERPs that prefer to block early on what the customs may refuse. Off by default: then only what a
         * manual, the schema or an official text states refuses a certificate.
         */
        public Builder strict(boolean strict) {
            this.strict = strict;
            return this;
        }

        /**
         * The enterprise's goods filed with CCPIT and approved (商品备案, 002), for the rule that a CCPIT preferential
         * certificate carries those goods only ({@code GOODS_FILING_GOODS_NOT_FILED}). Default: none, and that check is
         * listed under {@code notChecked} for CCPIT preferential certificates.
         */
        public Builder filedGoods(FiledGoods value) {
            this.filedGoods = InvalidInputException.requireArgument(value, "CertificateValidator.Builder", "filedGoods");
            return this;
        }

        /**
         * Told of each validation with its type, purpose, outcome and duration, for metrics (default: none, also when
         * null; then the validator reads no clock).
         */
        public Builder listener(@Nullable ValidationListener listener) {
            this.listener = listener;
            return this;
        }

        /** The validator; immutable and thread-safe. */
        public CertificateValidator build() {
            return new CertificateValidator(this);
        }
    }
}
