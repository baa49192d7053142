package io.coo4j.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.coo4j.core.model.Subscription;
import io.coo4j.core.model.SubscriptionChannel;
import io.coo4j.core.model.SubscriptionScope;
import org.junit.jupiter.api.Test;

/** A subscription printed into a log: a person's identity number and phone masked, the secret hidden. */
class NewSubscriptionTest {
    @Test
    void printsTheTargetAndTheAddressMaskedAndTheSecretHidden() {
        var made = new NewSubscription(new Subscription("S1", SubscriptionScope.PERSON, "440301199001011234",
                SubscriptionChannel.SMS, "13800138000"), new byte[] {1, 2, 3});
        assertThat(made.toString()).doesNotContain("440301199001011234").doesNotContain("13800138000")
                .contains("440*************34").contains("138******00").contains("secret=(hidden)");
    }
}
