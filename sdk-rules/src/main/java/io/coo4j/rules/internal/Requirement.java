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

    /** What the paths are relative to, and the record type there. */
    public enum Scope {
        CERTIFICATE(io.coo4j.core.model.Certificate.class),
        GOODS(io.coo4j.core.model.GoodsItem.class),
        INVOICE(io.coo4j.core.model.Invoice.class),
        NON_PARTY_COMPANY(io.coo4j.core.model.NonPartyCompany.class),
        EXHIBITION(io.coo4j.core.model.Exhibition.class),
        BACK_TO_BACK(io.coo4j.core.model.BackToBack.class);

        private final Class<? extends Record> type;

        Scope(Class<? extends Record> type) {
            this.type = type;
        }

        public Class<? extends Record> type() {
            return type;
        }
    }

    /** Whether the row applies to {@code type}: by {@code *}, its code, or its basic or goods profile. */
    public boolean appliesTo(io.coo4j.core.reference.CertificateType type) {
        for (String a : appliesTo) {
            if (a.equals("*") || a.equals(type.code()) || a.equals(type.basicProfile().name()) || a.equals(type.goodsProfile().name())) {
                return true;
            }
        }
        return false;
    }

    /** The paths compiled for the scope's record type; fails on a path that names no field. */
    public List<RecordPaths.Accessor> accessors() {
        return paths.stream().map(p -> RecordPaths.compile(scope.type(), p)).toList();
    }

    /** When a row applies; null means always. */
    public enum Condition { GOODS_ITEM, GOODS_ITEM_CRITERION_REQUIRED, PRODUCER_NOT_CONFIDENTIAL, HAS_NON_PARTY_COMPANIES }
}
