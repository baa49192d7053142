package com.example.erp;

import io.coo4j.client.CooClient;
import io.coo4j.core.json.CooJson;
import io.coo4j.core.lifecycle.CertificateState;
import io.coo4j.core.model.BillOfMaterials;
import io.coo4j.core.model.Certificate;
import io.coo4j.core.model.CertificateRecord;
import io.coo4j.core.model.GoodsItem;
import io.coo4j.core.model.SealKind;
import io.coo4j.core.model.SealShape;
import io.coo4j.core.validation.ValidationReport;
import io.coo4j.excel.GoodsImport;
import io.coo4j.excel.GoodsImporter;
import io.coo4j.excel.GoodsTemplate;
import io.coo4j.print.PdfRenderer;
import io.coo4j.print.RenderOptions;
import io.coo4j.print.Rendered;
import io.coo4j.print.seal.SealDesign;
import io.coo4j.rules.CertificateValidator;
import io.coo4j.rules.origin.OriginEngine;
import io.coo4j.rules.origin.OriginResult;
import io.coo4j.testkit.Sandbox;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.slf4j.LoggerFactory;

/**
 * What an ERP does with coo4j, through its public API only: read an order's certificate from JSON, validate it,
 * determine the origin of the goods from their bill of materials, hand the goods to the customs' Excel template and
 * read them back, declare to the Single Window (here coo4j's sandbox) until approved, and self-print the original.
 * Then it checks that coo4j's log events reached the host's backend, Log4j 2, and that nothing went to stderr.
 * Prints one line per check; exit status 1 when any failed. The one argument is the folder it writes its files to.
 */
public final class ErpApp {
    private final List<String> failures = new ArrayList<>();
    private final Path work;

    private ErpApp(Path work) {
        this.work = work;
    }

    public static void main(String[] args) throws IOException {
        // SLF4J and Log4j report a missing or broken backend on System.err when first used: copy everything written
        // there from now on, before any logger exists (so no static logger in this class).
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        System.setErr(new PrintStream(new Tee(System.err, stderr), true, StandardCharsets.UTF_8));
        Path work = Files.createDirectories(Path.of(args[0]));
        Path log = work.resolve("erp.log");
        Files.deleteIfExists(log); // from an earlier run
        System.setProperty("erp.log", log.toString()); // where log4j2.xml's file appender writes
        ErpApp app = new ErpApp(work);
        Certificate certificate = null;
        try {
            certificate = app.run();
        } catch (Exception e) {
            e.printStackTrace(System.out);
            app.check(false, "the job ran to its end", e);
        }
        app.checkLogging(log, certificate, stderr.toString(StandardCharsets.UTF_8));
        System.out.println(app.failures.isEmpty() ? "ERP job: all checks passed" : "ERP job FAILED: " + app.failures);
        System.exit(app.failures.isEmpty() ? 0 : 1);
    }

