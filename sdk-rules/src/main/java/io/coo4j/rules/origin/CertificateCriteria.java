package io.coo4j.rules.origin;

import io.coo4j.core.InvalidInputException;
import io.coo4j.core.hs.HsCode;
import io.coo4j.core.reference.CertificateType;
import io.coo4j.core.reference.ReferenceData;
import io.coo4j.rules.internal.CriteriaSet;
import io.coo4j.rules.internal.RulesData;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * From an origin determination to a certificate's goods line: which criterion, sub-criterion, auxiliary and import
 * share a certificate type's form prints for an {@link OriginResult}. The criterion is the agreement's
 * ({@code origin.json}); what goes beside it follows the type's row of {@code criteria.json} (China–ASEAN Form E:
 * {@code PSR} with {@code RVC} or {@code CTC}, or the criterion left empty with the domestic share; RCEP {@code CTC} /
 * {@code RVC}; Korea {@code PSR}) and, where that row leaves the auxiliary open, {@code criterion-printing.json} (APTA
 * {@code B} with the non-originating share).
 *
 * <p>A result that does not qualify, outright or on its conditions, or whose criterion coo4j does not know for the
 * agreement, gives nothing: the line is not filled from a guess. A {@code QUALIFIES_IF} result maps like a
 * {@code QUALIFIES} one; its conditions are the exporter's to confirm before the certificate is declared. Thread-safe.
 *
 * @since 0.1
 */
public final class CertificateCriteria {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final Set<String> CHANGES = Set.of("CC", "CTH", "CTSH", "DE_MINIMIS");

    /** A row of {@code criterion-printing.json}. */
    private record Printing(String type, String criterion, String when, String auxiliary, String source, String verify) {
    }

    private static final class Data {
        static final Map<String, CriteriaSet> CRITERIA = RulesData.load("criteria.json", CriteriaSet.class).stream()
                .collect(Collectors.toUnmodifiableMap(CriteriaSet::type, Function.identity()));
        static final List<Printing> PRINTING = RulesData.load("criterion-printing.json", Printing.class);
    }

    private static final String SOURCE = "CertificateCriteria.forGoodsLine";

    private CertificateCriteria() {
    }

    /**
     * The goods-line fields for {@code result} on a certificate of {@code certificateType} (a certificate type code, e.g.
     * {@code E}) for a product of {@code hsCode}; empty when the result does not qualify, its criterion is unknown, or the
     * type's form has no such criterion.
     *
     * @throws InvalidInputException when the type is unknown or is not a certificate of the result's agreement
     */
    public static Optional<GoodsCriterion> forGoodsLine(OriginResult result, String certificateType, @Nullable String hsCode) {
        InvalidInputException.requireArgument(result, SOURCE, "result");
        CertificateType type = ReferenceData.defaults().certificateType(certificateType).orElseThrow(() ->
                new InvalidInputException(SOURCE, "certificateType", "unknown certificate type " + certificateType));
        if (!type.agreements().contains(result.agreement())) {
            throw new InvalidInputException(SOURCE, "certificateType", "certificate type " + certificateType
                    + " is for agreement(s) " + type.agreements() + ", not " + result.agreement());
        }
        boolean passes = result.outcome() == OriginOutcome.QUALIFIES || result.outcome() == OriginOutcome.QUALIFIES_IF;
        CriteriaSet set = Data.CRITERIA.get(certificateType);
        if (!passes || result.criterion() == null || result.rvc() == null || set == null) {
            return Optional.empty();
        }
        Optional<CriteriaSet.Criterion> criterion = set.criteria().stream().filter(c -> c.code().equals(result.criterion()))
                .findFirst();
        if (criterion.isEmpty()) {
            return Optional.empty();
        }
        CriteriaSet.Criterion k = criterion.get();
        String kind = kind(result);
        boolean allOriginating = kind.equals("WO") || kind.equals("PE");
        BigDecimal importShare = allOriginating ? BigDecimal.ZERO : HUNDRED.subtract(result.rvc());
        String sub = k.subCriteria().isEmpty() ? null : k.subCriteria().contains(kind) ? kind : "PROCESS";
        String auxiliary = switch (k.auxiliary()) {
            case EMPTY -> null;
            case HEADING -> HsCode.parse(hsCode).map(HsCode::headingDotted).orElse(null);
            case DOMESTIC_SHARE, PERCENT_AT_LEAST -> percent(result.rvc());
            case ANY -> Data.PRINTING.stream().filter(p -> p.type().equals(certificateType) && p.criterion().equals(k.code())
                            && (p.when() == null || p.when().equals(kind))).findFirst()
                    .map(p -> percent(p.auxiliary().equals("RVC") ? result.rvc() : importShare)).orElse(null);
        };
        return Optional.of(new GoodsCriterion(k.code(), sub, auxiliary, importShare));
    }

    /** The kind of test the product passed by: {@code WO}, {@code PE}, {@code RVC}, {@code CTC}, or {@code PROCESS}. */
    private static String kind(OriginResult result) {
        for (OriginTest t : result.tests()) {
            if (t.passed() && (t.test().equals("WO") || t.test().equals("PE") || t.test().equals("RVC"))) {
                return t.test();
            }
            if (t.passed() && CHANGES.contains(t.test())) {
                return "CTC";
            }
        }
        return "PROCESS";
    }

    private static String percent(BigDecimal value) {
        return value.toPlainString() + "%";
    }
}
