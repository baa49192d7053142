package io.coo4j.core.validation.internal;

import io.coo4j.core.validation.FieldRule;
import io.coo4j.core.validation.Rule;
import io.coo4j.core.validation.RuleSet;
import java.util.List;

/** Registers sdk-core's field rules for the catalogue. */
public final class CoreRuleSet implements RuleSet {
    @Override
    public String title() {
        return "Field checks (sdk-core)";
    }

    @Override
    public List<? extends Rule> rules() {
        return List.of(FieldRule.values());
    }
}