    private Certificate run() throws IOException {
        Certificate certificate = CooJson.strict().readCertificate(resource("chair-order-7781.json"), "chair-order-7781.json");
        ValidationReport report = CertificateValidator.defaults().validate(certificate);
        check(report.valid(), "the certificate passes every rule of type " + certificate.type(), report.violations());

        BillOfMaterials bom = CooJson.strict().read(resource("chair-bom.json"), BillOfMaterials.class, "chair-bom.json");
        List<OriginResult> origin = OriginEngine.defaults().determine(bom).results();
        String criterion = certificate.goods().get(0).originCriterion();
        check(origin.size() == 1 && origin.get(0).qualifies() && criterion.equals(origin.get(0).criterion()),
                "the chair qualifies under agreement " + bom.agreement() + " with the certificate's criterion " + criterion,
                origin);

        GoodsItem line = certificate.goods().get(0);
        GoodsImport imported = GoodsImporter.defaults().read(goodsWorkbook(certificate.type(), line), certificate.type());
        GoodsItem back = imported.goods().isEmpty() ? null : imported.goods().get(0);
        check(imported.clean() && imported.goods().size() == 1 && Objects.equals(back.hsCode(), line.hsCode())
                        && Objects.equals(back.nameEn(), line.nameEn()) && back.fobValue() != null
                        && back.fobValue().compareTo(line.fobValue()) == 0
                        && Objects.equals(back.originCriterion(), line.originCriterion()),
                "the goods line comes back from the Excel goods template", imported.errors() + " " + back);

        CertificateRecord approved;
        try (Sandbox sandbox = Sandbox.builder().reviewDelay(Duration.ofMillis(100)).start();
             CooClient client = CooClient.builder().endpoint(sandbox.endpoint()).token(sandbox.token()).build()) {
            String number = client.certificates().declare(certificate).certificate().number();
            approved = client.certificates().awaitStatus(number, CertificateState.APPROVED, Duration.ofSeconds(30));
        }
        check(approved.state() == CertificateState.APPROVED && approved.certificate().number().equals(certificate.number()),
                "the Single Window sandbox approved " + certificate.number(), approved.state() + " " + approved.certificate().number());

        RenderOptions options = RenderOptions.builder()
                .enterpriseSeal(SealDesign.of(certificate.enterpriseNameCn(), SealKind.COMPANY, SealShape.ROUND)).build();
        Rendered original = PdfRenderer.defaults().render(approved.certificate(), options);
        Path pdf = Files.write(work.resolve(certificate.number() + ".pdf"), original.pdf());
        check(original.pages() == 1 && new String(original.pdf(), 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-"),
                "the original self-prints with the company seal in Chinese (" + pdf + ")", original.pages() + " page(s) "
                        + original.warnings());
        return certificate;
    }

    /** The customs' goods template of {@code type} with {@code line} filled in below the example row, as an ERP would. */
    private Path goodsWorkbook(String type, GoodsItem line) throws IOException {
        Path template = work.resolve("goods-template-" + type + ".xlsx");
        GoodsTemplate.defaults().write(type, template);
        Map<String, Object> byHeader = new LinkedHashMap<>();
        byHeader.put("HS code", line.hsCode());
        byHeader.put("Goods name (Chinese)", line.nameCn());
        byHeader.put("Goods name (English)", line.nameEn());
        byHeader.put("Description of goods", line.description());
        byHeader.put("Number of packages", line.packages().count());
        byHeader.put("Kind of packages", line.packages().unit());
        byHeader.put("Quantity", line.quantity().value());
        byHeader.put("Quantity unit", line.quantity().unit());
        byHeader.put("FOB value (USD)", line.fobValue());
        byHeader.put("Origin criterion", line.originCriterion());
        byHeader.put("Import content (%)", line.importContentPercent());
        Path filled = work.resolve("goods-" + type + ".xlsx");
        int found = 0;
        try (InputStream in = Files.newInputStream(template); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            Row row = sheet.createRow(2); // row 0: the headers, "中文\nEnglish"; row 1: the example the import skips
            for (Cell header : sheet.getRow(0)) {
                String text = header.getStringCellValue();
                Object value = byHeader.get(text.substring(text.lastIndexOf('\n') + 1));
                if (value instanceof Number n) {
                    row.createCell(header.getColumnIndex()).setCellValue(n.doubleValue());
                } else if (value != null) {
                    row.createCell(header.getColumnIndex()).setCellValue(value.toString());
                }
                found += value == null ? 0 : 1;
            }
            try (OutputStream out = Files.newOutputStream(filled)) {
                workbook.write(out);
            }
        }
        check(found == byHeader.size(), "the template of type " + type + " has the columns the ERP fills",
                found + " of " + byHeader.keySet());
        return filled;
    }

    /** coo4j's events reached Log4j 2 through SLF4J, without personal data, and nothing complained on stderr. */
    private void checkLogging(Path log, Certificate certificate, String stderr) throws IOException {
        String factory = LoggerFactory.getILoggerFactory().getClass().getName();
        check(factory.startsWith("org.apache.logging.slf4j."), "SLF4J hands coo4j's events to Log4j 2", factory);
        List<String> lines = Files.exists(log) ? Files.readAllLines(log) : List.of();
        for (String logger : List.of("io.coo4j.client", "io.coo4j.testkit")) {
            // log4j2.xml's file layout: level, logger, message
            check(lines.stream().anyMatch(l -> l.matches("[A-Z]+ " + Pattern.quote(logger) + " .*")),
                    "Log4j 2 received the events of " + logger, log + ": " + lines);
        }
        if (certificate != null) {
            String id = certificate.declarant().idNumber();
            String phone = certificate.declarant().phone();
            check(lines.stream().noneMatch(l -> l.contains(id) || l.contains(phone)), "the log holds no ID number or phone",
                    lines);
        }
        check(stderr.isEmpty(), "nothing was written to stderr (where an SLF4J or Log4j warning would be)", stderr);
    }

    /** Prints what was checked, and on failure what was found instead. */
    private void check(boolean ok, String what, Object found) {
        System.out.println(ok ? "ok    " + what : "FAIL  " + what + ": " + found);
        if (!ok) {
            failures.add(what);
        }
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = ErpApp.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("resource " + name + " is missing");
            }
            return in.readAllBytes();
        }
    }

    /** Writes to two streams: the real stderr, and the copy that is checked. */
    private static final class Tee extends OutputStream {
        private final OutputStream first;
        private final OutputStream second;

        Tee(OutputStream first, OutputStream second) {
            this.first = first;
            this.second = second;
        }

        @Override
        public void write(int b) throws IOException {
            first.write(b);
            second.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            first.write(b, off, len);
            second.write(b, off, len);
        }

        @Override
        public void flush() throws IOException {
            first.flush();
            second.flush();
        }
    }
}
