package io.coo4j.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.coo4j.core.validation.Rule;
import io.coo4j.core.validation.RuleCatalog;
import io.coo4j.core.validation.Severity;
import io.coo4j.core.validation.SourceGrade;
import io.coo4j.rules.internal.CriteriaSet;
import io.coo4j.rules.internal.GoodsLimit;
import io.coo4j.rules.internal.Requirement;
import io.coo4j.rules.internal.RulesData;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Sources decide severity: no ERROR without a manual, the customs' schema or an official text behind it, and every
 * citation says where in that source. This fails the build when a rule or a table row breaks that.
 */
class RuleGradesTest {
    /** A manual cited by number (000–004) and section, with the manual's Chinese words. */
    private static final Pattern SEED = Pattern.compile("00[0-4].*\\p{IsHan}");
    /** The customs message's schema, by element. */
    private static final Pattern SCHEMA = Pattern.compile("coo\\.xsd \\S");
    /** An agreement, its form, a GACC/MOFCOM text or a standard. */
    private static final Pattern OFFICIAL = Pattern.compile("FTA|RCEP|Annex|GACC|MOFCOM|GB \\d|ISO \\d|WCO|ECFA|certificate");

    static void cites(String what, SourceGrade grade, String source) {
        assertThat(source).as(what + ": a source is required").isNotBlank();
        switch (grade) {
            case SEED -> assertThat(source).as(what + " (SEED)").containsPattern(SEED);
            case SCHEMA -> assertThat(source).as(what + " (SCHEMA)").containsPattern(SCHEMA);
            case OFFICIAL -> assertThat(source).as(what + " (OFFICIAL)").containsPattern(OFFICIAL);
            default -> {
                // PEER and INFERRED say what they rest on in words; they only warn
            }
        }
    }

    @Test
    void everyErrorRestsOnAnAuthoritativeSource() {
        assertThat(RuleCatalog.rules()).hasSizeGreaterThan(40);
        for (Rule r : RuleCatalog.rules()) {
            if (r.severity() == Severity.ERROR) {
                assertThat(r.grade().authoritative()).as(r.code() + " is an ERROR graded " + r.grade()).isTrue();
            }
            cites(r.code(), r.grade(), r.source());
        }
    }

    @Test
    void everyRequirementRowIsGradedAndCited() {
        for (Requirement row : RulesData.load("requirements.json", Requirement.class)) {
            assertThat(row.grade()).as(row.paths().toString()).isNotNull();
            cites("requirement " + row.appliesTo() + " " + row.paths(), row.grade(), row.source());
            if (row.warning() != null) {
                assertThat(row.grade().authoritative()).as("only an authoritative row is narrowed: " + row.paths()).isTrue();
            }
        }
    }

    @Test
    void everyCriteriaListAndGoodsLimitIsGradedAndCited() {
        for (CriteriaSet set : RulesData.load("criteria.json", CriteriaSet.class)) {
            cites("criteria " + set.type(), set.grade(), set.source());
        }
        for (GoodsLimit limit : RulesData.load("goods-limits.json", GoodsLimit.class)) {
            cites("goods limit " + limit.type(), limit.grade(), limit.source());
        }
    }
}
