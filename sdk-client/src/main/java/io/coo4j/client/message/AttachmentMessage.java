package io.coo4j.client.message;

import io.coo4j.client.message.internal.AttachmentXml;
import io.coo4j.client.message.internal.Inputs;
import io.coo4j.core.InvalidInputException;
import io.coo4j.core.model.Certificate;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An attachment (随附单据) as the customs import message carries it: a {@code File} message of its own, in no
 * namespace, naming its certificate by {@code CertNo} and {@code CertType}, the declaring and the exporting
 * enterprise ({@code AplRegNo}, {@code CiqRegNo}), the file's type, name and document type, the content in
 * base64 ({@code FileContent}) and {@code IsDelay} (1 when the file follows later). The Single Window takes
 * PDF files of at most 4 MB (001 ch.4). A message read may lack any field ({@code null}): writing or checking it
 * names the missing required ones. Immutable: the content is copied in and out; build with {@link #builder()}.
 *
 * @param certificateNumber       {@code CertNo}, the certificate's number; {@code null} when absent
 * @param certificateType         {@code CertType}, the certificate type code, e.g. {@code E}; {@code null} when absent
 * @param declaringEnterpriseCode {@code AplRegNo}, the code of the enterprise that keys the certificate in
 *                                (录入企业代码: the agent's, else the exporter's); {@code null} when absent
 * @param exporterCode            {@code CiqRegNo}, the exporter's code (出口商代码, its credit code); {@code null} when
 *                                absent
 * @param fileType                the message's FileType; {@link #of} writes {@code PDF} (inferred, see
 *                                docs/customs-message.md); {@code null} when absent
 * @param fileName                {@code FileName}, the attachment's file name; {@code null} when absent
 * @param documentType            the message's DocType, the kind of document as the Single Window codes it;
 *                                {@code null} when absent
 * @param content                 the file's bytes ({@code FileContent}, base64 in the message); {@code null} when
 *                                absent
 * @param delayed                 {@code IsDelay}: whether the file follows later
 * @since 0.1
 */
