package io.coo4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.coo4j.core.json.CooJson;
import io.coo4j.core.model.Certificate;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 16, items 3 and 5: what one client can do to the sandbox over raw sockets on 127.0.0.1. Each test is bounded
 * in sockets and time.
 */
class HostileRequestsTest {
    private static final String TOKEN = "tok-hostile-0123456789";

    /**
     * Sockets that send half a request and wait held every worker: here 6 of them against 4 workers. The sandbox
     * closes a request not read within 5 s, so another caller gets through soon after.
     */
    @Test
    void clientsSendingHeadersSlowlyDoNotStallOthers() throws Exception {
        try (Sandbox sandbox = Sandbox.builder().token(TOKEN).threads(4).start()) {
            List<Socket> slow = new ArrayList<>();
            try {
                for (int i = 0; i < 6; i++) {
                    Socket s = new Socket(InetAddress.getLoopbackAddress(), sandbox.port());
                    s.getOutputStream().write("GET /v1/certificates HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                            .getBytes(StandardCharsets.US_ASCII));
                    s.getOutputStream().flush();
                    slow.add(s);
                }
                // A connection accepted while every worker was held may be closed with them: a client retries it.
                String status = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
                    while (true) {
                        try {
                            return statusLine(sandbox, "GET /v1/certificates HTTP/1.1\r\nAuthorization: Bearer "
                                    + TOKEN + "\r\n\r\n", 0);
                        } catch (IOException closedWithTheSlowOnes) {
                            Thread.sleep(100);
                        }
                    }
                });
                assertThat(status).startsWith("HTTP/1.1 200");
            } finally {
                for (Socket s : slow) {
                    s.close();
                }
            }
        }
    }

    /** An unauthenticated 1 GB POST was read whole and answered 400; it is refused before its body is read. */
    @Test
    void anUnauthenticatedHugePostIsRefusedBeforeItsBody() throws Exception {
        try (Sandbox sandbox = Sandbox.builder().token(TOKEN).start()) {
            String status = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> statusLine(sandbox,
                    "POST /v1/certificates HTTP/1.1\r\nContent-Type: application/json\r\nIdempotency-Key: k1\r\n"
                            + "Content-Length: 1073741824\r\n\r\n", 64 * 1024));
            assertThat(status).startsWith("HTTP/1.1 401");
        }
    }

    @Test
    void aBodyOverTheBoundIsRefusedByItsDeclaredLength() throws Exception {
        try (Sandbox sandbox = Sandbox.builder().token(TOKEN).start()) {
            String status = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> statusLine(sandbox, post("k1", 9_000_000), 64 * 1024));
            assertThat(status).startsWith("HTTP/1.1 400");
        }
    }

    /** One million {@code {}} goods lines (3 MB) were accepted, after which every list was 864 MB. */
    @Test
    void aCertificateOfAMillionGoodsLinesIsRefused() throws Exception {
        StringBuilder body = new StringBuilder("{\"formatVersion\": 1, \"type\": \"E\", \"goods\": [");
        for (int i = 0; i < 1_000_000; i++) {
            body.append(i == 0 ? "{}" : ",{}");
        }
        byte[] json = body.append("]}").toString().getBytes(StandardCharsets.US_ASCII);
        try (Sandbox sandbox = Sandbox.builder().token(TOKEN).start()) {
            String answer = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> exchange(sandbox, post("k1", json.length), json));
            assertThat(answer).startsWith("HTTP/1.1 400").contains("\"field\":\"goods\"")
                    .contains("more than " + Certificate.MAX_GOODS_LINES + " goods lines");
        }
    }

    /**
     * Issue 16, item 7: keys with a tab, a control character or UTF-8 bytes were taken although docs/api.md says
     * printable ASCII. The head is sent byte for byte (ISO-8859-1), as a client other than sdk-client might.
     */
    @Test
    void idempotencyKeysOutsidePrintableAsciiAreRefusedNamingTheHeader() throws Exception {
        byte[] json = "{\"formatVersion\": 1, \"type\": \"E\"}".getBytes(StandardCharsets.US_ASCII);
        String utf8 = new String("单据1".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        try (Sandbox sandbox = Sandbox.builder().token(TOKEN).start()) {
            for (String key : new String[] {"erp\tdoc", "erp\u0001doc", "erp\u007fdoc", utf8}) {
                String answer = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> exchange(sandbox, post(key, json.length), json));
                assertThat(answer).as(key).startsWith("HTTP/1.1 400").contains("\"field\":\"Idempotency-Key\"");
            }
        }
    }

    /** The same key and request answer the first answer again, and say so; the first answer does not. */
    @Test
    void aReplayedAnswerCarriesIdempotentReplayed() throws Exception {
        byte[] json = CooJson.strict().write(SampleData.certificate()).getBytes(StandardCharsets.UTF_8);
        try (Sandbox sandbox = Sandbox.builder().token(TOKEN).start()) {
            String first = exchange(sandbox, post("erp-doc-1", json.length), json);
            String again = exchange(sandbox, post("erp-doc-1", json.length), json);
            assertThat(first).startsWith("HTTP/1.1 201").doesNotContainIgnoringCase("Idempotent-Replayed");
            assertThat(again).startsWith("HTTP/1.1 201").containsIgnoringCase("Idempotent-Replayed: true");
            assertThat(again.substring(again.indexOf("\r\n\r\n"))).isEqualTo(first.substring(first.indexOf("\r\n\r\n")));
        }
    }

    private static String post(String key, int length) {
        return "POST /v1/certificates HTTP/1.1\r\nAuthorization: Bearer " + TOKEN + "\r\nIdempotency-Key: " + key
                + "\r\nContent-Type: application/json\r\nContent-Length: " + length + "\r\n\r\n";
    }

    /** Sends {@code head} and {@code bodyBytes} spaces; returns the status line of the answer. */
    private static String statusLine(Sandbox sandbox, String head, int bodyBytes) throws IOException {
        return exchange(sandbox, head, " ".repeat(bodyBytes).getBytes(StandardCharsets.US_ASCII), true);
    }

    private static String exchange(Sandbox sandbox, String head, byte[] body) throws IOException {
        return exchange(sandbox, head, body, false);
    }

    /**
     * Sends a request with {@code Connection: close}; reads its status line, or the whole answer (the connection
     * closes after it). A server that answers without reading the body may keep the connection until it times out.
     */
    private static String exchange(Sandbox sandbox, String head, byte[] body, boolean statusOnly) throws IOException {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), sandbox.port())) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            out.write(head.replaceFirst("\r\n", "\r\nHost: 127.0.0.1\r\nConnection: close\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            // The body goes on a thread of its own, so that an answer sent before it was read can be read meanwhile.
            Thread writer = new Thread(() -> {
                try {
                    out.write(body);
                    out.flush();
                } catch (IOException refusedBeforeTheBody) {
                    // The server answered and closed without reading the body.
                }
            });
            writer.setDaemon(true);
            writer.start();
            InputStream in = s.getInputStream();
            if (!statusOnly) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            StringBuilder line = new StringBuilder();
            for (int c = in.read(); c >= 0 && c != '\r'; c = in.read()) {
                line.append((char) c);
            }
            return line.toString();
        }
    }
}
