package io.coo4j.client.message;

import io.coo4j.client.message.internal.AttachmentXml;
import io.coo4j.client.message.internal.CertificateMapping;
import io.coo4j.client.message.internal.Inputs;
import io.coo4j.client.message.internal.LayoutChecker;
import io.coo4j.client.message.internal.MessageCodes;
import io.coo4j.client.message.internal.SecureXml;
import io.coo4j.client.message.internal.XmlNode;
import io.coo4j.core.InvalidInputException;
import io.coo4j.core.reference.ReferenceData;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads a customs import message (原产地证书数据导入报文) back into coo4j's model: the certificate message an
 * ERP wrote, or one coo4j wrote, and the attachment {@code File} message. The input is not trusted: a DOCTYPE
 * (and with it every entity, external or expanding) is refused, nothing is fetched, and size (32 MB for a
 * certificate message, 4 MB of attachment content), nesting depth, element count and text length are capped
 * while streaming. The certificate message must then follow the schema's layout (namespace, order,
 * lengths, formats) exactly as {@link CustomsMessageWriter} checks it. Every failure is an
 * {@link InvalidInputException} naming the source, the line and column, the element and the problem.
 *
 * <p>Fields the message does not carry read as null (docs/customs-message.md lists them).
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class CustomsMessageReader {
    private static final SecureXml.Limits LIMITS = new SecureXml.Limits(32L * 1024 * 1024, 6, 200_000, 4_000);

    private final CertificateMapping mapping;

    private CustomsMessageReader(ReferenceData reference) {
        this.mapping = new CertificateMapping(new MessageCodes(reference));
    }

    /** A reader with coo4j's bundled reference data ({@link ReferenceData#defaults()}) for the code lists. */
    public static CustomsMessageReader defaults() {
        return create(ReferenceData.defaults());
    }

    /** A reader that maps the message's codes (countries, units, trade modes …) with {@code reference}. */
    public static CustomsMessageReader create(ReferenceData reference) {
        return new CustomsMessageReader(InvalidInputException.requireArgument(reference, "CustomsMessageReader.create", "reference"));
    }

    /** Reads a certificate message; {@code source} names it in errors. */
    public CustomsMessage read(InputStream in, String source) {
        requireStream(in, source, "CustomsMessageReader.read");
        XmlNode root = SecureXml.parse(in, source, LIMITS);
        List<LayoutChecker.Finding> findings = LayoutChecker.check(root);
        if (!findings.isEmpty()) {
            LayoutChecker.Finding f = findings.get(0);
            String more = findings.size() > 1 ? " (and " + (findings.size() - 1) + " more problem(s))" : "";
            throw new InvalidInputException(source, f.location(), f.element() + ": " + f.problem() + more);
        }
        return mapping.fromXml(root, source);
    }

    /** Reads a certificate message file, named in errors by its path. */
    public CustomsMessage read(Path file) {
        return Inputs.read(InvalidInputException.requireArgument(file, "CustomsMessageReader.read", "file"), this::read);
    }

    /** Reads an attachment message; its content is at most 4 MB. */
    public AttachmentMessage readAttachment(InputStream in, String source) {
        requireStream(in, source, "CustomsMessageReader.readAttachment");
        return AttachmentXml.read(in, source);
    }

    /** Reads an attachment message file, named in errors by its path; its content is at most 4 MB. */
    public AttachmentMessage readAttachment(Path file) {
        return Inputs.read(InvalidInputException.requireArgument(file, "CustomsMessageReader.readAttachment", "file"),
                this::readAttachment);
    }

    private static void requireStream(InputStream in, String source, String call) {
        InvalidInputException.requireArgument(in, call, "in");
        InvalidInputException.requireArgument(source, call, "source");
    }
}
