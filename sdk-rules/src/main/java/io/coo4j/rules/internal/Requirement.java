package io.coo4j.rules.internal;

import io.coo4j.core.model.Issuer;
import io.coo4j.core.reference.CertificateType;
import io.coo4j.core.validation.SourceGrade;
import io.coo4j.rules.ValidationPurpose;
import java.util.List;

/**
 * A row of {@code requirements.json}: the fields ({@code paths}, relative to {@code scope}) that certificates
 * of the listed type codes, profiles or {@code *} (less the codes in {@code except}) must have, under an optional
 * condition, for a {@link ValidationPurpose}. {@code grade} and {@code source} say what the row stands on; {@code warning},
 * when set, says why an authoritative row only warns (a better source narrows it).
 */
public record Requirement(List<String> appliesTo, List<String> except, Scope scope, List<String> paths, Condition when,
                          ValidationPurpose purpose, SourceGrade grade, String source, String warning) {
    public Requirement {
        appliesTo = List.copyOf(appliesTo);
        except = except == null ? List.of() : List.copyOf(except);
        paths = List.copyOf(paths);
        purpose = purpose == null ? ValidationPurpose.DECLARE : purpose;
    }

    /** Whether the row's fields are needed for {@code purpose}: a SAVE row is needed to declare too. */
    public boolean neededFor(ValidationPurpose purpose) {
        return purpose == ValidationPurpose.DECLARE || this.purpose == ValidationPurpose.SAVE;
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
    public boolean appliesTo(CertificateType type) {
        if (except.contains(type.code())) {
            return false;
        }
        for (String a : appliesTo) {
            if (a.equals("*") || a.equals(type.code()) || byProfile(a, type)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The grade the row has for {@code type}: a row that reaches the type through its profile stands no firmer
     * than the profile itself, which for a type the manual does not describe is a third-party editor's; and the
     * customs message's schema binds only certificates the customs issue (a CCPIT-only type is coo4j's inference).
     */
    public SourceGrade gradeFor(CertificateType type) {
        if (grade == SourceGrade.SCHEMA && !type.issuers().contains(Issuer.CUSTOMS)) {
            return SourceGrade.INFERRED;
        }
        boolean direct = appliesTo.contains("*") || appliesTo.contains(type.code());
        return !direct && grade.authoritative() && !type.profileGrade().authoritative() ? type.profileGrade() : grade;
    }

    private static boolean byProfile(String name, CertificateType type) {
        return name.equals(type.basicProfile().name()) || name.equals(type.goodsProfile().name());
    }

    /** The paths compiled for the scope's record type; fails on a path that names no field. */
    public List<RecordPaths.Accessor> accessors() {
        return paths.stream().map(p -> RecordPaths.compile(scope.type(), p)).toList();
    }

    /** When a row applies; null means always. */
    public enum Condition { GOODS_ITEM, GOODS_ITEM_CRITERION_REQUIRED, PRODUCER_NOT_CONFIDENTIAL, HAS_NON_PARTY_COMPANIES }
}
