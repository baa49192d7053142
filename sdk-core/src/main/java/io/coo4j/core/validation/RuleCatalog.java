package io.coo4j.core.validation;

import io.coo4j.core.validation.internal.CoreRuleSet;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/**
 * Every rule on the class path, found through {@link RuleSet} services, and the Markdown catalogue
 * ({@code docs/rule-catalogue.md}) generated from them, so the documentation cannot drift from the code.
 *
 * @since 0.1
 */
public final class RuleCatalog {
    private RuleCatalog() {
    }

    /** The rule sets on the class path, in a stable order (by title). */
    public static List<RuleSet> ruleSets() {
        List<RuleSet> sets = new ArrayList<>(List.of(new CoreRuleSet()));
        ServiceLoader.load(RuleSet.class, RuleCatalog.class.getClassLoader()).forEach(sets::add);
        sets.sort((a, b) -> a.title().compareTo(b.title()));
        return sets;
    }

    /** Every rule of every set. */
    public static List<Rule> rules() {
        List<Rule> all = new ArrayList<>();
        ruleSets().forEach(s -> all.addAll(s.rules()));
        return all;
    }

    /** The catalogue as Markdown: one table per rule set, with code, severity, grade, source and both messages. */
    public static String markdown() {
        StringBuilder b = new StringBuilder();
        b.append("# Rule catalogue\n\n")
                .append("Generated from the code by `RuleCatalog.markdown()`; `RuleCatalogDocTest` fails when this file\n")
                .append("and the code disagree. Codes are stable: a rule keeps its code for as long as it exists.\n")
                .append("`{0}`, `{1}` … stand for the values filled in when a rule is broken.\n\n")
                .append("Every rule is graded by its source, and the grade decides how hard it may bite. Only what the customs state\n")
                .append("is an ERROR: `SEED` (the manuals, cited by number and section with their Chinese words: 000 networked status\n")
                .append("query 进出口原产地证明状态查询; 001 Single Window manual 单一窗口标准版用户手册（原产地证申请系统）; 002 CCPIT\n")
                .append("application slides 贸促会原产地证申请系统; 003 customs declaration and self-print slides 原产地证申报及自助打印;\n")
                .append("004 origin comprehensive service platform 原产地综合服务平台), `SCHEMA` (the customs import-message schema of GACC\n")
                .append("announcement 2022 No. 1, coo.xsd: a required element, a length, or its annotation 申报为必填项), `OFFICIAL`\n")
                .append("(an agreement, its certificate form, a GACC or MOFCOM text, a national standard). `PEER` (another\n")
                .append("implementation's choice) and `INFERRED` (coo4j's own reading) only warn; strict validation\n")
                .append("(`CertificateValidator.builder().strict(true)`) promotes `SCHEMA` and `PEER` warnings to errors. A rule whose\n")
                .append("grade is given per row (`REQUIRED`, the criteria rules, `GOODS_ITEMS_OVER_LIMIT`) takes the grade and the\n")
                .append("citation of the row that applies, listed per certificate type in [certificate-rules.md](certificate-rules.md).\n");
        for (RuleSet set : ruleSets()) {
            b.append("\n## ").append(set.title()).append("\n\n")
                    .append("| code | severity | grade | source | message | 提示 |\n")
                    .append("|---|---|---|---|---|---|\n");
            for (Rule r : set.rules()) {
                b.append("| `").append(r.code()).append("` | ").append(r.severity()).append(" | ").append(r.grade()).append(" | ")
                        .append(cell(r.source())).append(" | ").append(cell(r.messageTemplate())).append(" | ")
                        .append(cell(r.messageTemplateZh())).append(" |\n");
            }
        }
        return b.toString();
    }

    private static String cell(String s) {
        return s.replace("|", "\\|").replace("''", "'");
    }
}
