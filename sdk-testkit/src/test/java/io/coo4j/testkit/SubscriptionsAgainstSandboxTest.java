package io.coo4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.coo4j.client.CooClient;
import io.coo4j.client.InvalidRequestException;
import io.coo4j.client.NewSubscription;
import io.coo4j.client.NotFoundException;
import io.coo4j.client.Signatures;
import io.coo4j.client.WebhookDelivery;
import io.coo4j.client.WebhookEvent;
import io.coo4j.client.WebhookVerifier;
import io.coo4j.core.CooException;
import io.coo4j.core.InvalidInputException;
import io.coo4j.core.lifecycle.CertificateState;
import io.coo4j.core.model.SubscriptionChannel;
import io.coo4j.core.model.SubscriptionScope;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Receipt subscriptions (订阅, 001 ch.16) as webhook callbacks from the simulator to a small JDK HttpServer receiver on
 * loopback, verified with sdk-client's {@link WebhookVerifier} as a real receiver would.
 */
class SubscriptionsAgainstSandboxTest {
    private static final Duration WAIT = Duration.ofSeconds(10);

    /** A loopback receiver: answers 500 to the first {@code failures} deliveries of each event, then 204; keeps all. */
    private static final class Receiver implements AutoCloseable {
        record Call(byte[] body, String signature, String eventId) {
        }

        final List<Call> calls = new CopyOnWriteArrayList<>();
        final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();
        final HttpServer server;

        Receiver(int failures) throws IOException {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
            server.createContext("/hook", ex -> {
                String id = ex.getRequestHeaders().getFirst(WebhookEvent.ID_HEADER);
                try (InputStream in = ex.getRequestBody()) {
                    calls.add(new Call(in.readAllBytes(), ex.getRequestHeaders().getFirst(Signatures.WEBHOOK_HEADER), id));
                }
                int attempt = attempts.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
                ex.sendResponseHeaders(attempt <= failures ? 500 : 204, -1);
                ex.close();
            });
            server.start();
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
        }

        /** The events taken (2xx), each id once, verified and read as a receiver would. */
        List<WebhookEvent> events(WebhookVerifier verifier) {
            Set<String> seen = ConcurrentHashMap.newKeySet();
            List<WebhookEvent> out = new ArrayList<>();
            for (Call c : calls) {
                WebhookEvent e = verifier.event(c.body(), c.signature());
                assertThat(e.id()).isEqualTo(c.eventId());
                if (seen.add(e.id())) {
                    out.add(e);
                }
            }
            return out;
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }

    private static Sandbox sandbox() {
        return Sandbox.builder().reviewDelay(Duration.ofMillis(20)).start();
    }

    @Test
    void documentSubscriptionGetsEverySignedReceiptOfTheCertificate() throws Exception {
        try (Sandbox sandbox = sandbox(); CooClient client = sandbox.newClient(); Receiver receiver = new Receiver(0)) {
            String number = client.certificates().save(SampleData.certificate()).certificate().number();
            NewSubscription sub = client.subscriptions().webhook(SubscriptionScope.DOCUMENT, number, receiver.url());

            client.certificates().declare(number);
            client.certificates().awaitStatus(number, CertificateState.APPROVED, WAIT);
            await(() -> receiver.calls.size() >= 3);

            List<WebhookEvent> events = receiver.events(sub.verifier());
            assertThat(events).extracting(e -> e.receipt().code()).containsExactlyInAnyOrder("0001", "0002", "0003");
            assertThat(events).allSatisfy(e -> {
                assertThat(e.document()).isEqualTo(number);
                assertThat(e.documentKind()).isEqualTo("certificate");
            });
            assertThat(client.subscriptions().list()).extracting(s -> s.id()).containsExactly(sub.subscription().id());
            assertThat(client.subscriptions().get(sub.subscription().id())).isEqualTo(sub.subscription());
            // Another secret does not verify the callbacks.
            assertThatThrownBy(() -> receiver.events(WebhookVerifier.of(new byte[32]))).isInstanceOf(CooException.class);
        }
    }

