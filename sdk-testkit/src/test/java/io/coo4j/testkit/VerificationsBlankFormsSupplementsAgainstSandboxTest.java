package io.coo4j.testkit;

import static io.coo4j.testkit.EnterpriseAndAgentsAgainstSandboxTest.assertField;
import static io.coo4j.testkit.EnterpriseAndAgentsAgainstSandboxTest.assertForbidden;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.coo4j.client.ConflictException;
import io.coo4j.client.CooClient;
import io.coo4j.client.InvalidRequestException;
import io.coo4j.client.NotFoundException;
import io.coo4j.core.lifecycle.BlankFormState;
import io.coo4j.core.lifecycle.SupplementState;
import io.coo4j.core.lifecycle.VerificationState;
import io.coo4j.core.model.AttachmentKind;
import io.coo4j.core.model.BlankForm;
import io.coo4j.core.model.DeclarationNumberSupplement;
import io.coo4j.core.model.Issuer;
import io.coo4j.core.model.ProductPreReview;
import io.coo4j.core.model.Receipt;
import io.coo4j.core.model.VerificationRecord;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Verification interaction (001 ch.7), blank forms (001 ch.8) and declaration-number supplements (001 ch.9), the
 * client against the simulator over loopback; the customs' side (opening a verification, handing out forms) through
 * the simulator's {@code customs/...} calls.
 */
@CooSandbox(reviewDelayMillis = 10)
class VerificationsBlankFormsSupplementsAgainstSandboxTest {
    private static final String DECLARATION = "530420250000123456";
    private final Sandbox sandbox;
    private final CooClient client;

    VerificationsBlankFormsSupplementsAgainstSandboxTest(Sandbox sandbox, CooClient client) {
        this.sandbox = sandbox;
        this.client = client;
    }

    private String openVerification(String certificate) {
        assertThat(Operations.customs(sandbox, "verifications", "{\"certificateNumber\":\"" + certificate
                + "\",\"requiredDocuments\":[\"INVOICE\",\"CONTRACT\"]}")).isEqualTo(201);
        return client.verifications().list(VerificationState.TO_VERIFY).iterator().next().number();
    }

    @Test
    void verificationIsProcessedSubmittedAndReceived() {
        String number = openVerification(Operations.approved(client));
        assertThatThrownBy(() -> client.verifications().submit(number))
                .isInstanceOfSatisfying(ConflictException.class, x -> assertThat(x.getMessage()).contains("CONTRACT"));

        client.verifications().uploadDocument(number, AttachmentKind.INVOICE, "invoice.pdf", Operations.pdf());
        client.verifications().uploadDocument(number, AttachmentKind.INVOICE, "invoice-2.pdf", Operations.pdf());
        String contract = client.verifications()
                .uploadDocument(number, AttachmentKind.CONTRACT, "contract.pdf", Operations.pdf()).id();
        assertField(() -> client.verifications().uploadDocument(number, AttachmentKind.PACKING_LIST, "p.pdf",
                Operations.pdf()), "kind");
        assertField(() -> client.verifications().uploadDocument(number, AttachmentKind.INVOICE, "x.pdf",
                new byte[] {'M', 'Z'}), "content");
        client.verifications().saveProductCosts(number, List.of(SampleData.preReview()));

        VerificationRecord submitted = client.verifications().submit(number);
        assertThat(submitted.state()).isEqualTo(VerificationState.SUBMITTED);
        VerificationRecord received = client.verifications().awaitState(number, VerificationState.IN_VERIFICATION,
                Operations.WAIT);
        assertThat(received.documents()).hasSize(3);
        assertThat(received.productCosts()).containsExactly(SampleData.preReview());
        assertThat(client.verifications().receipts(number)).extracting(Receipt::status)
                .containsExactly("待核查", "已发送", "核查中");

        assertForbidden(() -> client.verifications().deleteDocument(number, contract), "IN_VERIFICATION", "PROCESS");
        assertForbidden(() -> client.verifications().submit(number), "IN_VERIFICATION", "SUBMIT");
        assertForbidden(() -> client.verifications().saveProductCosts(number, List.of()), "IN_VERIFICATION", "PROCESS");
    }

