package io.coo4j.client;

import io.coo4j.client.internal.Api;
import io.coo4j.core.model.Attachment;
import io.coo4j.core.model.AttachmentKind;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The attachments (随附单据, 001 ch.4) of a saved certificate: PDF only — judged by the content, not the name — at
 * most 4 MB a file and 300 KB a page; added while the certificate is draft or returned, deleted while it is draft.
 * A refused file is an {@link InvalidRequestException} whose {@code field} is {@code content} (or {@code fileName},
 * {@code kind}); a refused state is a {@link ConflictException}. The record of the certificate lists its attachments
 * too. Obtained from {@link CooClient#attachments()}; thread-safe (线程安全).
 *
 * @since 0.1
 */
public final class Attachments {
    private static final String ROOT = "certificates";

    private final Api api;

    Attachments(Api api) {
        this.api = api;
    }

    /** 上传: adds {@code content} as {@code fileName} to the certificate; answers its metadata. */
    public Attachment add(String certificateNumber, AttachmentKind kind, String fileName, byte[] content) {
        return api.post("attachments.add", Attachment.class, Api.upload("attachment", kind, fileName, content), ROOT,
                number(certificateNumber), "attachments");
    }

    /** {@link #add(String, AttachmentKind, String, byte[])} without blocking a thread while a large file travels. */
    public CompletableFuture<Attachment> addAsync(String certificateNumber, AttachmentKind kind, String fileName,
                                                  byte[] content) {
        return api.postAsync("attachments.add", Attachment.class, Api.upload("attachment", kind, fileName, content),
                RequestOptions.none(), ROOT, number(certificateNumber), "attachments");
    }

    /** Adds a PDF file under its own name. */
    public Attachment add(String certificateNumber, AttachmentKind kind, Path file) {
        return api.post("attachments.add", Attachment.class, Api.upload("attachment", kind, file), ROOT,
                number(certificateNumber), "attachments");
    }

    /** The certificate's attachments: their metadata, as {@link #add} answered it. */
    public List<Attachment> list(String certificateNumber) {
        return api.all("attachments.list", Attachment.class, ROOT, number(certificateNumber), "attachments");
    }

    /** 删除 an attachment of a draft certificate. */
    public void delete(String certificateNumber, String attachmentId) {
        api.delete("attachments.delete", null, ROOT, number(certificateNumber), "attachments",
                Api.required("attachment", "attachmentId", attachmentId));
    }

    private static String number(String n) {
        return Api.required("attachment", "certificateNumber", n);
    }
}