public record AttachmentMessage(
        @Nullable String certificateNumber,
        @Nullable String certificateType,
        @Nullable String declaringEnterpriseCode,
        @Nullable String exporterCode,
        @Nullable String fileType,
        @Nullable String fileName,
        @Nullable String documentType,
        byte @Nullable [] content,
        boolean delayed) {

    /** Copies the content, so the caller's array can change afterwards. */
    public AttachmentMessage(@Nullable String certificateNumber, @Nullable String certificateType,
            @Nullable String declaringEnterpriseCode, @Nullable String exporterCode, @Nullable String fileType,
            @Nullable String fileName, @Nullable String documentType, byte @Nullable [] content, boolean delayed) {
        // Not compact: javac 17 drops an array's type annotation from a compact constructor's parameter.
        content = content == null ? null : content.clone();
        this.certificateNumber = certificateNumber;
        this.certificateType = certificateType;
        this.declaringEnterpriseCode = declaringEnterpriseCode;
        this.exporterCode = exporterCode;
        this.fileType = fileType;
        this.fileName = fileName;
        this.documentType = documentType;
        this.content = content;
        this.delayed = delayed;
    }

    /**
     * The PDF {@code content} named {@code fileName} for {@code certificate}: its number and type, the agent
     * that declares it (else the owner) and the owner's credit code, as in the certificate message's head.
     */
    public static AttachmentMessage of(Certificate certificate, String fileName, byte[] content) {
        InvalidInputException.requireArgument(certificate, "AttachmentMessage.of", "certificate");
        InvalidInputException.requireArgument(fileName, "AttachmentMessage.of", "fileName");
        InvalidInputException.requireArgument(content, "AttachmentMessage.of", "content");
        String declaring = certificate.declaringEnterpriseCode() != null ? certificate.declaringEnterpriseCode()
                : certificate.creditCode();
        return new AttachmentMessage(certificate.number(), certificate.type(), declaring, certificate.creditCode(), "PDF",
                fileName, null, content, false);
    }

    /**
     * The PDF file {@code pdf} for {@code certificate}, as {@link #of}; reads at most one byte past the 4 MB the
     * Single Window takes, so an oversized file is refused when written without being read whole.
     */
    public static AttachmentMessage ofFile(Certificate certificate, Path pdf) {
        InvalidInputException.requireArgument(certificate, "AttachmentMessage.ofFile", "certificate");
        InvalidInputException.requireArgument(pdf, "AttachmentMessage.ofFile", "pdf");
        return of(certificate, pdf.getFileName().toString(), Inputs.bytes(pdf, AttachmentXml.MAX_CONTENT + 1));
    }

    @Override
    public byte @Nullable [] content() {
        return content == null ? null : content.clone();
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof AttachmentMessage a && Objects.equals(certificateNumber, a.certificateNumber)
                && Objects.equals(certificateType, a.certificateType)
                && Objects.equals(declaringEnterpriseCode, a.declaringEnterpriseCode)
                && Objects.equals(exporterCode, a.exporterCode) && Objects.equals(fileType, a.fileType)
                && Objects.equals(fileName, a.fileName) && Objects.equals(documentType, a.documentType)
                && Arrays.equals(content, a.content) && delayed == a.delayed;
    }

    @Override
    public int hashCode() {
        return Objects.hash(certificateNumber, certificateType, declaringEnterpriseCode, exporterCode, fileType, fileName,
                documentType, Arrays.hashCode(content), delayed);
    }

    @Override
    public String toString() {
        return "AttachmentMessage[" + certificateNumber + ", " + fileName + ", "
                + (content == null ? "no content" : content.length + " bytes") + "]";
    }

    /** A builder with every field empty. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this attachment's fields, to change some of them. */
    public Builder toBuilder() {
        return builder().certificateNumber(certificateNumber).certificateType(certificateType)
                .declaringEnterpriseCode(declaringEnterpriseCode).exporterCode(exporterCode).fileType(fileType)
                .fileName(fileName).documentType(documentType).content(content).delayed(delayed);
    }

    /** Builder of {@link AttachmentMessage}. Not thread-safe. */
    public static final class Builder {
        private @Nullable String certificateNumber;
        private @Nullable String certificateType;
        private @Nullable String declaringEnterpriseCode;
        private @Nullable String exporterCode;
        private @Nullable String fileType;
        private @Nullable String fileName;
        private @Nullable String documentType;
        private byte @Nullable [] content;
        private boolean delayed;

        private Builder() {
        }

        /** {@code CertNo}, the certificate's number. */
        public Builder certificateNumber(@Nullable String v) { certificateNumber = v; return this; }
        /** {@code CertType}, the certificate type code. */
        public Builder certificateType(@Nullable String v) { certificateType = v; return this; }
        /** {@code AplRegNo}, the declaring enterprise's code. */
        public Builder declaringEnterpriseCode(@Nullable String v) { declaringEnterpriseCode = v; return this; }
        /** {@code CiqRegNo}, the exporter's credit code. */
        public Builder exporterCode(@Nullable String v) { exporterCode = v; return this; }
        /** {@code FileType}, e.g. {@code PDF}. */
        public Builder fileType(@Nullable String v) { fileType = v; return this; }
        /** {@code FileName}, the attachment's file name. */
        public Builder fileName(@Nullable String v) { fileName = v; return this; }
        /** {@code DocType}, the kind of document as the Single Window codes it. */
        public Builder documentType(@Nullable String v) { documentType = v; return this; }
        /** The file's bytes; copied when built. */
        public Builder content(byte @Nullable [] v) { content = v; return this; }
        /** {@code IsDelay}: whether the file follows later. */
        public Builder delayed(boolean v) { delayed = v; return this; }

        /** The attachment. */
        public AttachmentMessage build() {
            return new AttachmentMessage(certificateNumber, certificateType, declaringEnterpriseCode, exporterCode, fileType, fileName, documentType, content, delayed);
        }
    }
}
