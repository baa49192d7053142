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

    /** The catalogue as Markdown: one table per rule set, with code, severity, source and both messages. */
    public static String markdown() {
        StringBuilder b = new StringBuilder();
        b.append("# Rule catalogue\n\n")
                .append("Generated from the code by `coo rules --format markdown`; `RuleCatalogDocTest` fails when this file\n")
                .append("and the code disagree. Codes are stable: a rule keeps its code for as long as it exists.\n")
                .append("`{0}`, `{1}` … stand for the values filled in when a rule is broken.\n");
        for (RuleSet set : ruleSets()) {
            b.append("\n## ").append(set.title()).append("\n\n")
                    .append("| code | severity | source | message | 提示 |\n")
                    .append("|---|---|---|---|---|\n");
            for (Rule r : set.rules()) {
                b.append("| `").append(r.code()).append("` | ").append(r.severity()).append(" | ")
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
