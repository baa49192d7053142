package io.coo4j.testkit.internal;

import io.coo4j.core.Digests;
import io.coo4j.core.model.Attachment;
import io.coo4j.core.model.AttachmentKind;
import io.coo4j.print.attachment.AttachmentCheck;
import io.coo4j.print.attachment.AttachmentReport;
import java.time.Instant;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An uploaded document (随附单据 of a certificate, 核查资料 of a verification) checked as the customs' upload page
 * checks it (001 ch.4: "仅支持 pdf 格式, 每页 pdf 大小不超过 300k，每份材料大小不超过 4M"): by sdk-print's
 * {@link AttachmentCheck}, which reads the content, not the name. Each refusal is a 400 naming the field.
 */
final class Uploads {
    /** The body of an upload: the document's kind, its file name and its bytes (base64 in JSON). */
    record Upload(AttachmentKind kind, String fileName, byte[] content) {
    }

    private Uploads() {
    }

    /**
     * An upload checked ahead of its change: the attachment it makes, or the refusal to answer once the caller's own
     * checks (the record exists and takes an upload) have passed, so that those are said first.
     */
    record Checked(AttachmentKind kind, Function<Instant, Function<String, Attachment>> make, ApiError refusal) {
        /**
         * How to make the attachment under an id. The id is taken only once every check passed: a refused upload is
         * not journaled, so it must not use up an id.
         */
        Function<String, Attachment> accept(Instant now) {
            if (refusal != null) {
                throw refusal;
            }
            return make.apply(now);
        }
    }

    /** Checks the upload, reading the whole PDF: done before the change takes its turn, outside any lock. */
    static Checked check(Upload u) {
        try {
            Checks.required("kind", u.kind());
            String name = Checks.text("fileName", u.fileName(), 200);
            if (!name.matches("[^/\\\\\\p{Cntrl}]+") || !name.toLowerCase(java.util.Locale.ROOT).endsWith(".pdf")) {
                throw ApiError.invalid("fileName", "a plain file name ending in .pdf (PDF only, 001 ch.4), got '" + name + "'");
            }
            byte[] content = Checks.required("content", u.content());
            AttachmentReport report = AttachmentCheck.check(content);
            if (!report.accepted()) {
                throw ApiError.invalid("content", report.findings().stream().map(f -> f.code() + ": " + f.message())
                        .collect(Collectors.joining("; ")));
            }
            String digest = Digests.sha256Hex(content);
            return new Checked(u.kind(), now -> id -> new Attachment(id, u.kind(), name, report.sizeBytes(), report.pages(), digest, now),
                    null);
        } catch (ApiError refused) {
            return new Checked(u.kind(), null, refused);
        }
    }
}