    @Test
    void returnedVerificationMayBeProcessedAgainAndClosedOnlyFromVerification(@TempDir Path dir) throws IOException {
        String number = openVerification(Operations.approved(client));
        assertThat(Operations.customs(sandbox, "verifications/" + number + "/complete", "")).isEqualTo(409);
        client.verifications().uploadDocument(number, AttachmentKind.INVOICE, "invoice.pdf", Operations.pdf());
        String contract = client.verifications()
                .uploadDocument(number, AttachmentKind.CONTRACT, Files.write(dir.resolve("contract.pdf"), Operations.pdf()))
                .id();
        client.verifications().submit(number);
        client.verifications().awaitStateAsync(number, VerificationState.IN_VERIFICATION, Operations.WAIT).join();

        assertThat(Operations.customs(sandbox, "verifications/" + number + "/return", "")).isEqualTo(200);
        client.verifications().deleteDocument(number, contract);
        assertThat(client.verifications().get(number).state()).isEqualTo(VerificationState.RETURNED);
        assertThatThrownBy(() -> client.verifications().deleteDocument(number, contract))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void productCostsBreakingAConstraintAreRefusedNamingThePath() {
        String number = openVerification(Operations.approved(client));
        ProductPreReview p = SampleData.preReview();
        ProductPreReview fobBelowExFactory = new ProductPreReview(p.productNameCn(), p.productNameEn(), p.hsCode(), p.unit(),
                p.currency(), new BigDecimal("80.00"), p.unitExFactoryPrice(), p.containsImported(), p.materials());
        assertThatThrownBy(() -> client.verifications().saveProductCosts(number, List.of(p, fobBelowExFactory)))
                .isInstanceOfSatisfying(InvalidRequestException.class,
                        x -> assertThat(x.field()).startsWith("productCosts[1]"));
        assertThat(client.verifications().get(number).productCosts()).isEmpty();
    }

    @Test
    void blankFormsAreConsumedForAnApprovedCertificateAndVoided() {
        issue("E", "456500999", "0000100", 6);
        String certificate = Operations.approved(client);
        assertForbidden(() -> client.blankForms().consume(Operations.draft(client), List.of("0000100")), "DRAFT",
                "CONSUME");

        List<BlankForm> typed = client.blankForms().consume(certificate, List.of("0000100"));
        assertThat(typed).extracting(BlankForm::state).containsExactly(BlankFormState.CONSUME_SUBMITTED);
        List<BlankForm> next = client.blankForms().consumeNext(certificate, "456500999", 2);
        assertThat(next).extracting(BlankForm::serialNumber).containsExactly("0000101", "0000102");
        Operations.await(() -> client.blankForms().get("0000102").state() == BlankFormState.CONSUMED);
        assertThat(client.blankForms().get("0000100").certificateNumber()).isEqualTo(certificate);

        client.blankForms().voidForms(List.of("0000104"));
        Operations.await(() -> client.blankForms().get("0000104").state() == BlankFormState.VOIDED);
        assertForbidden(() -> client.blankForms().consume(certificate, List.of("0000103", "0000104")), "VOIDED",
                "CONSUME");
        assertThat(client.blankForms().get("0000103").state()).isEqualTo(BlankFormState.UNUSED);
        assertForbidden(() -> client.blankForms().voidForms(List.of("0000100")), "CONSUMED", "VOID");

        assertThatThrownBy(() -> client.blankForms().consumeNext(certificate, "456500999", 2))
                .isInstanceOfSatisfying(ConflictException.class, x -> assertThat(x.errorCode()).isEqualTo("CONFLICT"));
        assertThat(client.blankForms().list(BlankFormState.CONSUMED, "456500999")).hasSize(3);
        assertField(() -> client.blankForms().consume(certificate, List.of("0000103", "0000103")), "serialNumbers");
    }

    @Test
    void consumptionOfAFormOfAnotherTypeIsRefusedByTheCustomsReceipt() {
        issue("C", "123456789", "0900000", 1);
        String certificate = Operations.approved(client);
        client.blankForms().consumeNext(certificate, "123456789", 1);
        Operations.await(() -> client.blankForms().get("0900000").receipts().size() == 2);
        BlankForm refused = client.blankForms().get("0900000");
        assertThat(refused.state()).isEqualTo(BlankFormState.UNUSED);
        assertThat(refused.certificateNumber()).isNull();
        assertThat(refused.heldByAgent()).isTrue();
    }

    @Test
    void supplementIsSubmittedAcceptedDeletedRedoneAndMadeAgain() {
        assertForbidden(() -> client.supplements().add(Operations.draft(client), List.of(DECLARATION)), "DRAFT",
                "SUPPLEMENT");
        String certificate = Operations.approved(client);
        assertField(() -> client.supplements().add(certificate, List.of("53042025")), "declarationNumbers[0]");

        DeclarationNumberSupplement draft = client.supplements().add(certificate, List.of(DECLARATION));
        assertThat(draft.state()).isEqualTo(SupplementState.DRAFT);
        assertThat(draft.issuer()).isEqualTo(Issuer.CUSTOMS);
        client.supplements().edit(certificate, 1, List.of(DECLARATION, "530420250000654321"));
        client.supplements().submit(certificate, 1);
        DeclarationNumberSupplement accepted = client.supplements().awaitAccepted(certificate, 1, Operations.WAIT);
        assertThat(accepted.declarationNumbers()).containsExactly(DECLARATION, "530420250000654321");

        assertForbidden(() -> client.supplements().edit(certificate, 1, List.of()), "ACCEPTED", "EDIT");
        assertForbidden(() -> client.supplements().redo(certificate, 1), "ACCEPTED", "REDO");
        assertThat(client.supplements().delete(certificate, 1).state()).isEqualTo(SupplementState.DELETED);
        assertThat(client.supplements().redo(certificate, 1).state()).isEqualTo(SupplementState.DRAFT);

        DeclarationNumberSupplement notExported = client.supplements().add(certificate, List.of());
        assertThat(notExported.actuallyExported()).isFalse();
        assertForbidden(() -> client.supplements().delete(certificate, 2), "DRAFT", "DELETE");
        assertThat(client.supplements().list(certificate)).hasSize(2);
        assertThatThrownBy(() -> client.supplements().get(certificate, 3)).isInstanceOf(NotFoundException.class);
    }

    private void issue(String formType, String holder, String first, int count) {
        assertThat(Operations.customs(sandbox, "blank-forms", "{\"formType\":\"" + formType + "\",\"holderCode\":\""
                + holder + "\",\"heldByAgent\":" + !holder.equals("456500999") + ",\"firstSerial\":\"" + first
                + "\",\"count\":" + count + "}")).isEqualTo(201);
    }
}