    /**
     * A sandbox kept in a journal keeps its subscriptions with their secrets (the random bytes drawn are journaled),
     * and a restart does not send the callbacks of the replayed receipts a second time.
     */
    @Test
    void aJournaledSubscriptionKeepsItsSecretAndReplaySendsNothingTwice(@TempDir Path dir) throws Exception {
        Path journal = dir.resolve("sandbox.journal");
        try (Receiver receiver = new Receiver(0)) {
            NewSubscription sub;
            try (Sandbox sandbox = Sandbox.builder().reviewDelay(Duration.ofMillis(20)).journal(journal).start();
                 CooClient client = sandbox.newClient()) {
                sub = client.subscriptions().webhook(SubscriptionScope.ENTERPRISE, SampleData.certificate().filingNumber(),
                        receiver.url());
                String number = client.certificates().declare(SampleData.certificate()).certificate().number();
                client.certificates().awaitStatus(number, CertificateState.APPROVED, WAIT);
                await(() -> receiver.calls.size() >= 3);
            }
            try (Sandbox sandbox = Sandbox.builder().reviewDelay(Duration.ofMillis(20)).journal(journal).start();
                 CooClient client = sandbox.newClient()) {
                String number = client.certificates().declare(SampleData.certificate().toBuilder().invoiceNumber("INV-2")
                        .build()).certificate().number();
                client.certificates().awaitStatus(number, CertificateState.APPROVED, WAIT);
                await(() -> receiver.calls.size() >= 6);
                Thread.sleep(200);
            }
            assertThat(receiver.calls).hasSize(6);
            assertThat(receiver.events(sub.verifier())).hasSize(6);
        }
    }

    @Test
    void failedCallbackIsRetriedWithBackoffUnderTheSameEventId() throws Exception {
        try (Sandbox sandbox = sandbox(); CooClient client = sandbox.newClient(); Receiver receiver = new Receiver(2)) {
            NewSubscription sub = client.subscriptions().webhook(SubscriptionScope.ENTERPRISE,
                    SampleData.certificate().filingNumber(), receiver.url());

            client.certificates().save(SampleData.certificate()).certificate().number();
            String number = client.certificates().declare(SampleData.certificate()).certificate().number();
            client.certificates().awaitStatus(number, CertificateState.APPROVED, WAIT);
            // The log entry of an attempt is written when its answer is back, a little after the receiver counted it.
            List<WebhookDelivery> log = new ArrayList<>();
            await(() -> {
                log.clear();
                client.subscriptions().deliveries(sub.subscription().id()).forEach(log::add);
                return log.size() >= 9;
            });
            WebhookDelivery first = log.get(0);
            assertThat(first.status()).isEqualTo(500);
            assertThat(log).filteredOn(d -> d.eventId().equals(first.eventId())).extracting(WebhookDelivery::attempt)
                    .containsExactly(1, 2, 3);
            assertThat(receiver.events(sub.verifier())).extracting(e -> e.receipt().code())
                    .containsExactlyInAnyOrder("0001", "0002", "0003");
        }
    }

    /**
     * An enterprise's subscription hears of its pre-reviews and supplements too, and two supplements of one
     * certificate are two documents ({@code NUMBER/SEQ}) whose events do not share ids.
     */
    @Test
    void enterpriseSubscriptionFollowsPreReviewsAndEachSupplementApart() throws Exception {
        try (Sandbox sandbox = sandbox(); CooClient client = sandbox.newClient(); Receiver receiver = new Receiver(0)) {
            String number = client.certificates().declare(SampleData.certificate()).certificate().number();
            client.certificates().awaitStatus(number, CertificateState.APPROVED, WAIT);
            NewSubscription sub = client.subscriptions().webhook(SubscriptionScope.ENTERPRISE,
                    SampleData.certificate().filingNumber(), receiver.url());
            client.preReviews().submit(client.preReviews().add(SampleData.preReview()).id());
            client.supplements().add(number, List.of());
            client.supplements().add(number, List.of());
            client.supplements().submit(number, 1);
            client.supplements().submit(number, 2);
            await(() -> receiver.calls.size() >= 6);

            List<WebhookEvent> events = receiver.events(sub.verifier());
            assertThat(events).extracting(WebhookEvent::documentKind).contains("pre-review", "supplement");
            assertThat(events).filteredOn(e -> e.documentKind().equals("supplement")).extracting(WebhookEvent::document)
                    .containsOnly(number + "/1", number + "/2");
            assertThat(events).filteredOn(e -> e.documentKind().equals("supplement")).hasSize(4);
        }
    }

    /**
     * Only loopback IP literals and {@code localhost}: {@code 127.300.1.1} is no IP literal, so the HTTP client would
     * look it up in DNS, and the answer may lead off the machine.
     */
    @ParameterizedTest
    @ValueSource(strings = {"https://127.300.1.1/hook", "https://127.0.0.01/hook", "https://127.1/hook",
            "https://127.0.0.1.example/hook", "https://localhost.example/hook", "https://[::2]/hook",
            "https://10.0.0.1/hook"})
    void anAddressThatIsNoLoopbackLiteralIsRefused(String address) {
        try (Sandbox sandbox = sandbox()) {
            HttpResponse<String> answer = Operations.raw(sandbox, "POST", "subscriptions", "{\"scope\":\"DOCUMENT\","
                    + "\"target\":\"X\",\"channel\":\"WEBHOOK\",\"address\":\"" + address + "\"}");
            assertThat(answer.statusCode()).isEqualTo(400);
            assertThat(answer.body()).contains("\"field\":\"address\"");
        }
    }

