package io.coo4j.core.validation.internal;

import io.coo4j.core.validation.FieldRule;
import io.coo4j.core.validation.Rule;
import io.coo4j.core.validation.RuleSet;
import java.util.List;

/** sdk-core's field rules; {@link io.coo4j.core.validation.RuleCatalog} adds it itself, without a service file. */
public final class CoreRuleSet implements RuleSet {
    @Override
    public String title() {
        return "Field checks (sdk-core)";
    }

    @Override
    public List<? extends Rule> rules() {
        return List.of(FieldRule.values());
    }

    @Override
    public String messageBundle() {
        return "io.coo4j.core.validation.messages";
    }
}
