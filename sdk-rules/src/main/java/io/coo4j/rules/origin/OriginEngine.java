package io.coo4j.rules.origin;

import io.coo4j.core.ChinaTime;
import io.coo4j.core.InvalidInputException;
import io.coo4j.core.hs.HsCode;
import io.coo4j.core.model.BillOfMaterials;
import io.coo4j.core.model.BillOfMaterials.Material;
import io.coo4j.core.reference.ReferenceData;
import io.coo4j.core.validation.Checks;
import io.coo4j.rules.internal.RulesData;
import io.coo4j.rules.rvc.RegionalValueContent;
import io.coo4j.rules.rvc.RvcMethod;
import io.coo4j.rules.rvc.RvcResult;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Determines origin from a bill of materials (DOMAIN §5; FORMATS.md): per agreement, wholly obtained (WO), produced
 * exclusively from originating materials (PE), then the product-specific rule of the product's subheading, heading
 * or chapter ({@code psr-lines.json}) or else the agreement's general rule ({@code origin.json}): changes of tariff
 * classification tested for every non-originating material (with the agreement's de minimis for those that fail),
 * regional value content by build-down on FOB, alternatives and conjunctions. The answer names the criterion to
 * print and traces every test with its inputs and outcome. An agreement with neither a product-specific rule for
 * the product nor a general rule answers "does not qualify" with a PSR test saying why, never a guess.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class OriginEngine {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final String SOURCE = "bill of materials";

    private static final class Defaults {
        static final OriginEngine INSTANCE = new OriginEngine(ReferenceData.defaults(),
                RulesData.load("origin.json", AgreementOrigin.class), RulesData.load("psr-lines.json", PsrLine.class));
    }

    private final ReferenceData ref;
    private final Map<String, AgreementOrigin> agreements = new LinkedHashMap<>();
    private final Map<String, OriginRule> generalRules = new HashMap<>();
    private final Map<String, Map<String, PsrLine>> psr = new HashMap<>();
    private final Map<PsrLine, OriginRule> psrRules = new HashMap<>();

    /**
     * @param agreements the agreements' general rules and criteria
     * @param psrLines   product-specific rules; each rule must parse
     * @throws IllegalArgumentException when a rule does not parse
     */
    public OriginEngine(ReferenceData ref, List<AgreementOrigin> agreements, List<PsrLine> psrLines) {
        this.ref = ref;
        for (AgreementOrigin a : agreements) {
            this.agreements.put(a.agreement(), a);
            if (a.generalRule() != null) {
                generalRules.put(a.agreement(), OriginRules.parse(a.generalRule()));
            }
        }
        for (PsrLine line : psrLines) {
            psr.computeIfAbsent(line.agreement(), k -> new HashMap<>()).put(line.hsCode(), line);
            psrRules.put(line, OriginRules.parse(line.rule()));
        }
    }

    /** With the built-in rules. */
    public static OriginEngine defaults() {
        return Defaults.INSTANCE;
    }

    /**
     * Determines origin under the bill's agreement, or under every agreement coo4j has origin rules for whose
     * partner is the import country.
     *
     * @throws InvalidInputException naming the field when the bill cannot be judged (no product, a malformed HS
     *                               code, a missing or negative value)
     */
    public OriginAnswer determine(BillOfMaterials bom) {
        check(bom);
        List<String> codes;
        if (bom.agreement() != null) {
            if (!agreements.containsKey(bom.agreement())) {
                throw new InvalidInputException(SOURCE, "agreement", "coo4j has no origin rules for agreement " + bom.agreement()
                        + "; it has " + String.join(", ", agreements.keySet()));
            }
            codes = List.of(bom.agreement());
        } else {
            codes = agreements.keySet().stream().filter(code -> ref.agreement(code)
                    .map(a -> a.isPartner(bom.importCountry(), ChinaTime.today()))
                    .orElse(false)).toList();
        }
        return new OriginAnswer(codes.stream().map(code -> determine(bom, agreements.get(code))).toList());
    }

    private OriginResult determine(BillOfMaterials bom, AgreementOrigin a) {
        List<OriginTest> tests = new ArrayList<>();
        BigDecimal fob = bom.product().fobValue();
        List<Material> nonOriginating = bom.materials().stream().filter(m -> !m.originating()).toList();
        BigDecimal vnm = nonOriginating.stream().map(Material::value).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal rvc = RegionalValueContent.defaults().value(RvcMethod.BUILD_DOWN, fob, vnm, null);

        if (bom.product().whollyObtained()) {
            tests.add(new OriginTest("WO", true, "the product is wholly obtained"));
            return new OriginResult(a.agreement(), true, a.criteria().get("WO"), rvc, tests);
        }
        tests.add(new OriginTest("WO", false, "the product is not declared wholly obtained"));
        if (!bom.materials().isEmpty() && nonOriginating.isEmpty()) {
            tests.add(new OriginTest("PE", true, "all " + bom.materials().size() + " materials are originating"));
            return new OriginResult(a.agreement(), true, a.criteria().get("PE"), rvc, tests);
        }
        tests.add(new OriginTest("PE", false, bom.materials().isEmpty() ? "no materials are listed"
                : nonOriginating.size() + " of " + bom.materials().size() + " materials are non-originating"));

        String product = digits(bom.product().hsCode());
        PsrLine line = lineFor(a.agreement(), product);
        OriginRule rule;
        if (line != null) {
            rule = psrRules.get(line);
            tests.add(new OriginTest("PSR", true, "product-specific rule of " + line.hsCode() + " (" + line.hsVersion() + "): "
                    + line.ruleText() + " = " + rule + " [" + line.sourceRef() + "]"));
        } else if (generalRules.containsKey(a.agreement())) {
            rule = generalRules.get(a.agreement());
            tests.add(new OriginTest("PSR", true, "no product-specific rule for " + product + " in coo4j's tables; the agreement's"
                    + " general rule applies: " + rule));
        } else {
            tests.add(new OriginTest("PSR", false, "no product-specific rule for " + product + " in coo4j's tables and agreement "
                    + a.agreement() + " has no general rule: origin cannot be determined without its annex"));
            return new OriginResult(a.agreement(), false, null, rvc, tests);
        }
        Outcome outcome = evaluate(rule, product, nonOriginating, fob, a, tests);
        String criterion = !outcome.passed() ? null : line != null && a.criteria().get("PSR") != null ? a.criteria().get("PSR")
                : a.criteria().get(outcome.kind());
        return new OriginResult(a.agreement(), outcome.passed(), criterion, rvc, tests);
    }

    /** Whether a rule passed, and by which kind of test ({@code CTC}, {@code RVC} or {@code WO}) it did. */
    private record Outcome(boolean passed, String kind) {
    }

    private Outcome evaluate(OriginRule rule, String product, List<Material> nonOriginating, BigDecimal fob,
                             AgreementOrigin a, List<OriginTest> tests) {
        if (rule instanceof OriginRule.WhollyObtained) {
            tests.add(new OriginTest("WO", false, "the rule requires the product to be wholly obtained"));
            return new Outcome(false, "WO");
        }
        if (rule instanceof OriginRule.ValueContent v) {
            BigDecimal vnm = nonOriginating.stream().map(Material::value).reduce(BigDecimal.ZERO, BigDecimal::add);
            RvcResult r = RegionalValueContent.defaults().compute(RvcMethod.BUILD_DOWN, fob, vnm, null, v.threshold());
            tests.add(new OriginTest("RVC", r.passes(), r.formula()));
            return new Outcome(r.passes(), "RVC");
        }
        if (rule instanceof OriginRule.TariffShift shift) {
            return new Outcome(tariffShift(shift, product, nonOriginating, fob, a, tests), "CTC");
        }
        if (rule instanceof OriginRule.AnyOf any) {
            Outcome first = null;
            for (OriginRule r : any.alternatives()) { // every alternative is traced, the first that passes names the criterion
                Outcome o = evaluate(r, product, nonOriginating, fob, a, tests);
                if (o.passed() && first == null) {
                    first = o;
                }
            }
            return first != null ? first : new Outcome(false, null);
        }
        OriginRule.AllOf all = (OriginRule.AllOf) rule;
        boolean ok = true;
        String kind = null;
        for (OriginRule r : all.parts()) {
            Outcome o = evaluate(r, product, nonOriginating, fob, a, tests);
            ok &= o.passed();
            kind = kind == null ? o.kind() : kind;
        }
        return new Outcome(ok, kind);
    }

    private static boolean tariffShift(OriginRule.TariffShift shift, String product, List<Material> nonOriginating,
                                       BigDecimal fob, AgreementOrigin a, List<OriginTest> tests) {
        int n = shift.level().digits();
        String productPart = product.substring(0, n);
        List<String> failing = new ArrayList<>();
        BigDecimal failingValue = BigDecimal.ZERO;
        String sameSubheading = null;
        for (Material m : nonOriginating) {
            String code = digits(m.hsCode());
            OriginRule.HsRange excepted = shift.except().stream().filter(r -> r.covers(code)).findFirst().orElse(null);
            boolean shifted = !code.startsWith(productPart) && excepted == null;
            if (!shifted) {
                failing.add(code + (excepted != null ? " (from excepted " + excepted + ")" : " (same " + shift.level().name()
                        .toLowerCase(java.util.Locale.ROOT) + " " + productPart + ")"));
                failingValue = failingValue.add(m.value());
                if (code.startsWith(product.substring(0, 6))) {
                    sameSubheading = code;
                }
            }
        }
        if (failing.isEmpty()) {
            tests.add(new OriginTest(shift.test(), true, "all " + nonOriginating.size() + " non-originating materials change "
                    + shift.level().name().toLowerCase(java.util.Locale.ROOT) + " to " + productPart
                    + (shift.except().isEmpty() ? "" : ", none from " + shift.except())));
            return true;
        }
        tests.add(new OriginTest(shift.test(), false, failing.size() + " non-originating material(s) do not qualify: "
                + String.join(", ", failing)));
        BigDecimal deMinimis = a.deMinimisPercent();
        if (deMinimis == null) {
            return false;
        }
        if (sameSubheading != null && a.sameSubheadingExcluded(product.substring(0, 2))) {
            tests.add(new OriginTest("DE_MINIMIS", false, "not available: material " + sameSubheading + " is of the product's own"
                    + " subheading " + product.substring(0, 6) + ", and for chapter " + product.substring(0, 2)
                    + " products agreement " + a.agreement() + " allows de minimis only for materials of another subheading"));
            return false;
        }
        BigDecimal allowed = fob.multiply(deMinimis).divide(HUNDRED, 2, RoundingMode.HALF_UP);
        boolean ok = failingValue.compareTo(allowed) <= 0;
        tests.add(new OriginTest("DE_MINIMIS", ok, "their value " + failingValue.toPlainString() + (ok ? " <= " : " > ")
                + deMinimis.toPlainString() + "% of FOB = " + allowed.toPlainString()));
        return ok;
    }

    /** The most specific line: subheading, then heading, then chapter. */
    private PsrLine lineFor(String agreement, String product) {
        Map<String, PsrLine> lines = psr.getOrDefault(agreement, Map.of());
        for (int len = 6; len >= 2; len -= 2) {
            PsrLine l = lines.get(product.substring(0, len));
            if (l != null) {
                return l;
            }
        }
        return null;
    }

    private static String digits(String hs) {
        return HsCode.parse(hs).map(HsCode::digits).orElseThrow();
    }

    private static void check(BillOfMaterials bom) {
        if (bom.product() == null) {
            throw new InvalidInputException(SOURCE, "product", "required");
        }
        if (HsCode.parse(bom.product().hsCode()).isEmpty()) {
            throw new InvalidInputException(SOURCE, "product.hsCode", "must be an HS code of 6, 8 or 10 digits");
        }
        BigDecimal fob = bom.product().fobValue();
        if (fob == null || fob.signum() <= 0 || !Checks.isAmountInRange(fob)) {
            throw new InvalidInputException(SOURCE, "product.fobValue", "must be a positive amount");
        }
        for (int i = 0; i < bom.materials().size(); i++) {
            Material m = bom.materials().get(i);
            String p = "materials[" + i + "].";
            if (HsCode.parse(m.hsCode()).isEmpty()) {
                throw new InvalidInputException(SOURCE, p + "hsCode", "must be an HS code of 6, 8 or 10 digits");
            }
            if (m.value() == null || m.value().signum() < 0 || !Checks.isAmountInRange(m.value())) {
                throw new InvalidInputException(SOURCE, p + "value", "must be an amount of 0 or more");
            }
            if (m.originating() == null) {
                throw new InvalidInputException(SOURCE, p + "originating", "required: true or false");
            }
        }
    }

    /** The agreements coo4j has origin rules for. */
    public List<String> agreements() {
        return List.copyOf(agreements.keySet());
    }
}
