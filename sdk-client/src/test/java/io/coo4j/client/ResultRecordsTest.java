package io.coo4j.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.coo4j.client.message.CustomsReceipt;
import io.coo4j.client.message.ReceiptStatus;
import io.coo4j.core.InvalidInputException;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The records the client reads from the service take {@code null} exactly where their type says {@code @Nullable}:
 * a missing promised component is refused naming the record and the component.
 */
class ResultRecordsTest {
    private static final Instant AT = Instant.parse("2025-10-02T08:00:00Z");

    @Test
    void aNullableComponentMayBeAbsent() {
        assertThat(new WebhookDelivery("evt-1", 1, AT, 200, null).delivered()).isTrue();
        CustomsReceipt bare = new CustomsReceipt(CustomsReceipt.Kind.FILE, "E254565009990001", null, "1", null, null,
                null, null, null, null, null, null, ReceiptStatus.UNKNOWN);
        assertThat(bare.code()).isNull();
    }

    @Test
    void aPromisedComponentIsRefusedNamingRecordAndComponent() {
        refused(() -> new WebhookDelivery(null, 1, AT, 0, "unreachable"), "WebhookDelivery", "eventId");
        refused(() -> new StatisticsReport.Row("E", null, 1, BigDecimal.TEN, BigDecimal.ONE), "StatisticsReport.Row",
                "label");
        refused(() -> new CustomsReceipt(CustomsReceipt.Kind.FILE, "E254565009990001", null, "1", null, null, null,
                null, null, null, null, null, null), "CustomsReceipt", "status");
    }

    private static void refused(Runnable make, String record, String component) {
        assertThatThrownBy(make::run).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.source()).isEqualTo(record);
            assertThat(e.location()).isEqualTo(component);
        });
    }
}
