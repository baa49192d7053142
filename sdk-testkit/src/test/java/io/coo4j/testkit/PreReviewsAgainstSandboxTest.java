package io.coo4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.coo4j.client.ConflictException;
import io.coo4j.client.CooClient;
import io.coo4j.core.lifecycle.ApplicationStatus;
import io.coo4j.core.lifecycle.PreReviewState;
import io.coo4j.core.lifecycle.PreReviewStatus;
import io.coo4j.core.model.PreReviewRecord;
import io.coo4j.core.model.ProductPreReview;
import io.coo4j.core.model.Receipt;
import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Product pre-review (001 ch.6; 004) against the simulator. Each test starts its own sandbox: the rule that a pending
 * submission blocks every other change spans all records of the enterprise, so tests sharing one would block each other.
 */
class PreReviewsAgainstSandboxTest {
    private static final Duration WAIT = Duration.ofSeconds(10);

    private static Sandbox sandbox() {
        return Sandbox.builder().reviewDelay(Duration.ofMillis(30)).start();
    }

    @Test
    void addedPreReviewIsSubmittedAndApprovedWithReceipts() {
        try (Sandbox sandbox = sandbox(); CooClient client = sandbox.newClient()) {
            PreReviewRecord added = client.preReviews().add(SampleData.preReview());
            assertThat(added.state()).isEqualTo(PreReviewState.of(PreReviewStatus.NEW, ApplicationStatus.DRAFT));

            client.preReviews().modify(added.id(), SampleData.preReview());
            client.preReviews().submit(added.id());
            PreReviewRecord reviewed = client.preReviews().awaitReview(added.id(), WAIT);

            assertThat(reviewed.state()).isEqualTo(PreReviewState.of(PreReviewStatus.NORMAL, ApplicationStatus.APPROVED));
            assertThat(client.preReviews().receipts(added.id())).extracting(Receipt::status)
                    .containsExactly("已提交", "审核通过");
            assertThat(client.preReviews().list()).extracting(PreReviewRecord::id).containsExactly(added.id());
        }
    }

    @Test
    void everyChangeIsRefusedWhileAPreReviewIsPending() {
        try (Sandbox sandbox = Sandbox.builder().reviewDelay(Duration.ofSeconds(30)).start();
             CooClient client = sandbox.newClient()) {
            String draft = client.preReviews().add(SampleData.preReview()).id();
            String pending = client.preReviews().add(SampleData.preReview()).id();
            client.preReviews().submit(pending);

            assertThatThrownBy(() -> client.preReviews().add(SampleData.preReview()))
                    .isInstanceOf(ConflictException.class);
            assertThatThrownBy(() -> client.preReviews().modify(draft, SampleData.preReview()))
                    .isInstanceOfSatisfying(ConflictException.class, e -> {
                        assertThat(e.errorCode()).isEqualTo("ILLEGAL_TRANSITION");
                        assertThat(e.operation()).isEqualTo("MODIFY");
                    });
            assertThatThrownBy(() -> client.preReviews().delete(draft)).isInstanceOf(ConflictException.class);
        }
    }

    @Test
    void approvedRecordIsChangedCancelledRestoredAndDeleted() {
        try (Sandbox sandbox = sandbox(); CooClient client = sandbox.newClient()) {
            String id = approvedRecord(client);

            ProductPreReview cheaper = withExFactoryPrice(new BigDecimal("80.00"));
            assertThat(client.preReviews().change(id, cheaper).state().status()).isEqualTo(PreReviewStatus.CHANGE);
            client.preReviews().submit(id);
            assertThat(client.preReviews().awaitReview(id, WAIT).product().unitExFactoryPrice()).isEqualByComparingTo("80.00");

            client.preReviews().cancel(id);
            client.preReviews().submit(id);
            assertThat(client.preReviews().awaitReview(id, WAIT).state())
                    .isEqualTo(PreReviewState.of(PreReviewStatus.CANCELLED, ApplicationStatus.APPROVED));

            client.preReviews().restore(id);
            client.preReviews().submit(id);
            assertThat(client.preReviews().awaitReview(id, WAIT).state().status()).isEqualTo(PreReviewStatus.NORMAL);

            assertThat(client.preReviews().delete(id)).get().extracting(r -> r.state().status())
                    .isEqualTo(PreReviewStatus.DELETE);
        }
    }

    @Test
    void rejectedChangeShowsTheProductBeforeTheChange() {
        try (Sandbox sandbox = sandbox(); CooClient client = sandbox.newClient()) {
            String id = approvedRecord(client);

            // unit FOB below the ex-factory price breaks constraint 1
            client.preReviews().change(id, withExFactoryPrice(new BigDecimal("120.00")));
            client.preReviews().submit(id);
            PreReviewRecord reviewed = client.preReviews().awaitReview(id, WAIT);

            assertThat(reviewed.state()).isEqualTo(PreReviewState.of(PreReviewStatus.NORMAL, ApplicationStatus.APPROVED));
            assertThat(reviewed.product().unitExFactoryPrice()).isEqualByComparingTo("90.00");
            assertThat(client.preReviews().receipts(id)).last().extracting(Receipt::status).isEqualTo("审核不通过");
        }
    }

    @Test
    void newDraftIsRemovedOnDelete() {
        try (Sandbox sandbox = sandbox(); CooClient client = sandbox.newClient()) {
            String id = client.preReviews().add(SampleData.preReview()).id();

            assertThat(client.preReviews().delete(id)).isEmpty();
            assertThat(client.preReviews().list()).isEmpty();
        }
    }

    private static String approvedRecord(CooClient client) {
        String id = client.preReviews().add(SampleData.preReview()).id();
        client.preReviews().submit(id);
        client.preReviews().awaitReview(id, WAIT);
        return id;
    }

    private static ProductPreReview withExFactoryPrice(BigDecimal price) {
        ProductPreReview p = SampleData.preReview();
        return new ProductPreReview(p.productNameCn(), p.productNameEn(), p.hsCode(), p.unit(), p.currency(),
                p.unitFobValue(), price, p.containsImported(), p.materials());
    }
}
