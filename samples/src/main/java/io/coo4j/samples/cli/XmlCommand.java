package io.coo4j.samples.cli;

import io.coo4j.client.message.ApplyType;
import io.coo4j.client.message.AttachmentMessage;
import io.coo4j.client.message.CustomsMessageReader;
import io.coo4j.client.message.CustomsMessageWriter;
import io.coo4j.client.message.MessageValidationException;
import io.coo4j.core.InvalidInputException;
import io.coo4j.core.json.CooJson;
import io.coo4j.core.model.Certificate;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code coo xml FILE.json [--out FILE.xml] [--attachment PDF]} writes the customs import message (GACC 2022 No. 1)
 * of a certificate, or the attachment message of a PDF for it; {@code coo xml --read FILE.xml} reads a message back
 * and prints the certificate as JSON.
 */
@Command(name = "xml", description = {"Writes the customs import message (原产地证书数据导入报文, GACC 2022 No. 1) of a certificate, "
        + "or reads one back as JSON. Every length, code and element is checked before writing; docs/customs-message.md has the mapping."})
final class XmlCommand implements Callable<Integer> {
    enum Apply { save, declare }

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "0..1", description = "The certificate JSON file to write the message of.")
    Path file;

    @Option(names = "--read", paramLabel = "XML", description = "Read this certificate message and print the certificate as JSON.")
    Path read;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to this file (replaced whole, never half-written) instead of standard output.")
    Path out;

    @Option(names = "--attachment", paramLabel = "PDF", description = "Write the attachment (File) message of this PDF for the certificate.")
    Path attachment;

    @Option(names = "--apply-type", paramLabel = "TYPE", defaultValue = "declare",
            description = "save (暂存, a draft) or declare (申报); default: ${DEFAULT-VALUE}.")
    Apply applyType;

    @Override
    public Integer call() {
        if ((file == null) == (read == null)) {
            throw new ParameterException(spec.commandLine(), "give a certificate FILE to write its message, or --read XML");
        }
        if (read != null && attachment != null) {
            throw new ParameterException(spec.commandLine(), "--attachment writes a message; it does not go with --read");
        }
        byte[] result;
        if (read != null) {
            result = CooJson.strict().writeBytes(CustomsMessageReader.defaults().read(read).certificate());
        } else {
            Certificate c = CooJson.strict().readCertificate(file);
            try {
                result = attachment != null ? attachment(c) : CustomsMessageWriter.defaults()
                        .write(c, applyType == Apply.save ? ApplyType.SAVE : ApplyType.DECLARE);
            } catch (MessageValidationException e) {
                throw new MessageValidationException(attachment != null ? attachment.toString() : file.toString(), e.problems());
            }
        }
        emit(result);
        return Coo.OK;
    }

    private byte[] attachment(Certificate c) {
        ByteArrayOutputStream xml = new ByteArrayOutputStream();
        CustomsMessageWriter.defaults().writeAttachment(AttachmentMessage.ofFile(c, attachment), xml);
        return xml.toByteArray();
    }

    /** To standard output, or to --out through a temporary file renamed into place, as an import client's OutBox needs. */
    private void emit(byte[] bytes) {
        if (out == null) {
            PrintWriter w = spec.commandLine().getOut();
            w.print(new String(bytes, StandardCharsets.UTF_8));
            w.flush();
            return;
        }
        Path target = out.toAbsolutePath();
        try {
            Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
            try {
                Files.write(temp, bytes);
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new InvalidInputException(out.toString(), "", "cannot be written: " + e.getMessage(), e);
        }
    }
}
