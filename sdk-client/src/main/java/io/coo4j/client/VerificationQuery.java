package io.coo4j.client;

import io.coo4j.core.InvalidInputException;
import io.coo4j.core.lifecycle.VerificationState;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Filters for listing verification records (核查互动, 001 ch.7: "系统默认展示待核查和退回核查状态的核查记录单数据，用户可录入相应
 * 查询条件，查询所需的核查记录单"): the states listed, by default those two. The manual names no other condition of the
 * screen (they are in a picture only), so none is offered. Checked when made: no state, or a page size outside 0–200,
 * is an {@link io.coo4j.core.InvalidInputException} naming the field. Immutable; build with {@link #builder()}.
 *
 * @param states   the states listed, at least one; {@link #pending()}'s 待核查 and 退回核查 unless chosen
 * @param pageSize records per page fetched (1–200; {@code 0} for the service's default)
 * @since 0.1
 */
public record VerificationQuery(Set<VerificationState> states, int pageSize) {
    /** 001 ch.7: the list shows these unless asked otherwise. */
    private static final Set<VerificationState> DEFAULT = EnumSet.of(VerificationState.TO_VERIFY,
            VerificationState.RETURNED);

    /** Checks the values: see the type's description. */
    public VerificationQuery {
        InvalidInputException.requireArgument(states, "VerificationQuery", "states");
        parameters(states, pageSize);
        states = Set.copyOf(states);
    }

    /** The screen's default list: the records in 待核查 or 退回核查, the ones the enterprise may process. */
    public static VerificationQuery pending() {
        return builder().build();
    }

    /** A builder listing the default states, 待核查 and 退回核查. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this query's states and page size, to change some of them. */
    public Builder toBuilder() {
        return builder().states(states).pageSize(pageSize);
    }

    /** The query parameters of {@code GET /verifications}, without paging. */
    Map<String, String> parameters() {
        return parameters(states, pageSize).values();
    }

    private static QueryParameters parameters(Set<VerificationState> states, int pageSize) {
        QueryParameters p = new QueryParameters("verification query");
        p.pageSize(pageSize);
        return p.anyOf("state", states);
    }

    /** Builds a {@link VerificationQuery}. Not thread-safe. */
    public static final class Builder {
        private Set<VerificationState> states = DEFAULT;
        private int pageSize;

        private Builder() {
        }

        /** Lists the records in any of {@code values} instead of the default two. */
        public Builder states(VerificationState... values) {
            Set<VerificationState> chosen = EnumSet.noneOf(VerificationState.class);
            chosen.addAll(InvalidInputException.requireList(Arrays.asList(InvalidInputException.requireArgument(values,
                    "VerificationQuery.Builder.states", "values")), "VerificationQuery.Builder.states", "values"));
            states = chosen;
            return this;
        }

        /** Only verifications in one of {@code values}, at least one (checked when built). */
        public Builder states(Set<VerificationState> values) {
            InvalidInputException.requireArgument(values, "VerificationQuery.Builder.states", "values");
            states = values.isEmpty() ? EnumSet.noneOf(VerificationState.class) : EnumSet.copyOf(values);
            return this;
        }

        /** Lists the records in every state. */
        public Builder anyState() {
            states = EnumSet.allOf(VerificationState.class);
            return this;
        }

        /** Items per page fetched: 1–200, or {@code 0} (the default) for the service's page size. */
        public Builder pageSize(int value) { pageSize = value; return this; }

        /** The query, checked (see {@link VerificationQuery}). */
        public VerificationQuery build() {
            return new VerificationQuery(states, pageSize);
        }
    }
}
