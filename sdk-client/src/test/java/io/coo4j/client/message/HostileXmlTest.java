package io.coo4j.client.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.coo4j.core.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;

/**
 * Issue 9: external entities, entity expansion, DOCTYPEs, 50 MB of base64, deep nesting and floods of elements
 * end in one clear error, and the input is read no further than the limit, so memory stays bounded.
 */
class HostileXmlTest {
    private static final String NS = "http://www.w3.org/2000/09/xmldsig#";
    private static final long MB = 1024 * 1024;

    private static final BiConsumer<InputStream, String> CERTIFICATE = (in, s) -> Messages.READER.read(in, s);
    private static final BiConsumer<InputStream, String> ATTACHMENT = (in, s) -> Messages.READER.readAttachment(in, s);
    private static final BiConsumer<InputStream, String> RECEIPT = (in, s) -> ReceiptReader.defaults().read(in, s);

    private static InvalidInputException refused(BiConsumer<InputStream, String> reader, InputStream in) {
        try {
            reader.accept(in, "hostile.xml");
        } catch (InvalidInputException e) {
            assertThat(e.getMessage()).startsWith("hostile.xml: ").doesNotContain("\n");
            return e;
        }
        throw new AssertionError("the hostile input was accepted");
    }

    private static InputStream bytes(String xml) {
        return new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void externalEntitiesAreRefusedBeforeAnythingIsFetched() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE Certificate [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + "<Certificate xmlns=\"" + NS + "\">&xxe;</Certificate>";
        for (BiConsumer<InputStream, String> reader : new BiConsumer[] {CERTIFICATE, ATTACHMENT, RECEIPT}) {
            assertThat(refused(reader, bytes(xxe)).problem()).isEqualTo("a DOCTYPE is not allowed (no DTDs or entities in a customs message)");
        }
        String external = "<!DOCTYPE Receipt SYSTEM \"http://127.0.0.1:9/evil.dtd\"><Receipt/>";
        assertThat(refused(RECEIPT, bytes(external)).problem()).contains("DOCTYPE is not allowed");
        String parameter = "<!DOCTYPE File [<!ENTITY % p SYSTEM \"file:///etc/hostname\"> %p;]><File/>";
        assertThat(refused(ATTACHMENT, bytes(parameter)).problem()).contains("DOCTYPE is not allowed");
    }

    @Test
    void entityExpansionIsRefused() {
        StringBuilder laughs = new StringBuilder("<!DOCTYPE lolz [<!ENTITY lol \"lol\">");
        for (int i = 1; i <= 9; i++) {
            laughs.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10)).append("\">");
        }
        laughs.append("]><Certificate xmlns=\"").append(NS).append("\">&lol9;</Certificate>");
        assertThat(refused(CERTIFICATE, bytes(laughs.toString())).problem()).contains("DOCTYPE is not allowed");
        assertThat(refused(CERTIFICATE, bytes("<Certificate xmlns=\"" + NS + "\">&undeclared;</Certificate>")).problem())
                .isEqualTo("the entity reference &undeclared; is not allowed (no DTDs or entities in a customs message)");
    }

    @Test
    void theSchemaValidatorRefusesDoctypesToo() {
        String xxe = "<!DOCTYPE Certificate [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><Certificate xmlns=\"" + NS + "\">&xxe;</Certificate>";
        CustomsSchema schema = Messages.schema(); // outside the lambda: a skip thrown inside it would pass as the refusal
        assertThatThrownBy(() -> schema.validate(xxe.getBytes(StandardCharsets.UTF_8), "hostile.xml"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("DOCTYPE");
    }

    @Test
    void fiftyMegabytesOfBase64StopAtTheAttachmentLimit() {
        Generated in = new Generated("<File><CertNo>E1</CertNo><FileContent>", "QUFB", 50 * MB / 4, "</FileContent></File>");
        assertThat(refused(ATTACHMENT, in).problem())
                .isEqualTo("<FileContent> decodes to more than 4 MB; the Single Window takes attachments of at most 4 MB");
        assertThat(in.served).isLessThan(7 * MB);
    }

    @Test
    void fiftyMegabytesOfTextStopAtTheElementLimit() {
        Generated in = new Generated("<Certificate xmlns=\"" + NS + "\"><CertificateHead><Mark>", "M", 50 * MB, "</Mark></CertificateHead></Certificate>");
        assertThat(refused(CERTIFICATE, in).problem()).isEqualTo("<Mark> holds more than 4000 characters of text");
        assertThat(in.served).isLessThan(MB);
    }

    @Test
    void deepNestingStopsAtTheLayoutsDepth() {
        Generated in = new Generated("<Certificate xmlns=\"" + NS + "\">", "<a>", 1_000_000, "");
        assertThat(refused(CERTIFICATE, in).problem()).isEqualTo("elements nested deeper than 6 levels");
        assertThat(in.served).isLessThan(MB);
        Generated receipt = new Generated("<Receipt>", "<CusRespData>", 1_000_000, "");
        assertThat(refused(RECEIPT, receipt).problem()).isEqualTo("elements nested deeper than 4 levels");
    }

    @Test
    void floodsOfElementsAndOversizedInputsStop() {
        Generated goods = new Generated("<Certificate xmlns=\"" + NS + "\"><CertificateList>", "<Goods><PackType>1</PackType></Goods>",
                1_000_000, "</CertificateList></Certificate>");
        assertThat(refused(CERTIFICATE, goods).problem()).isEqualTo("more than 200000 elements");
        Generated receipt = new Generated("<Receipt><Note>", "x", 5 * MB, "</Note></Receipt>");
        assertThat(refused(RECEIPT, receipt).problem()).isIn("larger than 1 MB", "<Note> holds more than 4000 characters of text");
        assertThat(receipt.served).isLessThan(2 * MB);
    }

    @Test
    void garbageIsOneLineAboutWellFormedness() {
        assertThat(refused(CERTIFICATE, new ByteArrayInputStream(new byte[] {0, 1, 2, (byte) 0xff})).problem()).startsWith("not well-formed XML");
        assertThat(refused(CERTIFICATE, bytes("")).problem()).startsWith("not well-formed XML");
        assertThat(refused(RECEIPT, bytes("<Receipt><CertNo>1</Receipt>")).problem()).startsWith("not well-formed XML");
    }

    /** Issue 16: a reader that stopped at the root's end took a second root, or text after the root, as nothing. */
    @Test
    void aSecondRootOrTextAfterTheRootIsRefused() {
        String message = new String(Messages.WRITER.write(Messages.sample("E"), ApplyType.DECLARE), StandardCharsets.UTF_8).strip();
        refusesWhatFollows(CERTIFICATE, message, "Certificate");
        refusesWhatFollows(ATTACHMENT, "<File><CertNo>E1</CertNo></File>", "File");
        refusesWhatFollows(RECEIPT, "<Receipt><CertNo>E1</CertNo><CusRespData><RepType>5</RepType></CusRespData></Receipt>", "Receipt");
    }

    private static void refusesWhatFollows(BiConsumer<InputStream, String> reader, String xml, String root) {
        reader.accept(bytes(xml + " <!-- after --> <?pi x?>\n"), "fine.xml");
        for (String after : List.of(xml, "<" + root + "/>", "text", "<")) {
            assertThat(refused(reader, bytes(xml + after)).problem()).as(after)
                    .isEqualTo("something follows the root element </" + root + ">: a document has one root element and nothing after it");
        }
    }

    /** An input of a head, a unit repeated {@code times}, and a tail, made as it is read; counts what it served. */
    private static final class Generated extends InputStream {
        private final byte[] head;
        private final byte[] unit;
        private final long times;
        private final byte[] tail;
        private long served;

        Generated(String head, String unit, long times, String tail) {
            this.head = head.getBytes(StandardCharsets.UTF_8);
            this.unit = unit.getBytes(StandardCharsets.UTF_8);
            this.times = times;
            this.tail = tail.getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public int read() {
            long body = unit.length * times;
            long at = served;
            int b;
            if (at < head.length) {
                b = head[(int) at];
            } else if (at < head.length + body) {
                b = unit[(int) ((at - head.length) % unit.length)];
            } else if (at < head.length + body + tail.length) {
                b = tail[(int) (at - head.length - body)];
            } else {
                return -1;
            }
            served++;
            return b & 0xff;
        }

        @Override
        public int read(byte[] buffer, int off, int len) {
            int n = 0;
            while (n < len) {
                int b = read();
                if (b < 0) {
                    return n == 0 ? -1 : n;
                }
                buffer[off + n++] = (byte) b;
            }
            return n;
        }
    }
}
