package io.coo4j.testkit;

import io.coo4j.client.CooClient;
import io.coo4j.core.lifecycle.CertificateState;
import io.coo4j.core.model.Certificate;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Random;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;

/** What the operations tests share: certificates in a state, PDFs, and the customs' side of the simulator. */
final class Operations {
    static final Duration WAIT = Duration.ofSeconds(10);

    private Operations() {
    }

    /** A valid certificate of the test's own (the invoice number tells them apart). */
    static Certificate fresh() {
        return SampleData.certificate().toBuilder().invoiceNumber("INV-" + UUID.randomUUID()).build();
    }

    static String draft(CooClient client) {
        return client.certificates().save(fresh()).certificate().number();
    }

    static String approved(CooClient client, Certificate c) {
        String number = client.certificates().declare(c).certificate().number();
        client.certificates().awaitStatus(number, CertificateState.APPROVED, WAIT);
        return number;
    }

    static String approved(CooClient client) {
        return approved(client, fresh());
    }

    /** Waits, polling every 10 ms for at most {@link #WAIT}, until {@code done} holds. */
    static void await(BooleanSupplier done) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("gave up waiting after " + WAIT);
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /** A one-page PDF of a few hundred bytes. */
    static byte[] pdf() {
        return pdf(0);
    }

    /** A one-page PDF whose page carries {@code noiseBytes} of incompressible content. */
    static byte[] pdf(int noiseBytes) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            if (noiseBytes > 0) {
                byte[] noise = new byte[noiseBytes];
                new Random(7).nextBytes(noise);
                page.setContents(new PDStream(doc, new ByteArrayInputStream(noise)));
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A call of the customs' side ({@code /v1/customs/...}), which the client does not make: the simulator's stand-in
     * for what an officer does. Answers the status code.
     */
    static int customs(Sandbox sandbox, String path, String json) {
        return raw(sandbox, "POST", "customs/" + path, json).statusCode();
    }

    /** A call as any program could send it, hostile ones included; {@code json} {@code null}: no body. */
    static HttpResponse<String> raw(Sandbox sandbox, String method, String pathAndQuery, String json) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(sandbox.endpoint() + "/" + pathAndQuery))
                .header("Authorization", "Bearer " + sandbox.token())
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json)).build();
        try {
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
