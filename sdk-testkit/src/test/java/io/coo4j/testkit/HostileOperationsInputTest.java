package io.coo4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.coo4j.client.CooClient;
import io.coo4j.client.InvalidRequestException;
import io.coo4j.core.model.AttachmentKind;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What a program other than sdk-client may send to the operations calls: every malformed request is a 400
 * {@code INVALID_INPUT} naming the field, never a 500 or a stack trace.
 */
@CooSandbox(reviewDelayMillis = 10)
class HostileOperationsInputTest {
    private static Sandbox sandbox;
    private static String draft;

    @BeforeAll
    static void connect(Sandbox s, CooClient client) {
        sandbox = s;
        draft = Operations.draft(client);
    }

    @ParameterizedTest(name = "{0} {1} → field {3}")
    @CsvSource(delimiter = '|', value = {
            "PUT | base-data/NOPE/ABC | {\"kind\":\"EXPORTER\",\"code\":\"ABC\",\"name\":\"X\"} | kind",
            "PUT | base-data/EXPORTER/ABC | {\"kind\":\"IMPORTER\",\"code\":\"ABC\",\"name\":\"X\"} | kind",
            "PUT | base-data/EXPORTER/ABC | {\"kind\":\"EXPORTER\",\"code\":\"ABD\",\"name\":\"X\"} | code",
            "POST | agents | {\"agentFilingNumber\":\"12345678X\",\"agentNameCn\":\"代理\"} | agentFilingNumber",
            "PUT | enterprise | {\"filingNumber\":\"456500999\",\"commitment\":true,\"changeInProgress\":true} | changeInProgress",
            "GET | certificates/export?from=yesterday | | from",
            "GET | blank-forms?state=LOST | | state",
            "POST | customs/blank-forms | {\"formType\":\"E\",\"holderCode\":\"1\",\"heldByAgent\":false,\"firstSerial\":\"1\",\"count\":0} | count",
            "POST | customs/blank-forms | {\"formType\":\"E\",\"holderCode\":\"1\",\"heldByAgent\":false,\"firstSerial\":\"A1\",\"count\":1} | firstSerial",
            "POST | blank-forms/consume | {\"serialNumbers\":[\"1\"]} | certificateNumber",
            "POST | blank-forms/void | {\"serialNumbers\":[]} | serialNumbers",
            "POST | customs/verifications | {\"requiredDocuments\":[\"INVOICE\"]} | certificateNumber",
            // sdk-core's FieldValidator rules: the credit code's check character, a phone with a digit, printed English.
            "PUT | enterprise | {\"filingNumber\":\"456500999\",\"creditCode\":\"91440300456500999A\",\"nameCn\":\"深圳\",\"nameEn\":\"X\",\"applicationMode\":\"SELF\"} | creditCode",
            "PUT | base-data/EXPORTER/ABC | {\"kind\":\"EXPORTER\",\"code\":\"ABC\",\"name\":\"X\",\"phone\":\"()\"} | phone",
            "PUT | base-data/EXPORTER/ABC | {\"kind\":\"EXPORTER\",\"code\":\"ABC\",\"name\":\"深圳示例\"} | name",
            "POST | agents | {\"agentFilingNumber\":\"123456789\",\"agentCreditCode\":\"91440300456500999A\",\"agentNameCn\":\"代理\"} | agentCreditCode",
            // A body of JSON null is no body: refused naming the body (''), not a NullPointerException in a desk.
            "POST | certificates/{draft}/attachments | null | ''",
            "POST | verifications/HC00000001/documents | null | ''",
            "POST | self-print/seals | null | ''",
            "POST | self-print/signatures | null | ''",
    })
    void malformedRequestIsRefusedNamingTheField(String method, String path, String body, String field) {
        HttpResponse<String> answer = Operations.raw(sandbox, method, path.replace("{draft}", draft), body);
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("\"code\":\"INVALID_INPUT\"").contains("\"field\":\"" + field + "\"");
    }

    /**
     * Random bytes, some dressed as a PDF, and real PDFs cut short: what is not a PDF is refused naming the content
     * (never a 5xx); a PDF cut short may be refused the same way or taken, and what was taken is held.
     */
    @Test
    void garbageUploadsAreRefusedNeverFailTheService(CooClient client) {
        Random random = new Random(20251202);
        byte[] pdf = Operations.pdf();
        int held = client.attachments().list(draft).size();
        for (int i = 0; i < 40; i++) {
            boolean cutShort = i % 3 == 2;
            byte[] content = switch (i % 3) {
                case 0 -> randomBytes(random, 1 + random.nextInt(4096));
                case 1 -> concat("%PDF-1.".getBytes(StandardCharsets.US_ASCII), randomBytes(random, random.nextInt(4096)));
                default -> Arrays.copyOf(pdf, 1 + random.nextInt(pdf.length - 1));
            };
            Throwable thrown = catchThrowable(() -> client.attachments().add(draft, AttachmentKind.OTHER, "fuzz.pdf", content));
            if (cutShort && thrown == null) {
                held++;
            } else {
                assertThat(thrown).as("upload %d of %d bytes", i, content.length)
                        .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("content"));
            }
        }
        assertThat(client.attachments().list(draft)).hasSize(held);
    }

    private static byte[] randomBytes(Random random, int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void attachmentWhoseContentIsNotBase64IsRefusedNamingTheContent() {
        HttpResponse<String> answer = Operations.raw(sandbox, "POST", "certificates/" + draft + "/attachments",
                "{\"kind\":\"INVOICE\",\"fileName\":\"a.pdf\",\"content\":\"%%% not base64 %%%\"}");
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("INVALID_INPUT").contains("content").doesNotContain("Exception");
    }

    @Test
    void attachmentWithAnUnknownFieldOrNoContentIsRefused() {
        assertThat(Operations.raw(sandbox, "POST", "certificates/" + draft + "/attachments",
                "{\"kind\":\"INVOICE\",\"fileName\":\"a.pdf\",\"content\":\"JVBERi0=\",\"path\":\"/etc\"}").statusCode())
                .isEqualTo(400);
        assertThat(Operations.raw(sandbox, "POST", "certificates/" + draft + "/attachments",
                "{\"kind\":\"INVOICE\",\"fileName\":\"a.pdf\"}").body()).contains("\"field\":\"content\"");
    }
}
