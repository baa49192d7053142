package io.coo4j.samples;

import static io.coo4j.samples.CooCliTest.coo;
import static org.assertj.core.api.Assertions.assertThat;

import io.coo4j.core.json.CooJson;
import io.coo4j.core.model.Certificate;
import io.coo4j.core.testing.GeneratedFiles;
import io.coo4j.core.testing.SharedData;
import io.coo4j.samples.CooCliTest.Run;
import io.coo4j.samples.cli.Coo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code coo xml} and {@code coo receipt}: the customs import message and its receipts from the command line. */
class CustomsMessageCliTest {
    private static final Path RC = GeneratedFiles.projectRoot().resolve("samples/certificates/RC.json");

    @Test
    void xmlWritesTheMessageAndReadsItBack(@TempDir Path dir) {
        Run written = coo("xml", RC.toString());
        assertThat(written.exit()).isZero();
        assertThat(written.out()).contains("<Certificate xmlns=\"http://www.w3.org/2000/09/xmldsig#\">", "<CertType>RC</CertType>",
                "<ApplyType>1</ApplyType>", "<OriInvs>");
        Path xml = dir.resolve("RC.xml");
        assertThat(coo("xml", RC.toString(), "--out", xml.toString(), "--apply-type", "save").exit()).isZero();
        assertThat(xml).content(StandardCharsets.UTF_8).contains("<ApplyType>0</ApplyType>");
        Run read = coo("xml", "--read", xml.toString());
        assertThat(read.exit()).isZero();
        Certificate back = CooJson.strict().readCertificate(read.out().getBytes(StandardCharsets.UTF_8), "out");
        Certificate original = CooJson.strict().readCertificate(RC);
        assertThat(back.number()).isEqualTo(original.number());
        assertThat(back.goods()).isEqualTo(original.goods());
        assertThat(back.invoices()).isEqualTo(original.invoices());
        assertThat(dir.toFile().list()).as("no temporary file is left").containsExactly("RC.xml");
    }

    @Test
    void xmlWritesTheAttachmentMessageOfAPdf(@TempDir Path dir) throws IOException {
        Path pdf = dir.resolve("invoice.pdf");
        Files.writeString(pdf, "%PDF-1.4\n%%EOF\n");
        Run r = coo("xml", RC.toString(), "--attachment", pdf.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("<File>", "<FileName>invoice.pdf</FileName>", "<FileContent>JVBERi0xLjQKJSVFT0YK</FileContent>");
        Path png = dir.resolve("scan.pdf");
        Files.write(png, new byte[] {(byte) 0x89, 'P', 'N', 'G', 1, 2});
        Run notPdf = coo("xml", RC.toString(), "--attachment", png.toString());
        assertThat(notPdf.exit()).isEqualTo(Coo.USAGE);
        assertThat(notPdf.err()).isEqualTo("coo: " + png + ": content: File/FileContent: is not a PDF; the Single Window takes PDF "
                + "attachments only\n");
    }

    @Test
    void receiptReadsTheSharedSampleAsApproved() {
        String sample = SharedData.folder().resolve("customs/receipt-sample-RC.xml").toString();
        Run text = coo("receipt", sample);
        assertThat(text.exit()).isZero();
        assertThat(text.out()).startsWith("RC220123456780001: APPROVED 审核通过 (Receipt, channel 6, type 5, code 0000): 审核通过\n")
                .contains("certificate state: APPROVED");
        Run json = coo("receipt", sample, "--format", "json");
        assertThat(json.out()).contains("\"kind\": \"BUSINESS\"", "\"certificateNumber\": \"RC220123456780001\"", "\"channel\": \"6\"",
                "\"type\": \"5\"", "\"code\": \"0000\"", "\"message\": \"审核通过\"", "\"status\": \"APPROVED\"",
                "\"receivedAt\": \"2026-04-16T02:00:00Z\"");
    }

    @Test
    void errorsAreOneLineNamingTheFileAndThePath(@TempDir Path dir) throws IOException {
        Path tooLong = dir.resolve("long.json");
        Files.writeString(tooLong, Files.readString(RC).replace("\"nameEn\": \"NETWORK SWITCH\"", "\"nameEn\": \"" + "N".repeat(401) + "\""));
        Run r = coo("xml", tooLong.toString());
        assertThat(r.exit()).isEqualTo(Coo.USAGE);
        assertThat(r.err()).isEqualTo("coo: " + tooLong + ": goods[0].nameEn: Certificate/CertificateList/Goods[1]/GoodsNameE: "
                + "401 characters, at most 400\n");
        assertThat(r.out()).isEmpty();

        Path xxe = dir.resolve("xxe.xml");
        Files.writeString(xxe, "<!DOCTYPE Certificate [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><Certificate>&x;</Certificate>");
        Path garbage = dir.resolve("garbage.xml");
        Files.write(garbage, new byte[] {0, 1, 2, (byte) 0xff});
        for (String[] args : new String[][] {{"xml", "--read", xxe.toString()}, {"receipt", xxe.toString()}, {"xml", "--read", garbage.toString()},
                {"receipt", dir.resolve("missing.xml").toString()}}) {
            Run bad = coo(args);
            assertThat(bad.exit()).as(String.join(" ", args)).isEqualTo(Coo.USAGE);
            assertThat(bad.err().strip().lines()).as(bad.err()).hasSize(1);
            assertThat(bad.err()).startsWith("coo: " + args[args.length - 1] + ": ").doesNotContain("Exception", "\tat ");
        }
        Path empty = dir.resolve("empty.xml");
        Files.writeString(empty, "<Receipt/>");
        Run nothing = coo("receipt", empty.toString());
        assertThat(nothing.exit()).as("an empty receipt says nothing about any certificate").isEqualTo(Coo.USAGE);
        assertThat(nothing.err()).isEqualTo("coo: " + empty + ": line 1, column 11: <Receipt> has no CertNo or RepType: a receipt names "
                + "its certificate and its type\n");
        assertThat(coo("xml").exit()).isEqualTo(Coo.USAGE);
        assertThat(coo("xml", RC.toString(), "--read", xxe.toString()).err()).contains("give a certificate FILE");
        assertThat(coo("xml", RC.toString(), "--apply-type", "maybe").exit()).isEqualTo(Coo.USAGE);
    }
}
