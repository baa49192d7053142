package io.coo4j.testkit;

import static io.coo4j.testkit.EnterpriseAndAgentsAgainstSandboxTest.assertField;
import static io.coo4j.testkit.EnterpriseAndAgentsAgainstSandboxTest.assertForbidden;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.coo4j.client.ConflictException;
import io.coo4j.client.CooClient;
import io.coo4j.client.InvalidRequestException;
import io.coo4j.client.NotFoundException;
import io.coo4j.core.ChinaTime;
import io.coo4j.core.lifecycle.CertificateState;
import io.coo4j.core.model.Attachment;
import io.coo4j.core.model.AttachmentKind;
import io.coo4j.core.model.BackToBack;
import io.coo4j.core.model.Certificate;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Attachments (001 ch.4: PDF only, page ≤ 300 KB, file ≤ 4 MB; added after saving, deleted while draft), void (作废,
 * CCPIT only) and the certificate list export (001 ch.5), the client against the simulator over loopback.
 */
@CooSandbox(reviewDelayMillis = 10)
class AttachmentsVoidExportAgainstSandboxTest {
    private final CooClient client;

    AttachmentsVoidExportAgainstSandboxTest(CooClient client) {
        this.client = client;
    }

    @Test
    void pdfIsAttachedToADraftListedAndDeleted() {
        String number = Operations.draft(client);
        byte[] pdf = Operations.pdf();
        Attachment a = client.attachments().addAsync(number, AttachmentKind.INVOICE, "invoice.pdf", pdf).join();

        assertThat(a.pages()).isEqualTo(1);
        assertThat(a.sizeBytes()).isEqualTo(pdf.length);
        assertThat(a.sha256()).hasSize(64);
        assertThat(client.attachments().list(number)).containsExactly(a);
        assertThat(client.certificates().get(number).attachments()).containsExactly(a);

        client.attachments().delete(number, a.id());
        assertThat(client.attachments().list(number)).isEmpty();
        assertThatThrownBy(() -> client.attachments().delete(number, a.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void fileIsAttachedUnderItsOwnName(@TempDir Path dir) throws IOException {
        Path file = Files.write(dir.resolve("packing-list.pdf"), Operations.pdf());
        Attachment a = client.attachments().add(Operations.draft(client), AttachmentKind.PACKING_LIST, file);
        assertThat(a.fileName()).isEqualTo("packing-list.pdf");
        assertThat(a.kind()).isEqualTo(AttachmentKind.PACKING_LIST);
    }

    @Test
    void contentThatIsNotAPdfIsRefusedWhateverItsName() {
        String number = Operations.draft(client);
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};
        assertThatThrownBy(() -> client.attachments().add(number, AttachmentKind.INVOICE, "invoice.pdf", png))
                .isInstanceOfSatisfying(InvalidRequestException.class, x -> {
                    assertThat(x.field()).isEqualTo("content");
                    assertThat(x.getMessage()).contains("NOT_PDF");
                });
        byte[] broken = "%PDF-1.7\nnot really a PDF".getBytes(StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> client.attachments().add(number, AttachmentKind.INVOICE, "invoice.pdf", broken))
                .isInstanceOfSatisfying(InvalidRequestException.class, x -> assertThat(x.getMessage()).contains("CORRUPT"));
        assertField(() -> client.attachments().add(number, AttachmentKind.INVOICE, "invoice.exe", Operations.pdf()),
                "fileName");
        assertField(() -> client.attachments().add(number, AttachmentKind.INVOICE, "../../etc/x.pdf", Operations.pdf()),
                "fileName");
        assertThat(client.attachments().list(number)).isEmpty();
    }

    @Test
    void fileOverFourMegabytesAndPageOverThreeHundredKilobytesAreRefused() {
        String number = Operations.draft(client);
        byte[] big = Arrays.copyOf(Operations.pdf(), 4 * 1024 * 1024 + 1);
        assertThatThrownBy(() -> client.attachments().add(number, AttachmentKind.CONTRACT, "big.pdf", big))
                .isInstanceOfSatisfying(InvalidRequestException.class, x -> {
                    assertThat(x.field()).isEqualTo("content");
                    assertThat(x.getMessage()).contains("FILE_TOO_LARGE");
                });
        byte[] heavyPage = Operations.pdf(310 * 1024);
        assertThatThrownBy(() -> client.attachments().add(number, AttachmentKind.CONTRACT, "heavy.pdf", heavyPage))
                .isInstanceOfSatisfying(InvalidRequestException.class, x -> assertThat(x.getMessage()).contains("PAGE_TOO_LARGE"));
        assertThat(client.attachments().add(number, AttachmentKind.CONTRACT, "fine.pdf", Operations.pdf(200 * 1024))
                .pages()).isEqualTo(1);
    }

    @Test
    void attachmentsChangeOnlyWhileTheCertificateIsEditable() {
        String number = Operations.draft(client);
        Attachment a = client.attachments().add(number, AttachmentKind.INVOICE, "invoice.pdf", Operations.pdf());
        client.certificates().declare(number);
        client.certificates().awaitStatus(number, CertificateState.APPROVED, Operations.WAIT);

        assertForbidden(() -> client.attachments().add(number, AttachmentKind.OTHER, "late.pdf", Operations.pdf()),
                "APPROVED", "ADD_ATTACHMENT");
        assertForbidden(() -> client.attachments().delete(number, a.id()), "APPROVED", "DELETE_ATTACHMENT");
        assertForbidden(() -> client.attachments().add(number, AttachmentKind.OTHER, "late.pdf", new byte[] {'M', 'Z'}),
                "APPROVED", "ADD_ATTACHMENT");
        assertThat(client.attachments().list(number)).containsExactly(a);
        assertThatThrownBy(() -> client.attachments().list("E259999999990001")).isInstanceOf(NotFoundException.class);
    }

    /** 001 §1.26 RCEP 背对背原产证书: "附件上传：RCEP 背对背原产地证书附件上传进口证书扫描件为必填项。" */
    @Test
    void rcepBackToBackIsDeclaredOnlyWithTheImportCertificatesScan() {
        BackToBack inbound = BackToBack.builder().originalProofNumber("VN2500012345").originalIssueDate(LocalDate.of(2025, 9, 20))
                .firstExportingCountry("VN").build();
        Certificate backToBack = Operations.fresh().toBuilder().type("RC").backToBack(inbound).build();
        // Attachments hang off a saved certificate: saving and declaring at once cannot carry the scan.
        assertThatThrownBy(() -> client.certificates().declare(backToBack))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.getMessage()).contains("§1.26"));
        String number = client.certificates().save(backToBack).certificate().number();
        client.attachments().add(number, AttachmentKind.INVOICE, "invoice.pdf", Operations.pdf());

        assertThatThrownBy(() -> client.certificates().declare(number))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo("CONFLICT");
                    assertThat(e.getMessage()).contains("进口证书扫描件", "ORIGINAL_PROOF");
                });
        assertThatThrownBy(() -> client.certificates().batchDeclare(List.of(number, Operations.draft(client))))
                .isInstanceOf(ConflictException.class);
        assertThat(client.certificates().get(number).state()).isEqualTo(CertificateState.DRAFT);

        client.attachments().add(number, AttachmentKind.ORIGINAL_PROOF, "import-certificate.pdf", Operations.pdf());
        assertThat(client.certificates().declare(number).state()).isEqualTo(CertificateState.SENT);
        // The manual asks the scan of RCEP only: a China–ASEAN movement certificate (§1.24) goes without.
        assertThat(client.certificates().declare(Operations.fresh().toBuilder().backToBack(inbound).build()).state())
                .isEqualTo(CertificateState.SENT);
    }

    @Test
    void returnedCertificateTakesAttachmentsButKeepsThemUntilItIsADraftAgain() {
        String number = client.certificates().declare(Operations.fresh().toBuilder().destinationCountry("US").build())
                .certificate().number(); // Form E goes to ASEAN only: returned (退证)
        Operations.await(() -> client.certificates().status(number).state() == CertificateState.RETURNED);

        Attachment a = client.attachments().add(number, AttachmentKind.INVOICE, "invoice.pdf", Operations.pdf());
        assertForbidden(() -> client.attachments().delete(number, a.id()), "RETURNED", "DELETE_ATTACHMENT");
        assertThat(client.attachments().list(number)).containsExactly(a);
    }

    @Test
    void ccpitVoidsItsApprovedCertificatesOnly() {
        String ccpit = Operations.approved(client, Operations.fresh().toBuilder().issuingAuthority("440300").build());
        assertThat(client.certificates().voidCertificate(ccpit).state()).isEqualTo(CertificateState.VOIDED);
        assertForbidden(() -> client.certificates().voidCertificate(ccpit), "VOIDED", "VOID");

        String draft = client.certificates().save(Operations.fresh().toBuilder().issuingAuthority("440300").build())
                .certificate().number();
        assertForbidden(() -> client.certificates().voidCertificate(draft), "DRAFT", "VOID");

        String customs = Operations.approved(client);
        assertThatThrownBy(() -> client.certificates().voidCertificate(customs))
                .isInstanceOfSatisfying(ConflictException.class, x -> assertThat(x.state()).isEqualTo("ISSUER_CUSTOMS"));
        assertThat(client.certificates().get(customs).state()).isEqualTo(CertificateState.APPROVED);
    }

    @Test
    void certificateListIsExportedAsAWorkbook() throws IOException {
        String number = Operations.draft(client);
        LocalDate today = LocalDate.now(ChinaTime.ZONE);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        client.certificates().export(today.minusDays(3), today, out);

        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isGreaterThanOrEqualTo(1);
            boolean listed = false;
            for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                listed |= number.equals(sheet.getRow(i).getCell(1).getStringCellValue());
            }
            assertThat(listed).isTrue();
        }
        assertThat(client.certificates().export(null, null)).startsWith('P', 'K');
        try (XSSFWorkbook empty = new XSSFWorkbook(new ByteArrayInputStream(
                client.certificates().export(today.minusMonths(1), today.minusDays(20))))) {
            assertThat(empty.getSheetAt(0).getLastRowNum()).isZero();
        }
    }

    @Test
    void exportRangeIsAtMostOneMonth() {
        LocalDate today = LocalDate.now(ChinaTime.ZONE);
        assertField(() -> client.certificates().export(today.minusMonths(2), today), "from");
        assertField(() -> client.certificates().export(today, today.minusDays(1)), "to");
    }
}
