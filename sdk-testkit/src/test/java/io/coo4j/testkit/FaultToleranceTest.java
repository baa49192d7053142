package io.coo4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.coo4j.client.CertificateQuery;
import io.coo4j.client.CooClient;
import io.coo4j.client.CooServiceException;
import io.coo4j.client.RateLimitedException;
import io.coo4j.client.RetryPolicy;
import io.coo4j.client.ServiceUnavailableException;
import io.coo4j.core.lifecycle.CertificateState;
import io.coo4j.core.model.CertificateRecord;
import io.coo4j.core.model.Receipt;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The client's retries and idempotency keys against a simulator that fails on purpose. */
class FaultToleranceTest {
    @RegisterExtension
    final FaultSeed seed = new FaultSeed();

    /** Issue 16: the draws came from an unseeded ThreadLocalRandom, so a failure could not be repeated. */
    @Test
    void theSameSeedInjectsTheSameFaultsIntoTheSameCalls() {
        Faults faults = Faults.builder().errorRate(0.5).seed(seed.value()).build();
        List<String> first = answers(faults);
        assertThat(first).as("a rate of 0.5 fails some of 40 calls, not all").contains("503", "404");
        assertThat(answers(Faults.builder().errorRate(0.5).seed(seed.value()).build())).isEqualTo(first);
        assertThat(answers(Faults.builder().errorRate(0.5).seed(seed.value() + 1).build())).isNotEqualTo(first);
    }

    /** The HTTP status of each of 40 calls, one after the other and without retries. */
    private static List<String> answers(Faults faults) {
        List<String> statuses = new ArrayList<>();
        try (Sandbox sandbox = Sandbox.builder().faults(faults).start();
             CooClient client = sandbox.clientBuilder().retryPolicy(RetryPolicy.none()).build()) {
            for (int i = 0; i < 40; i++) {
                Throwable thrown = catchThrowable(() -> client.certificates().status("E254565009990001"));
                statuses.add(String.valueOf(((CooServiceException) thrown).httpStatus()));
            }
        }
        return statuses;
    }
    @Test
    void thousandDeclarationsThroughThirtyPercentFailuresMakeExactlyThousandCertificates() throws Exception {
        Faults faults = Faults.builder().errorRate(0.10).dropBeforeRate(0.10).dropAfterRate(0.10)
                .slow(0.02, Duration.ofMillis(5)).seed(seed.value()).build();
        // A long review delay: this test is about declarations, not reviews.
        try (Sandbox sandbox = Sandbox.builder().reviewDelay(Duration.ofMinutes(5)).faults(faults).start();
             CooClient client = sandbox.clientBuilder()
                     .retryPolicy(new RetryPolicy(20, Duration.ofMillis(1), Duration.ofMillis(20))).build()) {
            ExecutorService pool = Executors.newFixedThreadPool(16);
            List<Future<String>> numbers = new ArrayList<>();
            for (int i = 0; i < 1000; i++) {
                String invoice = String.format("INV-F-%04d", i);
                numbers.add(pool.submit(() -> client.certificates()
                        .declare(SampleData.certificate().toBuilder().invoiceNumber(invoice).build())
                        .certificate().number()));
            }
            Set<String> answered = new HashSet<>();
            for (Future<String> f : numbers) {
                answered.add(f.get());
            }
            pool.shutdown();

            List<CertificateRecord> held = new ArrayList<>();
            client.certificates().list(CertificateQuery.builder().pageSize(200).build()).forEach(held::add);

            assertThat(answered).hasSize(1000);
            assertThat(held).hasSize(1000);
            assertThat(held).extracting(r -> r.certificate().invoiceNumber()).doesNotHaveDuplicates();
            assertThat(held).extracting(r -> r.certificate().number()).containsExactlyInAnyOrderElementsOf(answered);
            assertThat(held).extracting(CertificateRecord::state).containsOnly(CertificateState.SENT);
        }
    }

    @Test
    void aReceiptDeliveredTwiceIsHandedOutOnce() {
        try (Sandbox sandbox = Sandbox.builder().reviewDelay(Duration.ofMillis(5))
                .faults(Faults.builder().duplicateReceiptRate(1).build()).start();
             CooClient client = sandbox.newClient()) {
            String number = client.certificates().declare(SampleData.certificate()).certificate().number();
            CertificateRecord done = client.certificates().awaitStatus(number, CertificateState.APPROVED, Duration.ofSeconds(10));

            assertThat(done.receipts()).hasSize(6);
            assertThat(client.certificates().receipts(number)).extracting(Receipt::seq).containsExactly(1, 2, 3);
        }
    }

    @Test
    void rateLimitingWithoutRetriesIsATypedErrorWithRetryAfter() {
        try (Sandbox sandbox = Sandbox.builder().faults(Faults.builder().rateLimitRate(1).build()).start();
             CooClient client = sandbox.clientBuilder().retryPolicy(RetryPolicy.none()).build()) {
            assertThatThrownBy(() -> client.certificates().status("E254565009990001"))
                    .isInstanceOfSatisfying(RateLimitedException.class, e -> {
                        assertThat(e.retryable()).isTrue();
                        assertThat(e.retryAfter()).isEqualTo(Duration.ZERO);
                    });
        }
    }

    @Test
    void aServiceThatKeepsFailingIsUnavailableAfterTheRetries() {
        try (Sandbox sandbox = Sandbox.builder().faults(Faults.builder().errorRate(1).build()).start();
             CooClient client = sandbox.newClient()) {
            assertThatThrownBy(() -> client.certificates().save(SampleData.certificate()))
                    .isInstanceOfSatisfying(ServiceUnavailableException.class,
                            e -> assertThat(e.httpStatus()).isEqualTo(503));
        }
    }
}
