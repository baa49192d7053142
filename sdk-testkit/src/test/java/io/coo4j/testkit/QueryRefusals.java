package io.coo4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.coo4j.core.InvalidInputException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** The assertion every area's query tests make: a query value refused before sending, naming its field. */
final class QueryRefusals {
    private QueryRefusals() {
    }

    /** {@code call} throws an {@link InvalidInputException} whose location is {@code field}. */
    static void refused(ThrowingCallable call, String field) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.location()).isEqualTo(field));
    }
}
