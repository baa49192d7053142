package io.coo4j.client;

import io.coo4j.core.lifecycle.CertificateState;
import java.time.Instant;

/**
 * Filters for listing certificates; every field is optional ({@code null}: no filter, but see {@code state}).
 * Immutable; build with {@link #builder()}.
 *
 * @param state       only certificates in this state; {@code null}: every state but {@code ARCHIVED}, which the
 *                    Single Window's query leaves out unless asked for (001 ch.5)
 * @param type        only this certificate type code
 * @param createdFrom only certificates created at or after
 * @param createdTo   only certificates created before
 * @param pageSize    certificates per page fetched (1–200; {@code 0} for the service's default)
 * @since 0.1
 */
public record CertificateQuery(CertificateState state, String type, Instant createdFrom, Instant createdTo, int pageSize) {
    /** Every certificate but the archived ones (as the Single Window's default query), the service's page size. */
    public static CertificateQuery all() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link CertificateQuery}. Not thread-safe. */
    public static final class Builder {
        private CertificateState state;
        private String type;
        private Instant createdFrom;
        private Instant createdTo;
        private int pageSize;

        private Builder() {
        }

        public Builder state(CertificateState value) {
            state = value;
            return this;
        }

        public Builder type(String value) {
            type = value;
            return this;
        }

        public Builder createdFrom(Instant value) {
            createdFrom = value;
            return this;
        }

        public Builder createdTo(Instant value) {
            createdTo = value;
            return this;
        }

        public Builder pageSize(int value) {
            pageSize = value;
            return this;
        }

        public CertificateQuery build() {
            return new CertificateQuery(state, type, createdFrom, createdTo, pageSize);
        }
    }
}
