package io.coo4j.client.message;

import static io.coo4j.client.message.Messages.READER;
import static io.coo4j.client.message.Messages.WRITER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.coo4j.core.InvalidInputException;
import io.coo4j.core.model.Certificate;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class AttachmentMessageTest {
    private static final Certificate E = Messages.sample("E");

    private static byte[] pdf(int size) {
        byte[] b = new byte[size];
        Arrays.fill(b, (byte) 'x');
        System.arraycopy("%PDF-1.7\n".getBytes(StandardCharsets.ISO_8859_1), 0, b, 0, 9);
        return b;
    }

    private static byte[] write(AttachmentMessage a) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WRITER.writeAttachment(a, out);
        return out.toByteArray();
    }

    @Test
    void aPdfGoesOutInBase64WithoutNamespaceAndComesBackTheSame() {
        AttachmentMessage a = AttachmentMessage.of(E, "invoice.pdf", pdf(200_000));
        byte[] xml = write(a);
        String text = new String(xml, StandardCharsets.UTF_8);
        assertThat(text).contains("<File>", "<CertNo>E254565009990001</CertNo>", "<CertType>E</CertType>",
                "<AplRegNo>91440300456500999G</AplRegNo>", "<FileType>PDF</FileType>", "<FileName>invoice.pdf</FileName>",
                "<FileContent>JVBERi0xLjcK", "<IsDelay>0</IsDelay>").doesNotContain("xmlns");
        assertThat(READER.readAttachment(new ByteArrayInputStream(xml), "file.xml")).isEqualTo(a);
    }

    @Test
    void onlyPdfsOfAtMost4MbWithTheirCertificateAreWritten() {
        assertThatThrownBy(() -> write(AttachmentMessage.of(E, "big.pdf", pdf(4 * 1024 * 1024 + 1))))
                .hasMessage("big.pdf: content: File/FileContent: 4194305 bytes; the Single Window takes attachments of at most 4 MB");
        assertThatThrownBy(() -> write(AttachmentMessage.of(E, "photo.pdf", new byte[] {(byte) 0xff, (byte) 0xd8, 1, 2, 3, 4})))
                .hasMessageContaining("is not a PDF");
        assertThatThrownBy(() -> write(AttachmentMessage.of(E.toBuilder().number(null).build(), "a.pdf", pdf(100))))
                .isInstanceOfSatisfying(MessageValidationException.class, e -> assertThat(e.problems()).containsExactly(
                        new MessageProblem("certificateNumber", "File/CertNo", "is required, and the attachment has no value for it")));
    }

    @Test
    void brokenAttachmentMessagesAreClearErrors() {
        String head = "<File><CertNo>E1</CertNo><FileContent>";
        assertThatThrownBy(() -> read(head + "not base64!</FileContent></File>")).isInstanceOf(InvalidInputException.class)
                .hasMessage("a.xml: line 1, column 39: <FileContent> is not base64");
        assertThatThrownBy(() -> read("<File><Colour>red</Colour></File>"))
                .hasMessage("a.xml: line 1, column 15: <Colour> is not an element of the attachment message");
        assertThatThrownBy(() -> read("<File><CertNo><b>E1</b></CertNo></File>"))
                .hasMessageContaining("<b> is nested inside <CertNo>");
        assertThatThrownBy(() -> read("<File><IsDelay>yes</IsDelay></File>")).hasMessageContaining("\"yes\" is not 0 or 1");
        assertThatThrownBy(() -> read("<Certificate/>")).hasMessageContaining("the attachment message's root element is <File>");
    }

    private static AttachmentMessage read(String xml) {
        return READER.readAttachment(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "a.xml");
    }
}
