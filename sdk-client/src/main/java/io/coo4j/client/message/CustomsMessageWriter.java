package io.coo4j.client.message;

import io.coo4j.client.message.internal.AttachmentXml;
import io.coo4j.client.message.internal.CertificateMapping;
import io.coo4j.client.message.internal.MessageCodes;
import io.coo4j.client.message.internal.XmlOutput;
import io.coo4j.core.InvalidInputException;
import io.coo4j.core.model.Certificate;
import io.coo4j.core.reference.ReferenceData;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.List;

/**
 * Writes a certificate as the customs import message (原产地证书数据导入报文, GACC announcement 2022 No. 1)
 * that the Single Window import client (单一窗口导入客户端) takes from its OutBox: root {@code Certificate} in
 * the namespace {@code http://www.w3.org/2000/09/xmldsig#}, the head, the goods, the amendment
 * ({@code ModCertificate}), the non-party companies, the RCEP invoices and the applicant's commitment, in
 * the schema's order. Which model field goes to which element, and what is confirmed or inferred, is
 * {@code docs/customs-message.md}.
 *
 * <p>Everything is checked before a byte is written: lengths, required elements, element order and
 * namespace, numbers of at most 19 integer digits and 5 decimals, codes the message has a value for, and
 * fields it has no element for. A certificate that fails is a {@link MessageValidationException} listing
 * every problem with its JSON path and element; values are never cut short or rounded. {@link #check}
 * gives the same list without writing.
 *
 * <p>Attachments travel in their own message: {@link #writeAttachment}.
 *
 * <p>Immutable and thread-safe; create once and share.
 *
 * @since 0.1
 */
public final class CustomsMessageWriter {
    private final CertificateMapping mapping;

    private CustomsMessageWriter(ReferenceData reference) {
        this.mapping = new CertificateMapping(new MessageCodes(reference));
    }

    /** A writer with coo4j's built-in reference data. */
    public static CustomsMessageWriter defaults() {
        return create(ReferenceData.defaults());
    }

    /** A writer whose transport modes, trade modes, units and country names come from {@code reference}. */
    public static CustomsMessageWriter create(ReferenceData reference) {
        return new CustomsMessageWriter(InvalidInputException.requireArgument(reference, "CustomsMessageWriter.create", "reference"));
    }

    /** Every reason the certificate cannot be written; empty when it can. */
    public List<MessageProblem> check(Certificate certificate, ApplyType applyType) {
        InvalidInputException.requireArgument(certificate, "CustomsMessageWriter.check", "certificate");
        InvalidInputException.requireArgument(applyType, "CustomsMessageWriter.check", "applyType");
        return mapping.toXml(certificate, applyType).problems();
    }

    /** Writes the message to {@code out} (UTF-8), or throws before writing anything. */
    public void write(Certificate certificate, ApplyType applyType, OutputStream out) {
        CertificateMapping.Outgoing message = mapping.toXml(
                InvalidInputException.requireArgument(certificate, "CustomsMessageWriter.write", "certificate"),
                InvalidInputException.requireArgument(applyType, "CustomsMessageWriter.write", "applyType"));
        InvalidInputException.requireArgument(out, "CustomsMessageWriter.write", "out");
        if (!message.problems().isEmpty()) {
            String name = certificate.number() == null ? "certificate" : "certificate " + certificate.number();
            throw new MessageValidationException(name, message.problems());
        }
        try (XmlOutput xml = new XmlOutput(out)) {
            xml.tree(message.root());
        }
    }

    /** The message as UTF-8 bytes. */
    public byte[] write(Certificate certificate, ApplyType applyType) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
        write(certificate, applyType, out);
        return out.toByteArray();
    }

    /** Writes the attachment message ({@code File}, no namespace, the content in base64). */
    public void writeAttachment(AttachmentMessage attachment, OutputStream out) {
        InvalidInputException.requireArgument(attachment, "CustomsMessageWriter.writeAttachment", "attachment");
        InvalidInputException.requireArgument(out, "CustomsMessageWriter.writeAttachment", "out");
        AttachmentXml.write(attachment, out);
    }
}
