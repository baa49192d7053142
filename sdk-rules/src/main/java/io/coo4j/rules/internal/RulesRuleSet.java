package io.coo4j.rules.internal;

import io.coo4j.core.validation.Rule;
import io.coo4j.core.validation.RuleSet;
import io.coo4j.rules.CertificateRule;
import io.coo4j.rules.prereview.PreReviewRule;
import java.util.List;

/** Registers sdk-rules' rules for the catalogue. */
public final class RulesRuleSet implements RuleSet {
    @Override
    public String title() {
        return "Rules per certificate type and agreement, pre-review cost constraints and CCPIT goods filings (sdk-rules)";
    }

    @Override
    public List<? extends Rule> rules() {
        List<Rule> all = new java.util.ArrayList<>(List.of(CertificateRule.values()));
        all.addAll(List.of(PreReviewRule.values()));
        return all;
    }

    @Override
    public String messageBundle() {
        return "io.coo4j.rules.messages";
    }
}
