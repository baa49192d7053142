package io.coo4j.excel;

import io.coo4j.core.InvalidInputException;
import io.coo4j.core.model.Certificate;
import io.coo4j.core.model.CertificateRecord;
import org.jspecify.annotations.Nullable;

/**
 * A certificate as an enterprise's list shows it, for exports and statistics (业务统计, 001 ch.11; 003): the record
 * (document, state, creation time) and who handled it — the principal (委托企业) it was declared for, the entry clerk
 * (录入员) who keyed it and the login user (登录用户) who worked on it. A null {@code principal} is taken from the
 * certificate: its Chinese enterprise name, else its filing number, else its credit code. Clerk and user may be null
 * (not known); statistics count them as "not given".
 *
 * <p>Immutable; build with {@link #builder()}, change with {@link #toBuilder()}.
 *
 * @param record the certificate record: document, state, creation time
 * @param principal the principal (委托企业) it was declared for; {@code null} is taken from the certificate
 * @param entryClerk the entry clerk (录入员) who keyed it, {@code null} when not known
 * @param loginUser the login user (登录用户) who worked on it, {@code null} when not known
 *
 * @since 0.1
 */
public record CertificateEntry(
        CertificateRecord record,
        @Nullable String principal,
        @Nullable String entryClerk,
        @Nullable String loginUser) {
    /** Refuses a missing record or certificate, and takes a missing principal from the certificate. */
    public CertificateEntry {
        InvalidInputException.requireArgument(record, "certificate entry", "record");
        InvalidInputException.requireArgument(record.certificate(), "certificate entry", "record.certificate");
        if (principal == null) {
            Certificate c = record.certificate();
            principal = c.enterpriseNameCn() != null ? c.enterpriseNameCn()
                    : c.filingNumber() != null ? c.filingNumber() : c.creditCode();
        }
    }

    /** A builder with every field empty; the record is required. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's fields, to change some of them. */
    public Builder toBuilder() {
        return builder().record(record).principal(principal).entryClerk(entryClerk).loginUser(loginUser);
    }

    /** Builder of {@link CertificateEntry}; {@link #build()} refuses an entry without its record. Not thread-safe. */
    public static final class Builder {
        private @Nullable CertificateRecord record;
        private @Nullable String principal;
        private @Nullable String entryClerk;
        private @Nullable String loginUser;

        private Builder() {
        }

        /** The certificate record: document, state, creation time. */
        public Builder record(@Nullable CertificateRecord v) { record = v; return this; }
        /** The principal (委托企业) it was declared for; {@code null} is taken from the certificate. */
        public Builder principal(@Nullable String v) { principal = v; return this; }
        /** The entry clerk (录入员) who keyed it, {@code null} when not known. */
        public Builder entryClerk(@Nullable String v) { entryClerk = v; return this; }
        /** The login user (登录用户) who worked on it, {@code null} when not known. */
        public Builder loginUser(@Nullable String v) { loginUser = v; return this; }

        /** The entry of the values set so far. */
        public CertificateEntry build() {
            return new CertificateEntry(record, principal, entryClerk, loginUser);
        }
    }
}
