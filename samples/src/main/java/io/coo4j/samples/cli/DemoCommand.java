package io.coo4j.samples.cli;

import io.coo4j.core.json.CooJson;
import io.coo4j.core.lifecycle.CertificateLifecycle;
import io.coo4j.core.lifecycle.CertificateOperation;
import io.coo4j.core.lifecycle.CertificateState;
import io.coo4j.core.lifecycle.IllegalTransitionException;
import io.coo4j.core.model.Certificate;
import io.coo4j.core.model.Declarant;
import io.coo4j.core.model.GoodsItem;
import io.coo4j.core.model.Packages;
import io.coo4j.core.model.Party;
import io.coo4j.core.model.Quantity;
import io.coo4j.core.model.SealKind;
import io.coo4j.core.model.SealShape;
import io.coo4j.core.model.Transport;
import io.coo4j.core.reference.ReferenceData;
import io.coo4j.core.validation.ValidationReport;
import io.coo4j.print.PdfRenderer;
import io.coo4j.print.RenderOptions;
import io.coo4j.print.seal.SealDesign;
import io.coo4j.rules.CertificateValidator;
import io.coo4j.rules.numbering.CertificateNumber;
import io.coo4j.rules.numbering.CertificateNumberGenerator;
import io.coo4j.rules.numbering.InMemorySerialStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code coo demo}: the path a certificate takes, as far as coo4j goes today — build a China–ASEAN
 * certificate, number it, validate it against every rule of its type, and take it through the certificate lifecycle, showing a forbidden operation
 * refused, and self-print its original. Declaring to the Single Window sandbox joins when sdk-client and
 * sdk-testkit land; the demo says so rather than pretending.
 */
@Command(name = "demo", description = "Builds, validates and walks a sample certificate through its lifecycle.")
final class DemoCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Certificate draft = exampleCertificate();
        // The embedded sandbox will own numbering; locally the generator counts in memory.
        CertificateNumber number = new CertificateNumberGenerator(new InMemorySerialStore())
                .next(draft.type(), draft.applicationDate().getYear(), draft.filingNumber());
        Certificate c = draft.toBuilder().number(number.format()).build();
        out.println("1. Built and numbered " + c.number() + ", a " + ReferenceData.defaults().certificateType(c.type()).orElseThrow().nameEn()
                + " (" + c.type() + ") for " + c.destinationCountry() + ", " + c.goods().size()
                + " goods line(s), FOB USD " + c.goodsFobTotal());

        ValidationReport report = CertificateValidator.create(ReferenceData.defaults(), common.dataPack()).validate(c);
        out.println("2. Validation (every rule of type E): " + (report.valid() ? "valid" : "INVALID") + ", "
                + report.violations().size() + " violation(s), " + report.notChecked().size() + " check(s) not made"
                + (report.notChecked().isEmpty() ? "" : " (" + report.notChecked().get(0).reason() + ")"));
        if (!report.valid()) {
            Output.report(out, "demo certificate", report, false);
            return Coo.INVALID;
        }

        CertificateState state = CertificateState.DRAFT;
        StringBuilder path = new StringBuilder(state.name());
        for (CertificateOperation op : new CertificateOperation[] {CertificateOperation.DECLARE,
                CertificateOperation.RECEIVE, CertificateOperation.APPROVE}) {
            state = CertificateLifecycle.TABLE.apply(state, op);
            path.append(" -").append(op).append("-> ").append(state).append(" (").append(state.nameZh()).append(')');
        }
        out.println("3. Lifecycle: " + path);
        try {
            CertificateLifecycle.TABLE.apply(state, CertificateOperation.DELETE);
        } catch (IllegalTransitionException e) {
            out.println("4. Refused as the manual says (001 ch.5): " + e.getMessage());
        }
        Path pdf = selfPrint(c);
        out.println("5. Self-printed original (background, enterprise and customs seals): " + pdf);
        out.println("6. Declaring to the Single Window sandbox comes with sdk-client and sdk-testkit;"
                + " this demo approves locally instead.");
        if (common.json()) {
            Output.json(out, c);
        }
        out.flush();
        return Coo.OK;
    }

    /** The approved certificate's self-print original, in a temporary file (no file is left in the working folder). */
    private static Path selfPrint(Certificate c) {
        RenderOptions options = RenderOptions.builder()
                .enterpriseSeal(SealDesign.of(c.enterpriseNameCn(), SealKind.COMPANY, SealShape.ROUND))
                .customsSeal(SealDesign.of("中华人民共和国深圳海关", SealKind.COMPANY, SealShape.ROUND)).build();
        try {
            Path pdf = Files.createTempFile("coo-demo-" + c.number() + "-", ".pdf");
            Files.write(pdf, PdfRenderer.defaults().render(c, options).pdf());
            return pdf;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Certificate exampleCertificate() {
        return Certificate.builder()
                .type("E")
                .filingNumber("456500999")
                .creditCode("91440300456500999G")
                .enterpriseNameCn("深圳示例有限公司")
                .invoiceNumber("INV-2025-001")
                .invoiceDate(LocalDate.of(2025, 10, 1))
                .applicationDate(LocalDate.of(2025, 10, 2))
                .applicationPlace("SHENZHEN")
                .issuingAuthority("5300")
                .collectingAuthority("5300")
                .declarant(new Declarant("张三", "440301199001011234", "13800000000"))
                .exporter(Party.of("SHENZHEN EXAMPLE CO., LTD.", "NO.1 EXAMPLE ROAD, SHENZHEN, CHINA", "CN"))
                .consignee(Party.of("EXAMPLE PTE. LTD.", "1 EXAMPLE STREET, SINGAPORE", "SG"))
                .destinationCountry("SG")
                .transport(new Transport(LocalDate.of(2025, 10, 5), false, "SHENZHEN", "SINGAPORE", null, null, null,
                        "SEA", "EVER GIVEN V.001", "FROM SHENZHEN, CHINA TO SINGAPORE BY SEA"))
                .tradeMode("GENERAL_TRADE")
                .priceTerm("FOB")
                .currency("USD")
                .totalAmount(new BigDecimal("1000.00"))
                .marks("N/M")
                .addGoods(GoodsItem.builder().seq(1).hsCode("851762").nameCn("网络交换机").nameEn("NETWORK SWITCH")
                        .description("NETWORK SWITCHES").packages(new Packages(10L, "CARTONS", true))
                        .quantity(new Quantity(new BigDecimal("100"), "PCS")).unitPrice(new BigDecimal("10.00"))
                        .invoiceValue(new BigDecimal("1000.00")).fobValue(new BigDecimal("1000.00"))
                        .originCriterion("PSR").originSubCriterion("RVC").importContentPercent(new BigDecimal("35"))
                        .build())
                .build();
    }
}
