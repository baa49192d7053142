package io.coo4j.rules.origin;

import io.coo4j.core.ChinaTime;
import io.coo4j.core.InvalidInputException;
import io.coo4j.core.data.DataPack;
import io.coo4j.core.data.HsCorrelation;
import io.coo4j.core.data.HsCorrelation.Candidate;
import io.coo4j.core.data.HsCorrelation.Correspondence;
import io.coo4j.core.hs.HsCode;
import io.coo4j.core.model.BillOfMaterials;
import io.coo4j.core.model.BillOfMaterials.Material;
import io.coo4j.core.reference.ReferenceData;
import io.coo4j.core.validation.Checks;
import io.coo4j.rules.internal.RulesData;
import io.coo4j.rules.origin.OriginRule.HsRange;
import io.coo4j.rules.origin.internal.AnnexData;
import io.coo4j.rules.rvc.RegionalValueContent;
import io.coo4j.rules.rvc.RvcMethod;
import io.coo4j.rules.rvc.RvcResult;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Determines origin from a bill of materials (docs/domain.md, "Origin"). Per agreement: wholly obtained (WO) and produced
 * exclusively from originating materials (PE), decided for every agreement as its article on originating goods says
 * ({@code origin.json}); then the product-specific rule (产品特定原产地规则) of the product's subheading, heading or
 * chapter from the agreement's annex in a data pack ({@link #withAnnexes}), or the agreement's rule for goods no
 * product-specific rule covers. Changes of tariff classification are tested for every non-originating material (with
 * the agreement's de minimis for those that fail), regional value content by build-down on the agreement's value base,
 * requirements a bill cannot show are kept as conditions.
 *
 * <p>Codes are brought into the annex's HS edition first: the bill's codes are in its {@code hsVersion} (HS 2022 by
 * default), the annexes in theirs (China–Korea HS 2012), and the pack's {@link HsCorrelation} says which codes of the
 * annex's edition a code corresponds to. One candidate decides as that row; several are each decided, and differing
 * answers become {@code QUALIFIES_IF} with the candidate as the condition; a material qualifies for a change of
 * classification only when every candidate does. A code with no partner, or with more candidates than
 * {@code hs-correlation.json} allows (the e-waste 8549.xx), is named, not decided.
 *
 * <p>Unknown is not yes: where coo4j lacks what a test needs (the annex of an agreement that has product-specific rules,
 * a readable row, a correlation) the answer is {@link OriginOutcome#NOT_DETERMINED}, or {@code QUALIFIES_IF} with the
 * missing fact as the condition ("no product-specific rule of 02 covers 9401.61"), never {@code QUALIFIES}.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class OriginEngine {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final String SOURCE = "bill of materials";
    private static final Pattern HS_EDITION = Pattern.compile("HS(1992|1996|2002|2007|2012|2017|2022)");

    private static final class Defaults {
        static final OriginEngine INSTANCE = new OriginEngine(ReferenceData.defaults(),
                RulesData.load("origin.json", AgreementOrigin.class));
    }

    private final ReferenceData ref;
    private final Map<String, AgreementOrigin> agreements;
    private final Map<String, OriginRule> generalRules;
    private final Map<String, PsrAnnex> annexes;
    private final @Nullable HsCorrelation correlation;
    /** Codes already brought into an annex's edition, per bill edition and agreement; only codes that could be. */
    private final Map<String, Map<String, Bridge.Mapped>> bridged = new ConcurrentHashMap<>();

    /**
     * An engine over the given reference data and agreements; the general rules are parsed here, once.
     *
     * @param ref        the reference data: agreements, countries and the other tables the rules name
     * @param agreements the agreements' general provisions and criteria
     * @throws InvalidInputException when a general rule does not parse
     */
    public OriginEngine(ReferenceData ref, List<AgreementOrigin> agreements) {
        this.ref = InvalidInputException.requireArgument(ref, "OriginEngine", "ref");
        InvalidInputException.requireArgument(agreements, "OriginEngine", "agreements");
        this.agreements = new LinkedHashMap<>();
        this.generalRules = new HashMap<>();
        for (AgreementOrigin a : agreements) {
            this.agreements.put(a.agreement(), a);
            if (a.generalRule() != null) {
                generalRules.put(a.agreement(), OriginRules.parse(a.generalRule()));
            }
        }
        this.annexes = Map.of();
        this.correlation = null;
    }

    private OriginEngine(OriginEngine base, Map<String, PsrAnnex> annexes, @Nullable HsCorrelation correlation) {
        this.ref = base.ref;
        this.agreements = new LinkedHashMap<>(base.agreements);
        this.generalRules = base.generalRules;
        this.correlation = correlation;
        this.annexes = new HashMap<>(base.annexes);
        annexes.forEach((agreement, annex) -> {
            this.annexes.put(agreement, annex);
            // an agreement coo4j knows only by its annex: no general rule, de minimis or criterion codes, so answers stay conservative
            this.agreements.putIfAbsent(agreement, new AgreementOrigin(agreement, null, null, List.of(), null, true, Map.of(),
                    "product-specific rules annex of the data pack", "product-specific rules annex of the data pack",
                    "coo4j knows no general rule, de minimis or criterion codes"));
        });
    }

    /** With the built-in general provisions and no annex. */
    public static OriginEngine defaults() {
        return Defaults.INSTANCE;
    }

    /**
     * This engine with the product-specific rules annexes of a data pack and its HS correlation tables (when it has them).
     * Reads every annex row once ({@link PsrAnnex#parse}); agreements known only by their annex are added.
     */
    public OriginEngine withAnnexes(DataPack pack) {
        InvalidInputException.requireArgument(pack, "OriginEngine.withAnnexes", "pack");
        Map<String, PsrAnnex> read = new LinkedHashMap<>();
        pack.psrTables().forEach((agreement, table) -> read.put(agreement, PsrAnnex.parse(table)));
        return new OriginEngine(this, read, pack.hsCorrelation().orElse(correlation));
    }

    /** This engine with these annexes, each replacing the one it has for its agreement. */
    public OriginEngine withAnnexes(Collection<PsrAnnex> annexes) {
        InvalidInputException.requireArgument(annexes, "OriginEngine.withAnnexes", "annexes");
        Map<String, PsrAnnex> byAgreement = new LinkedHashMap<>();
        annexes.forEach(a -> byAgreement.put(a.agreement(), a));
        return new OriginEngine(this, byAgreement, correlation);
    }

    /** The annex coo4j reads an agreement's product-specific rules from. */
    public Optional<PsrAnnex> annex(@Nullable String agreement) {
        return Optional.ofNullable(annexes.get(agreement));
    }

    /** An agreement's general provisions. */
    public Optional<AgreementOrigin> agreement(@Nullable String agreement) {
        return Optional.ofNullable(agreements.get(agreement));
    }

    /**
     * Determines origin under the bill's agreement, or under every agreement coo4j knows whose partner is the import
     * country.
     *
     * @throws InvalidInputException naming the field when the bill cannot be judged (an agreement coo4j does not know, no
     *                               product, a malformed HS code or edition, a missing or negative value)
     */
    public OriginAnswer determine(BillOfMaterials bom) {
        check(InvalidInputException.requireArgument(bom, "OriginEngine.determine", "bom"));
        List<String> codes;
        if (bom.agreement() != null) {
            if (!agreements.containsKey(bom.agreement())) {
                throw new InvalidInputException(SOURCE, "agreement", "coo4j does not know agreement " + bom.agreement()
                        + "; it knows " + String.join(", ", agreements.keySet()));
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
     * What a bill is judged on under one agreement: the non-originating materials with their codes in the annex's edition
     * (several candidates each where the edition split them; null where a code could not be brought into it, with the
     * reason in {@code unmapped}), the value RVC and de minimis are shares of (null when the bill lacks it), and the trace.
     */
    private record Case(String product, List<Material> nonOriginating, List<List<String>> codes, List<String> unmapped,
                        BigDecimal base, AgreementOrigin agreement, String edition, List<OriginTest> tests) {
        Case on(String candidate, List<OriginTest> trace) {
            return new Case(candidate, nonOriginating, codes, unmapped, base, agreement, edition, trace);
        }
    }

    /** One way of reading a product: the outcome, the criterion to print and the conditions it rests on. */
    private record Decision(OriginOutcome outcome, String criterion, List<String> conditions) {
        boolean passes() {
            return outcome == OriginOutcome.QUALIFIES || outcome == OriginOutcome.QUALIFIES_IF;
        }
    }

    private OriginResult determine(BillOfMaterials bom, AgreementOrigin a) {
        List<OriginTest> tests = new ArrayList<>();
        BigDecimal fob = bom.product().fobValue();
        List<Material> nonOriginating = bom.materials().stream().filter(m -> !m.originating()).toList();
        BigDecimal vnm = nonOriginating.stream().map(Material::value).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal rvc = RegionalValueContent.defaults().value(RvcMethod.BUILD_DOWN, fob, vnm, null);

        if (bom.product().whollyObtained()) {
            tests.add(new OriginTest("WO", true, "the product is wholly obtained [" + a.originatingGoods() + "]"));
            return new OriginResult(a.agreement(), OriginOutcome.QUALIFIES, a.criteria().get("WO"), rvc, List.of(), tests);
        }
        tests.add(new OriginTest("WO", false, "the product is not declared wholly obtained"));
        if (!bom.materials().isEmpty() && nonOriginating.isEmpty()) {
            tests.add(new OriginTest("PE", true, "all " + bom.materials().size() + " materials are originating ["
                    + a.originatingGoods() + "]"));
            return new OriginResult(a.agreement(), OriginOutcome.QUALIFIES, a.criteria().get("PE"), rvc, List.of(), tests);
        }
        tests.add(new OriginTest("PE", false, bom.materials().isEmpty() ? "no materials are listed"
                : nonOriginating.size() + " of " + bom.materials().size() + " materials are non-originating"));
        if (!a.productSpecificRules() && !generalRules.containsKey(a.agreement())) {
            tests.add(new OriginTest("PSR", false, "agreement " + a.agreement() + " makes a good originating only when it is"
                    + " wholly obtained or produced from originating materials [" + a.originatingGoods() + "]"));
            return new OriginResult(a.agreement(), OriginOutcome.DOES_NOT_QUALIFY, null, rvc, List.of(), tests);
        }

        PsrAnnex annex = annexes.get(a.agreement());
        Bridge bridge = new Bridge(bom.hsVersion(), annex);
        String product = digits(bom.product().hsCode());
        Bridge.Mapped mapped = bridge.map(product);
        if (mapped.problem() != null) {
            tests.add(new OriginTest("HS", false, "product: " + mapped.problem()));
            return new OriginResult(a.agreement(), OriginOutcome.NOT_DETERMINED, null, rvc, List.of(), tests);
        }
        if (mapped.trace() != null) {
            tests.add(new OriginTest("HS", true, "product " + mapped.trace()));
        }
        List<List<String>> codes = new ArrayList<>();
        List<String> unmapped = new ArrayList<>();
        Set<String> changed = new LinkedHashSet<>();
        for (Material m : nonOriginating) {
            Bridge.Mapped mm = bridge.map(digits(m.hsCode()));
            codes.add(mm.codes());
            if (mm.problem() != null) {
                unmapped.add(mm.problem());
            } else if (mm.trace() != null && !(mm.codes().size() == 1 && mm.codes().get(0).equals(mm.code()))) {
                changed.add(mm.trace());
            }
        }
        if (!changed.isEmpty()) {
            tests.add(new OriginTest("HS", true, "non-originating materials whose code differs in " + bridge.edition() + ": "
                    + String.join("; ", changed)));
        }
        BigDecimal base = a.valueBase() == AgreementOrigin.ValueBase.FOB ? fob : bom.product().exWorksPrice();
        Case c = new Case(null, nonOriginating, codes, unmapped, base, a, bridge.edition(), tests);
        Decision d;
        if (mapped.codes().size() == 1) {
            d = decide(annex, c.on(mapped.codes().get(0), tests));
        } else {
            d = candidates(annex, mapped.codes(), c);
        }
        return new OriginResult(a.agreement(), d.outcome(), d.criterion(), rvc, d.conditions(), tests);
    }

    /** Each candidate decided with its own trace; one answer for all stands, else each passing candidate is a condition. */
    private Decision candidates(PsrAnnex annex, List<String> candidates, Case c) {
        List<Decision> decisions = new ArrayList<>();
        List<String> passing = new ArrayList<>();
        for (String candidate : candidates) {
            List<OriginTest> trace = new ArrayList<>();
            Decision d = decide(annex, c.on(candidate, trace));
            decisions.add(d);
            String as = "the product falls under " + HsRange.dotted(candidate) + " in " + c.edition() + " ("
                    + annex.entryFor(candidate).map(PsrEntry::ruleText).orElse("no annex row") + ")";
            c.tests().add(new OriginTest("CANDIDATE", d.passes(), as + ": " + d.outcome()
                    + (d.conditions().isEmpty() ? "" : " if " + String.join(" and ", d.conditions()))));
            c.tests().addAll(trace);
            if (d.passes()) {
                List<String> all = new ArrayList<>(List.of(as));
                all.addAll(d.conditions());
                passing.add(String.join(" and ", all));
            }
        }
        Decision first = decisions.get(0);
        if (decisions.stream().allMatch(first::equals)) {
            return first;
        }
        String criterion = decisions.stream().filter(Decision::passes).map(Decision::criterion).distinct().count() == 1
                ? decisions.stream().filter(Decision::passes).findFirst().map(Decision::criterion).orElse(null) : null;
        if (!passing.isEmpty()) {
            return new Decision(OriginOutcome.QUALIFIES_IF, criterion, passing.size() == 1 ? passing
                    : List.of("one of: " + String.join("; or ", passing)));
        }
        boolean undetermined = decisions.stream().anyMatch(d -> d.outcome() == OriginOutcome.NOT_DETERMINED);
        return new Decision(undetermined ? OriginOutcome.NOT_DETERMINED : OriginOutcome.DOES_NOT_QUALIFY, null, List.of());
    }

    /** The rule that applies to one code of the annex's edition, evaluated. */
    private Decision decide(PsrAnnex annex, Case c) {
        AgreementOrigin a = c.agreement();
        String product = c.product();
        OriginRule general = generalRules.get(a.agreement());
        PsrEntry entry = annex == null ? null : annex.entryFor(product).orElse(null);
        List<OriginTest> tests = c.tests();
        OriginRule rule;
        String unknownRule = null;
        if (entry != null) {
            if (!entry.parsed()) {
                tests.add(new OriginTest("PSR", false, "the annex row of " + entry.dottedCode() + " (" + entry.hsVersion() + ", "
                        + entry.sourceRef() + ") reads \"" + entry.ruleText() + "\", which coo4j cannot read: " + entry.problem()));
                return new Decision(OriginOutcome.NOT_DETERMINED, null, List.of());
            }
            rule = entry.rule();
            tests.add(new OriginTest("PSR", true, "product-specific rule of " + entry.dottedCode() + " (" + entry.hsVersion() + "): "
                    + entry.ruleText() + " = " + rule + " [" + entry.sourceRef() + "]"
                    + (entry.notes().isEmpty() ? "" : "; " + String.join("; ", entry.notes()))));
        } else if (general != null && (annex != null || !a.productSpecificRules())) {
            rule = general;
            tests.add(new OriginTest("PSR", true, (annex == null ? "agreement " + a.agreement() + " has no product-specific rules"
                    : "no product-specific rule for " + HsRange.dotted(product) + " in the annex (" + annex.hsVersion() + ")")
                    + "; the rule for other goods applies: " + rule + " [" + a.originatingGoods() + "]"));
        } else if (general != null) {
            rule = general;
            unknownRule = "no product-specific rule of agreement " + a.agreement() + " covers " + HsRange.dotted(product);
            tests.add(new OriginTest("PSR", false, "the data pack has no product-specific rules annex for agreement "
                    + a.agreement() + ", so coo4j cannot tell whether one covers " + HsRange.dotted(product)
                    + "; the rule for goods it does not cover is tried: " + rule + " [" + a.originatingGoods() + "]"));
        } else {
            tests.add(new OriginTest("PSR", false, (annex == null ? "the data pack has no product-specific rules annex for"
                    + " agreement " + a.agreement() + ", and a product neither wholly obtained nor produced from originating"
                    + " materials qualifies only by one: load the annex"
                    : "no product-specific rule for " + HsRange.dotted(product) + " in the annex of agreement " + a.agreement()
                    + " (" + annex.hsVersion() + "), and the agreement has no rule for goods outside it")
                    + " [" + a.originatingGoods() + "]"));
            return new Decision(OriginOutcome.NOT_DETERMINED, null, List.of());
        }
        Verdict v = evaluate(rule, c);
        if (unknownRule != null) {
            boolean passes = v.state() == State.PASS || v.state() == State.CONDITIONAL;
            if (!passes) {
                tests.add(new OriginTest("PSR", false, "not decided: a product-specific rule, unknown without the annex, may"
                        + " still make the product originating"));
                return new Decision(OriginOutcome.NOT_DETERMINED, null, List.of());
            }
            List<String> conditions = new ArrayList<>(List.of(unknownRule));
            conditions.addAll(v.conditions());
            v = new Verdict(State.CONDITIONAL, v.kind(), conditions);
        }
        OriginOutcome outcome = switch (v.state()) {
            case PASS -> OriginOutcome.QUALIFIES;
            case CONDITIONAL -> OriginOutcome.QUALIFIES_IF;
            case FAIL -> OriginOutcome.DOES_NOT_QUALIFY;
            case UNDETERMINED -> OriginOutcome.NOT_DETERMINED;
        };
        boolean passes = v.state() == State.PASS || v.state() == State.CONDITIONAL;
        String criterion = !passes ? null : entry != null && a.criteria().get("PSR") != null ? a.criteria().get("PSR")
                : a.criteria().get(v.kind());
        return new Decision(outcome, criterion, v.conditions());
    }

    /** Brings codes of the bill's edition into the annex's (the bill's own when there is no annex). */
    private final class Bridge {
        private final String from;
        private final PsrAnnex annex;
        private final Map<String, Mapped> known;

        /**
         * A code in the target edition: its candidates (empty when it could not be brought there, with the reason in
         * {@code problem}), and how it was brought there, for the trace (null when nothing needed saying).
         */
        record Mapped(String code, List<String> codes, String trace, String problem) {
        }

        Bridge(String from, PsrAnnex annex) {
            this.from = from;
            this.annex = annex;
            this.known = annex == null ? null : bridged.computeIfAbsent(from + ">" + annex.agreement(), k -> new ConcurrentHashMap<>());
        }

        String edition() {
            return annex == null ? from : annex.hsVersion();
        }

        Mapped map(String digits) {
            String code = digits.substring(0, 6);
            if (annex == null) {
                return new Mapped(code, List.of(digits), null, null);
            }
            if (from.equals(annex.hsVersion())) {
                if (annex.listsEverySubheading() && !annex.existsInEdition(code)) {
                    return failed(code, HsRange.dotted(code) + " (" + from + ") does not exist in " + from + ", the edition of"
                            + " agreement " + annex.agreement() + "'s annex (it lists all its subheadings): give the bill's"
                            + " hsVersion as the edition its codes are in");
                }
                return new Mapped(code, List.of(digits), null, null);
            }
            Mapped m = known.get(code);
            if (m == null) {
                m = correlate(code);
                if (m.problem() == null) { // a code with candidates exists in the tables, so the cache stays bounded
                    known.put(code, m);
                }
            }
            return m;
        }

        private Mapped correlate(String code) {
            String to = annex.hsVersion();
            String named = HsRange.dotted(code) + " (" + from + ")";
            Correspondence c = correlation == null ? null : correlation.correspond(code, from, to).orElse(null);
            if (c == null) {
                return failed(code, named + " is not in " + to + ", the edition of agreement " + annex.agreement() + "'s annex,"
                        + " and the data pack has no correlation table (hs-correlation/) from " + from + " to " + to
                        + ": classify it in " + to + " or load the tables");
            }
            String tables = " [" + String.join(" + ", c.tables()) + "]";
            if (c.candidates().isEmpty()) {
                return failed(code, named + " has no partner in " + to + " in UNSD's correlation" + tables
                        + ": it is no subheading of " + from + ", or a known gap of the tables");
            }
            AnnexData.CorrelationBound bound = AnnexData.correlationBound();
            if (c.candidates().size() > bound.maxCandidates()) {
                return failed(code, named + " corresponds to " + c.candidates().size() + " subheadings of " + to + tables
                        + ", more than the " + bound.maxCandidates() + " coo4j decides on (" + bound.reason()
                        + "): classify it in " + to);
            }
            List<String> codes = c.candidates().stream().map(Candidate::code).toList();
            return new Mapped(code, codes, named + " corresponds in " + to + " to " + c.candidates().stream()
                    .map(k -> HsRange.dotted(k.code()) + " (" + k.relationship() + (k.partial() ? ", in part" : "") + ")")
                    .collect(Collectors.joining(", ")) + tables, null);
        }

        private Mapped failed(String code, String problem) {
            return new Mapped(code, List.of(), null, problem);
        }
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
            if (c.base() == null) {
                tests.add(new OriginTest("RVC", false, "cannot be decided: agreement " + c.agreement().agreement() + " computes"
                        + " it on the ex-works price (出厂价格), which the bill does not give"));
                return new Verdict(State.UNDETERMINED, "RVC", List.of());
            }
            BigDecimal vnm = c.nonOriginating().stream().map(Material::value).reduce(BigDecimal.ZERO, BigDecimal::add);
            RvcResult r = RegionalValueContent.defaults().compute(RvcMethod.BUILD_DOWN, c.base(), vnm, null, v.threshold());
            tests.add(new OriginTest("RVC", r.passes(), (c.agreement().valueBase() == AgreementOrigin.ValueBase.FOB ? ""
                    : "on the ex-works price (出厂价格) in place of FOB: ") + r.formula()));
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

    /**
     * Every non-originating material must change classification in every candidate of its code: one that does so in no
     * candidate fails; one that does in some only is named, and decides the answer when nothing else fails.
     */
    private static Verdict tariffShift(OriginRule.TariffShift shift, Case c) {
        String product = c.product();
        String level = shift.level().name().toLowerCase(Locale.ROOT);
        String productPart = product.substring(0, shift.level().digits());
        if (!c.unmapped().isEmpty()) {
            c.tests().add(new OriginTest(shift.test(), false, "cannot be decided: non-originating material(s) "
                    + String.join("; ", c.unmapped())));
            return new Verdict(State.UNDETERMINED, "CTC", List.of());
        }
        List<String> failing = new ArrayList<>();
        List<String> split = new ArrayList<>();
        BigDecimal failingValue = BigDecimal.ZERO;
        BigDecimal splitValue = BigDecimal.ZERO;
        String sameSubheading = null;
        for (int i = 0; i < c.codes().size(); i++) {
            Material m = c.nonOriginating().get(i);
            List<String> shifted = List.of();
            String notShifted = null;
            for (String code : c.codes().get(i)) {
                OriginRule.HsRange excepted = covering(shift.except(), code);
                if (!code.startsWith(productPart) && excepted == null) {
                    if (shifted.isEmpty()) {
                        shifted = new ArrayList<>(2); // allocated only for a material that shifts
                    }
                    shifted.add(code);
                } else {
                    notShifted = code + (excepted != null ? " (from excepted " + excepted + ")" : " (same " + level + " " + productPart + ")");
                    sameSubheading = code.startsWith(product.substring(0, 6)) ? code : sameSubheading;
                }
            }
            if (notShifted == null) {
                continue;
            }
            if (shifted.isEmpty()) {
                failing.add(notShifted);
                failingValue = failingValue.add(m.value());
            } else {
                split.add("material " + HsRange.dotted(m.hsCode()) + " falls under " + shifted.stream().map(HsRange::dotted)
                        .collect(Collectors.joining(" or ")) + " in " + c.edition());
                splitValue = splitValue.add(m.value());
            }
        }
        if (failing.isEmpty() && split.isEmpty()) {
            c.tests().add(new OriginTest(shift.test(), true, "all " + c.nonOriginating().size() + " non-originating materials change "
                    + level + " to " + productPart + (shift.except().isEmpty() ? "" : ", none from " + shift.except())));
            return Verdict.of(true, "CTC");
        }
        c.tests().add(new OriginTest(shift.test(), false, (failing.isEmpty() ? "" : failing.size()
                + " non-originating material(s) do not qualify: " + String.join(", ", failing) + (split.isEmpty() ? "" : "; "))
                + (split.isEmpty() ? "" : split.size() + " qualify in some candidates of their code only: " + String.join("; ", split))));
        Verdict undecided = failing.isEmpty() ? new Verdict(State.CONDITIONAL, "CTC", split) : Verdict.of(false, "CTC");
        AgreementOrigin a = c.agreement();
        BigDecimal deMinimis = a.deMinimisPercent();
        if (deMinimis == null || c.base() == null) {
            return undecided;
        }
        if (sameSubheading != null && a.sameSubheadingExcluded(product.substring(0, 2))) {
            c.tests().add(new OriginTest("DE_MINIMIS", false, "not available: material " + sameSubheading + " is of the product's own"
                    + " subheading " + product.substring(0, 6) + ", and for chapter " + product.substring(0, 2)
                    + " products agreement " + a.agreement() + " allows de minimis only for materials of another subheading"));
            return undecided;
        }
        BigDecimal allowed = c.base().multiply(deMinimis).divide(HUNDRED, 2, RoundingMode.HALF_UP);
        String basis = a.valueBase() == AgreementOrigin.ValueBase.FOB ? "FOB" : "the ex-works price";
        BigDecimal all = failingValue.add(splitValue);
        if (all.compareTo(allowed) <= 0) {
            c.tests().add(new OriginTest("DE_MINIMIS", true, "their value " + all.toPlainString() + " <= "
                    + deMinimis.toPlainString() + "% of " + basis + " = " + allowed.toPlainString()));
            return Verdict.of(true, "CTC");
        }
        boolean ok = failingValue.compareTo(allowed) <= 0;
        c.tests().add(new OriginTest("DE_MINIMIS", false, "their value " + (split.isEmpty() ? ""
                : "with the split materials " + all.toPlainString() + ", without them ") + failingValue.toPlainString()
                + (ok ? " <= " : " > ") + deMinimis.toPlainString() + "% of " + basis + " = " + allowed.toPlainString()));
        return ok ? new Verdict(split.isEmpty() ? State.PASS : State.CONDITIONAL, "CTC", split) : Verdict.of(false, "CTC");
    }

    /** The first range covering {@code code}, or null; a loop, since this runs per material and candidate. */
    private static OriginRule.HsRange covering(List<OriginRule.HsRange> ranges, String code) {
        for (OriginRule.HsRange r : ranges) {
            if (r.covers(code)) {
                return r;
            }
        }
        return null;
    }

    /** The code's digits; {@link #check} has refused a bill whose codes are not HS codes. */
    private static String digits(String hs) {
        return hs.indexOf('.') < 0 && hs.indexOf(' ') < 0 ? hs : HsCode.parse(hs).map(HsCode::digits).orElseThrow();
    }

    private static void check(BillOfMaterials bom) {
        if (!HS_EDITION.matcher(bom.hsVersion()).matches()) {
            throw new InvalidInputException(SOURCE, "hsVersion", "must be an edition of the Harmonized System such as HS2022 or"
                    + " HS2012, found \"" + bom.hsVersion() + "\"");
        }
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
