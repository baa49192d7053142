package io.coo4j.rules.origin;

import io.coo4j.core.ChinaTime;
import io.coo4j.core.InvalidInputException;
import io.coo4j.core.data.DataPack;
import io.coo4j.core.hs.HsLevel;
import io.coo4j.core.hs.HsCode;
import io.coo4j.core.model.BillOfMaterials;
import io.coo4j.core.model.BillOfMaterials.Material;
import io.coo4j.core.reference.ReferenceData;
import io.coo4j.core.validation.Checks;
import io.coo4j.rules.internal.RulesData;
import io.coo4j.rules.origin.OriginRule.HsRange;
import io.coo4j.rules.rvc.RegionalValueContent;
import io.coo4j.rules.rvc.RvcMethod;
import io.coo4j.rules.rvc.RvcResult;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Determines origin from a bill of materials (docs/domain.md, "Origin"): per agreement, wholly obtained (WO), produced
 * exclusively from originating materials (PE), then the product-specific rule of the product's subheading, heading
 * or chapter — from the agreement's full annex when a data pack supplies one ({@link #withAnnexes}), else from the
 * lines coo4j cites ({@code psr-lines.json}) — or else the agreement's general rule ({@code origin.json}): changes of
 * tariff classification tested for every non-originating material (with the agreement's de minimis for those that
 * fail), regional value content by build-down on FOB, requirements a bill cannot show (kept as conditions),
 * alternatives, conjunctions and rules per kind of product. The answer names the criterion to print and traces every
 * test with its inputs and outcome; where coo4j cannot decide (no rule, an unreadable annex row, a code outside the
 * annex's HS edition) it says {@link OriginOutcome#NOT_DETERMINED}, never a guess.
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
    private final Map<String, AgreementOrigin> agreements;
    private final Map<String, OriginRule> generalRules;
    private final Map<String, PsrAnnex> annexes;

    /**
     * @param agreements the agreements' general rules and criteria
     * @param psrLines   product-specific rules in coo4j's syntax; each rule must parse
     * @throws IllegalArgumentException when a rule does not parse
     */
    public OriginEngine(ReferenceData ref, List<AgreementOrigin> agreements, List<PsrLine> psrLines) {
        this.ref = ref;
        this.agreements = new LinkedHashMap<>();
        this.generalRules = new HashMap<>();
        for (AgreementOrigin a : agreements) {
            this.agreements.put(a.agreement(), a);
            if (a.generalRule() != null) {
                generalRules.put(a.agreement(), OriginRules.parse(a.generalRule()));
            }
        }
        Map<String, List<PsrEntry>> lines = new LinkedHashMap<>();
        Map<String, String> versions = new HashMap<>();
        for (PsrLine line : psrLines) {
            String code = line.hsCode();
            lines.computeIfAbsent(line.agreement(), k -> new ArrayList<>()).add(new PsrEntry(line.agreement(), line.hsVersion(),
                    code, HsLevel.ofDigits(code.length()), line.ruleText(), OriginRules.parse(line.rule()), null, List.of(),
                    line.sourceRef()));
            versions.put(line.agreement(), line.hsVersion());
        }
        this.annexes = new HashMap<>();
        lines.forEach((agreement, entries) -> annexes.put(agreement, PsrAnnex.of(agreement, versions.get(agreement), entries)));
    }

    private OriginEngine(OriginEngine base, Map<String, PsrAnnex> annexes) {
        this.ref = base.ref;
        this.agreements = new LinkedHashMap<>(base.agreements);
        this.generalRules = base.generalRules;
        this.annexes = new HashMap<>(base.annexes);
        annexes.forEach((agreement, annex) -> {
            this.annexes.put(agreement, annex);
            // an agreement known only by its annex: no general rule, de minimis or criterion codes, so answers stay conservative
            this.agreements.putIfAbsent(agreement, new AgreementOrigin(agreement, null, null, List.of(), Map.of(),
                    "product-specific rules annex of the data pack", "coo4j knows no general rule, de minimis or criterion codes"));
        });
    }

    /** With the built-in rules. */
    public static OriginEngine defaults() {
        return Defaults.INSTANCE;
    }

    /**
     * This engine with the product-specific rules annexes of a data pack, each replacing the lines coo4j cites for its
     * agreement. Reads every annex row once ({@link PsrAnnex#parse}); agreements known only by their annex are added.
     */
    public OriginEngine withAnnexes(DataPack pack) {
        Map<String, PsrAnnex> read = new LinkedHashMap<>();
        pack.psrTables().forEach((agreement, table) -> read.put(agreement, PsrAnnex.parse(table)));
        return withAnnexes(read.values());
    }

    /** This engine with these annexes, each replacing the rules coo4j has for its agreement. */
    public OriginEngine withAnnexes(Collection<PsrAnnex> annexes) {
        Map<String, PsrAnnex> byAgreement = new LinkedHashMap<>();
        annexes.forEach(a -> byAgreement.put(a.agreement(), a));
        return new OriginEngine(this, byAgreement);
    }

    /** The annex (or the cited lines) coo4j reads an agreement's product-specific rules from. */
    public Optional<PsrAnnex> annex(String agreement) {
        return Optional.ofNullable(annexes.get(agreement));
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

    /**
     * What a bill is judged on under one agreement (the non-originating materials with their codes' digits, read once),
     * the annex whose HS edition codes must exist in (null when it does not list a whole edition), and the trace.
     */
    private record Case(String product, List<Material> nonOriginating, List<String> codes, BigDecimal fob,
                        AgreementOrigin agreement, PsrAnnex edition, List<OriginTest> tests) {
    }

    private OriginResult determine(BillOfMaterials bom, AgreementOrigin a) {
        List<OriginTest> tests = new ArrayList<>();
        BigDecimal fob = bom.product().fobValue();
        List<Material> nonOriginating = bom.materials().stream().filter(m -> !m.originating()).toList();
        BigDecimal vnm = nonOriginating.stream().map(Material::value).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal rvc = RegionalValueContent.defaults().value(RvcMethod.BUILD_DOWN, fob, vnm, null);

        if (bom.product().whollyObtained()) {
            tests.add(new OriginTest("WO", true, "the product is wholly obtained"));
            return new OriginResult(a.agreement(), OriginOutcome.QUALIFIES, a.criteria().get("WO"), rvc, List.of(), tests);
        }
        tests.add(new OriginTest("WO", false, "the product is not declared wholly obtained"));
        if (!bom.materials().isEmpty() && nonOriginating.isEmpty()) {
            tests.add(new OriginTest("PE", true, "all " + bom.materials().size() + " materials are originating"));
            return new OriginResult(a.agreement(), OriginOutcome.QUALIFIES, a.criteria().get("PE"), rvc, List.of(), tests);
        }
        tests.add(new OriginTest("PE", false, bom.materials().isEmpty() ? "no materials are listed"
                : nonOriginating.size() + " of " + bom.materials().size() + " materials are non-originating"));

        String product = digits(bom.product().hsCode());
        PsrAnnex annex = annexes.get(a.agreement());
        PsrAnnex edition = annex != null && annex.listsEverySubheading() ? annex : null;
        if (edition != null && !edition.existsInEdition(product)) {
            tests.add(new OriginTest("PSR", false, "the product's subheading " + HsRange.dotted(product.substring(0, 6))
                    + " does not exist in " + edition.hsVersion() + ", the edition agreement " + a.agreement() + "'s annex is"
                    + " written in (it lists all its subheadings); coo4j has no correlation table between HS editions, so it"
                    + " cannot tell which annex row applies: classify the product in " + edition.hsVersion()));
            return new OriginResult(a.agreement(), OriginOutcome.NOT_DETERMINED, null, rvc, List.of(), tests);
        }
        PsrEntry entry = annex == null ? null : annex.entryFor(product).orElse(null);
        OriginRule rule;
        if (entry != null) {
            if (!entry.parsed()) {
                tests.add(new OriginTest("PSR", false, "the annex row of " + entry.dottedCode() + " (" + entry.hsVersion() + ", "
                        + entry.sourceRef() + ") reads \"" + entry.ruleText() + "\", which coo4j cannot read: " + entry.problem()));
                return new OriginResult(a.agreement(), OriginOutcome.NOT_DETERMINED, null, rvc, List.of(), tests);
            }
            rule = entry.rule();
            tests.add(new OriginTest("PSR", true, "product-specific rule of " + entry.dottedCode() + " (" + entry.hsVersion() + "): "
                    + entry.ruleText() + " = " + rule + " [" + entry.sourceRef() + "]"
                    + (entry.notes().isEmpty() ? "" : "; " + String.join("; ", entry.notes()))));
        } else if (generalRules.containsKey(a.agreement())) {
            rule = generalRules.get(a.agreement());
            tests.add(new OriginTest("PSR", true, "no product-specific rule for " + product + " in coo4j's tables; the agreement's"
                    + " general rule applies: " + rule));
        } else {
            tests.add(new OriginTest("PSR", false, "no product-specific rule for " + product + " in coo4j's tables and agreement "
                    + a.agreement() + " has no general rule: origin cannot be determined without its annex"));
            return new OriginResult(a.agreement(), OriginOutcome.NOT_DETERMINED, null, rvc, List.of(), tests);
        }
        Verdict v = evaluate(rule, new Case(product, nonOriginating,
                nonOriginating.stream().map(m -> digits(m.hsCode())).toList(), fob, a, edition, tests));
        OriginOutcome outcome = switch (v.state()) {
            case PASS -> OriginOutcome.QUALIFIES;
            case CONDITIONAL -> OriginOutcome.QUALIFIES_IF;
            case FAIL -> OriginOutcome.DOES_NOT_QUALIFY;
            case UNDETERMINED -> OriginOutcome.NOT_DETERMINED;
        };
        boolean passes = v.state() == State.PASS || v.state() == State.CONDITIONAL;
        String criterion = !passes ? null : entry != null && a.criteria().get("PSR") != null ? a.criteria().get("PSR")
                : a.criteria().get(v.kind());
        return new OriginResult(a.agreement(), outcome, criterion, rvc, v.conditions(), tests);
    }

    private enum State { PASS, CONDITIONAL, FAIL, UNDETERMINED }

    /**
     * A rule's verdict, the kind of test it passed by ({@code CTC}, {@code RVC} or {@code WO}; names the criterion),
     * and for a conditional pass the conditions it rests on.
     */
    private record Verdict(State state, String kind, List<String> conditions) {
        static Verdict of(boolean passed, String kind) {
            return new Verdict(passed ? State.PASS : State.FAIL, kind, List.of());
        }
    }

    private Verdict evaluate(OriginRule rule, Case c) {
        List<OriginTest> tests = c.tests();
        if (rule instanceof OriginRule.WhollyObtained) {
            tests.add(new OriginTest("WO", false, "the rule requires the product to be wholly obtained"));
            return Verdict.of(false, "WO");
        }
        if (rule instanceof OriginRule.ValueContent v) {
            BigDecimal vnm = c.nonOriginating().stream().map(Material::value).reduce(BigDecimal.ZERO, BigDecimal::add);
            RvcResult r = RegionalValueContent.defaults().compute(RvcMethod.BUILD_DOWN, c.fob(), vnm, null, v.threshold());
            tests.add(new OriginTest("RVC", r.passes(), r.formula()));
            return Verdict.of(r.passes(), "RVC");
        }
        if (rule instanceof OriginRule.TariffShift shift) {
            return tariffShift(shift, c);
        }
        if (rule instanceof OriginRule.Condition condition) {
            tests.add(new OriginTest("CONDITION", true, "the rule also requires what a bill of materials cannot show: "
                    + condition.text()));
            return new Verdict(State.CONDITIONAL, null, List.of(condition.text()));
        }
        if (rule instanceof OriginRule.Variants variants) {
            return variants(variants, c);
        }
        if (rule instanceof OriginRule.AnyOf any) {
            return anyOf(any.alternatives(), c);
        }
        return allOf(((OriginRule.AllOf) rule).parts(), c);
    }

    /** Every alternative is traced; an outright pass wins, then a conditional one, then "cannot decide". */
    private Verdict anyOf(List<OriginRule> alternatives, Case c) {
        Verdict pass = null;
        List<Verdict> conditional = new ArrayList<>();
        boolean undetermined = false;
        for (OriginRule r : alternatives) {
            Verdict v = evaluate(r, c);
            switch (v.state()) {
                case PASS -> pass = pass == null ? v : pass;
                case CONDITIONAL -> conditional.add(v);
                case UNDETERMINED -> undetermined = true;
                case FAIL -> { }
            }
        }
        if (pass != null) {
            return pass;
        }
        if (conditional.size() == 1) {
            return conditional.get(0);
        }
        if (!conditional.isEmpty()) {
            return new Verdict(State.CONDITIONAL, conditional.get(0).kind(), List.of("one of: " + conditional.stream()
                    .map(v -> String.join(" and ", v.conditions())).collect(Collectors.joining("; or "))));
        }
        return new Verdict(undetermined ? State.UNDETERMINED : State.FAIL, null, List.of());
    }

    /** A failed part fails the whole; else one that cannot be decided leaves it undecided; conditions add up. */
    private Verdict allOf(List<OriginRule> parts, Case c) {
        State state = State.PASS;
        String kind = null;
        List<String> conditions = new ArrayList<>();
        for (OriginRule r : parts) {
            Verdict v = evaluate(r, c);
            kind = kind == null ? v.kind() : kind;
            conditions.addAll(v.conditions());
            if (v.state() == State.FAIL || state == State.FAIL) {
                state = State.FAIL;
            } else if (v.state() == State.UNDETERMINED || state == State.UNDETERMINED) {
                state = State.UNDETERMINED;
            } else if (v.state() == State.CONDITIONAL) {
                state = State.CONDITIONAL;
            }
        }
        return new Verdict(state, kind, state == State.CONDITIONAL ? conditions : List.of());
    }

    /** The bill does not say what kind of product it is, so each kind the product qualifies as becomes a condition. */
    private Verdict variants(OriginRule.Variants variants, Case c) {
        List<String> conditions = new ArrayList<>();
        String kind = null;
        boolean undetermined = false;
        for (OriginRule.Variant variant : variants.variants()) {
            int at = c.tests().size();
            Verdict v = evaluate(variant.rule(), c);
            boolean qualifies = v.state() == State.PASS || v.state() == State.CONDITIONAL;
            c.tests().add(at, new OriginTest("VARIANT", qualifies, "as " + variant.product() + " (" + variant.rule() + "): "
                    + (qualifies ? "qualifies" : v.state() == State.UNDETERMINED ? "cannot be decided" : "does not qualify")));
            if (qualifies) {
                kind = kind == null ? v.kind() : kind;
                List<String> all = new ArrayList<>(List.of("the product is " + variant.product()));
                all.addAll(v.conditions());
                conditions.add(String.join(" and ", all));
            }
            undetermined |= v.state() == State.UNDETERMINED;
        }
        if (!conditions.isEmpty()) {
            return new Verdict(State.CONDITIONAL, kind, conditions.size() == 1 ? conditions
                    : List.of("one of: " + String.join("; or ", conditions)));
        }
        return new Verdict(undetermined ? State.UNDETERMINED : State.FAIL, null, List.of());
    }

    private static Verdict tariffShift(OriginRule.TariffShift shift, Case c) {
        String product = c.product();
        String level = shift.level().name().toLowerCase(Locale.ROOT);
        String productPart = product.substring(0, shift.level().digits());
        if (c.edition() != null) {
            List<String> outside = c.codes().stream().filter(code -> !c.edition().existsInEdition(code)).toList();
            if (!outside.isEmpty()) {
                c.tests().add(new OriginTest(shift.test(), false, "cannot be decided: non-originating material(s) "
                        + String.join(", ", outside) + " are not subheadings of " + c.edition().hsVersion() + ", the edition of"
                        + " the annex; coo4j has no correlation table between HS editions: classify them in "
                        + c.edition().hsVersion()));
                return new Verdict(State.UNDETERMINED, "CTC", List.of());
            }
        }
        List<String> failing = new ArrayList<>();
        BigDecimal failingValue = BigDecimal.ZERO;
        String sameSubheading = null;
        for (int i = 0; i < c.codes().size(); i++) {
            Material m = c.nonOriginating().get(i);
            String code = c.codes().get(i);
            OriginRule.HsRange excepted = shift.except().stream().filter(r -> r.covers(code)).findFirst().orElse(null);
            boolean shifted = !code.startsWith(productPart) && excepted == null;
            if (!shifted) {
                failing.add(code + (excepted != null ? " (from excepted " + excepted + ")" : " (same " + level + " " + productPart + ")"));
                failingValue = failingValue.add(m.value());
                if (code.startsWith(product.substring(0, 6))) {
                    sameSubheading = code;
                }
            }
        }
        if (failing.isEmpty()) {
            c.tests().add(new OriginTest(shift.test(), true, "all " + c.nonOriginating().size() + " non-originating materials change "
                    + level + " to " + productPart + (shift.except().isEmpty() ? "" : ", none from " + shift.except())));
            return Verdict.of(true, "CTC");
        }
        c.tests().add(new OriginTest(shift.test(), false, failing.size() + " non-originating material(s) do not qualify: "
                + String.join(", ", failing)));
        AgreementOrigin a = c.agreement();
        BigDecimal deMinimis = a.deMinimisPercent();
        if (deMinimis == null) {
            return Verdict.of(false, "CTC");
        }
        if (sameSubheading != null && a.sameSubheadingExcluded(product.substring(0, 2))) {
            c.tests().add(new OriginTest("DE_MINIMIS", false, "not available: material " + sameSubheading + " is of the product's own"
                    + " subheading " + product.substring(0, 6) + ", and for chapter " + product.substring(0, 2)
                    + " products agreement " + a.agreement() + " allows de minimis only for materials of another subheading"));
            return Verdict.of(false, "CTC");
        }
        BigDecimal allowed = c.fob().multiply(deMinimis).divide(HUNDRED, 2, RoundingMode.HALF_UP);
        boolean ok = failingValue.compareTo(allowed) <= 0;
        c.tests().add(new OriginTest("DE_MINIMIS", ok, "their value " + failingValue.toPlainString() + (ok ? " <= " : " > ")
                + deMinimis.toPlainString() + "% of FOB = " + allowed.toPlainString()));
        return Verdict.of(ok, "CTC");
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
