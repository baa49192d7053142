package io.coo4j.client;

import io.coo4j.core.lifecycle.BlankFormState;
import java.time.LocalDate;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Filters for listing blank forms, those of 空白证单查询 (001 ch.8: "用户可以通过查询条件：空白证单流水号、空白证单类型、使用证书号、
 * 空白证书状态、领用起止日期进行查询") and the holder ({@code holderCode}, the exporter or the agent the forms were handed
 * to); every field is optional ({@code null}: no filter). The screen opens on "企业自理证书核销/作废的空白证单数据": ask
 * for the exporter's holder code and {@link BlankFormState#CONSUMED} or {@link BlankFormState#VOIDED} to see it.
 * Checked when made: a receiving date range whose start is after its end, or a page size outside 0–200, is an
 * {@link io.coo4j.core.InvalidInputException} naming the field. Immutable; build with {@link #builder()}.
 *
 * @param serialNumber      only the form with this serial number (空白证单流水号)
 * @param formType          only forms of this type (空白证单类型)
 * @param certificateNumber only forms used for this certificate (使用证书号)
 * @param state             only forms in this state (空白证书状态)
 * @param receivedFrom      only forms received (领用) on or after this China day
 * @param receivedTo        only forms received on or before this China day
 * @param holderCode        only forms held by this exporter or agent
 * @param pageSize          forms per page fetched (1–200; {@code 0} for the service's default)
 * @since 0.1
 */
public record BlankFormQuery(
        @Nullable String serialNumber,
        @Nullable String formType,
        @Nullable String certificateNumber,
        @Nullable BlankFormState state,
        @Nullable LocalDate receivedFrom,
        @Nullable LocalDate receivedTo,
        @Nullable String holderCode,
        int pageSize) {
    /** Checks the values: see the type's description. */
    public BlankFormQuery {
        parameters(serialNumber, formType, certificateNumber, state, receivedFrom, receivedTo, holderCode, pageSize);
    }

    /** A builder with no filter: every form. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this query's filters, to change some of them. */
    public Builder toBuilder() {
        return builder().serialNumber(serialNumber).formType(formType).certificateNumber(certificateNumber)
                .state(state).receivedFrom(receivedFrom).receivedTo(receivedTo).holderCode(holderCode)
                .pageSize(pageSize);
    }

    /** The query parameters of {@code GET /blank-forms}, without paging. */
    Map<String, String> parameters() {
        return parameters(serialNumber, formType, certificateNumber, state, receivedFrom, receivedTo, holderCode,
                pageSize).values();
    }

    private static QueryParameters parameters(String serialNumber, String formType, String certificateNumber,
                                              BlankFormState state, LocalDate receivedFrom, LocalDate receivedTo,
                                              String holderCode, int pageSize) {
        QueryParameters p = new QueryParameters("blank form query");
        p.pageSize(pageSize);
        return p.put("serialNumber", serialNumber).put("formType", formType)
                .put("certificateNumber", certificateNumber).put("state", state)
                .range("receivedFrom", receivedFrom, "receivedTo", receivedTo).put("holderCode", holderCode);
    }

    /** Builds a {@link BlankFormQuery}. Not thread-safe. */
    public static final class Builder {
        private @Nullable String serialNumber;
        private @Nullable String formType;
        private @Nullable String certificateNumber;
        private @Nullable BlankFormState state;
        private @Nullable LocalDate receivedFrom;
        private @Nullable LocalDate receivedTo;
        private @Nullable String holderCode;
        private int pageSize;

        private Builder() {
        }

        /** Only the form with this serial number (空白证单流水号). */
        public Builder serialNumber(@Nullable String value) { serialNumber = value; return this; }
        /** Only forms of this type (空白证单类型). */
        public Builder formType(@Nullable String value) { formType = value; return this; }
        /** Only forms used for this certificate (使用证书号). */
        public Builder certificateNumber(@Nullable String value) { certificateNumber = value; return this; }
        /** Only forms in this state (空白证书状态). */
        public Builder state(@Nullable BlankFormState value) { state = value; return this; }
        /** Only forms received (领用) on or after this China day. */
        public Builder receivedFrom(@Nullable LocalDate value) { receivedFrom = value; return this; }
        /** Only forms received on or before this China day. */
        public Builder receivedTo(@Nullable LocalDate value) { receivedTo = value; return this; }
        /** Only forms held by this exporter or agent. */
        public Builder holderCode(@Nullable String value) { holderCode = value; return this; }
        /** Items per page fetched: 1–200, or {@code 0} (the default) for the service's page size. */
        public Builder pageSize(int value) { pageSize = value; return this; }

        /** The query, checked (see {@link BlankFormQuery}). */
        public BlankFormQuery build() {
            return new BlankFormQuery(serialNumber, formType, certificateNumber, state, receivedFrom, receivedTo,
                    holderCode, pageSize);
        }
    }
}
