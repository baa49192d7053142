package io.coo4j.rules.internal;

import java.util.List;

/**
 * A row of {@code requirements.json}: the fields ({@code paths}, relative to {@code scope}) that certificates
 * of the listed profiles, type codes or {@code *} must have, under an optional condition.
 */
public record Requirement(List<String> appliesTo, Scope scope, List<String> paths, Condition when, String source, String verify) {
    public Requirement {
        appliesTo = List.copyOf(appliesTo);
        paths = List.copyOf(paths);
    }

    /** What the paths are relative to. */
    public enum Scope { CERTIFICATE, GOODS, INVOICE, NON_PARTY_COMPANY, EXHIBITION, BACK_TO_BACK }

    /** When a row applies; null means always. */
    public enum Condition { GOODS_ITEM, GOODS_ITEM_CRITERION_REQUIRED, PRODUCER_NOT_CONFIDENTIAL, HAS_NON_PARTY_COMPANIES }
}