    /** {@code localhost} is taken to mean 127.0.0.1 without asking the resolver, and the callbacks arrive there. */
    @Test
    void localhostIsCalledAt127001() throws Exception {
        try (Sandbox sandbox = sandbox(); CooClient client = sandbox.newClient(); Receiver receiver = new Receiver(0)) {
            String number = client.certificates().save(SampleData.certificate()).certificate().number();
            NewSubscription sub = client.subscriptions().webhook(SubscriptionScope.DOCUMENT, number,
                    receiver.url().replace("127.0.0.1", "localhost"));
            assertThat(sub.subscription().address()).contains("localhost");
            client.certificates().declare(number);
            await(() -> receiver.calls.size() >= 1);
            assertThat(receiver.events(sub.verifier())).extracting(WebhookEvent::document).contains(number);
        }
    }

    @Test
    void personSubscriptionFollowsTheDeclarantsCertificatesOnly() throws Exception {
        try (Sandbox sandbox = sandbox(); CooClient client = sandbox.newClient(); Receiver receiver = new Receiver(0)) {
            NewSubscription sub = client.subscriptions().webhook(SubscriptionScope.PERSON,
                    SampleData.certificate().declarant().idNumber(), receiver.url());
            String mine = client.certificates().declare(SampleData.certificate()).certificate().number();
            client.preReviews().submit(client.preReviews().add(SampleData.preReview()).id());

            client.certificates().awaitStatus(mine, CertificateState.APPROVED, WAIT);
            await(() -> receiver.calls.size() >= 3);

            assertThat(receiver.events(sub.verifier())).extracting(WebhookEvent::document).containsOnly(mine);
        }
    }

    @Test
    void receiptSentTwiceArrivesTwiceWithOneEventId() throws Exception {
        try (Sandbox sandbox = Sandbox.builder().reviewDelay(Duration.ofMillis(20))
                .faults(Faults.builder().duplicateReceiptRate(1.0).build()).start();
             CooClient client = sandbox.newClient(); Receiver receiver = new Receiver(0)) {
            String number = client.certificates().save(SampleData.certificate()).certificate().number();
            NewSubscription sub = client.subscriptions().webhook(SubscriptionScope.DOCUMENT, number, receiver.url());

            client.certificates().declare(number);
            client.certificates().awaitStatus(number, CertificateState.APPROVED, WAIT);
            await(() -> receiver.calls.size() >= 6);

            Map<String, Long> perEvent = receiver.calls.stream()
                    .collect(Collectors.groupingBy(Receiver.Call::eventId, Collectors.counting()));
            assertThat(perEvent).hasSize(3).allSatisfy((id, deliveries) -> assertThat(deliveries).isEqualTo(2L));
            assertThat(receiver.events(sub.verifier())).extracting(e -> e.receipt().code())
                    .containsExactlyInAnyOrder("0001", "0002", "0003");
        }
    }

    @Test
    void deletedSubscriptionGetsNothingMore() throws Exception {
        try (Sandbox sandbox = sandbox(); CooClient client = sandbox.newClient(); Receiver receiver = new Receiver(0)) {
            String number = client.certificates().save(SampleData.certificate()).certificate().number();
            NewSubscription sub = client.subscriptions().webhook(SubscriptionScope.DOCUMENT, number, receiver.url());
            client.subscriptions().delete(sub.subscription().id());

            client.certificates().declare(number);
            client.certificates().awaitStatus(number, CertificateState.APPROVED, WAIT);

            assertThat(receiver.calls).isEmpty();
            assertThatThrownBy(() -> client.subscriptions().get(sub.subscription().id())).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> client.subscriptions().delete(sub.subscription().id())).isInstanceOf(NotFoundException.class);
        }
    }

    @Test
    void addressesAndTargetsOutsideTheRulesAreRefusedNamingTheField() {
        try (Sandbox sandbox = sandbox(); CooClient client = sandbox.newClient()) {
            // The client refuses plain http off loopback before anything is sent.
            assertThatThrownBy(() -> client.subscriptions().webhook(SubscriptionScope.DOCUMENT, "X1", "http://example.com/hook"))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.location()).isEqualTo("address"));
            // The sandbox calls loopback only.
            assertThatThrownBy(() -> client.subscriptions().webhook(SubscriptionScope.DOCUMENT, "X1", "https://example.com/hook"))
                    .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("address"));
            assertThatThrownBy(() -> client.subscriptions().subscribe(SubscriptionScope.DOCUMENT, "X1",
                    SubscriptionChannel.SMS, "13800000000"))
                    .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("channel"));
            assertThatThrownBy(() -> client.subscriptions().webhook(SubscriptionScope.ENTERPRISE, "12345",
                    "http://127.0.0.1:9/hook"))
                    .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("target"));
            assertThat(client.subscriptions().list()).isEmpty();
        }
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime() - deadline).as("waited too long").isNegative();
            Thread.sleep(10);
        }
    }
}
