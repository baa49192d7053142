package io.coo4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.coo4j.client.CertificateChannel;
import io.coo4j.client.CertificateRejectedException;
import io.coo4j.client.CooClient;
import io.coo4j.client.exchange.FileExchange;
import io.coo4j.client.message.CustomsSchema;
import io.coo4j.core.lifecycle.CertificateState;
import io.coo4j.core.model.Certificate;
import io.coo4j.core.model.GoodsItem;
import io.coo4j.core.model.Receipt;
import io.coo4j.core.reference.ReferenceData;
import io.coo4j.core.testing.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The file exchange end to end over folders, the import client simulator on their other side. */
class FileExchangeAgainstSimulatorTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final List<String> IN_ORDER = List.of("数据已发往海关", "海关入库成功", "审核通过");

    @TempDir
    Path root;

    private static Certificate numbered(int serial) {
        return SampleData.certificate().toBuilder().number(String.format("E25456500999%04d", serial)).build();
    }

    private FileExchange exchange() {
        return FileExchange.builder(root).pollInterval(Duration.ofMillis(5)).settleTime(Duration.ZERO).open();
    }

    /** What an ERP does, written once against the interface. */
    private static CertificateRecordSummary declareAndWait(CertificateChannel channel, Certificate c, String key) {
        String number = channel.declare(c, key).certificate().number();
        var record = channel.awaitStatus(number, CertificateState.APPROVED, WAIT);
        return new CertificateRecordSummary(record.state(), channel.receipts(number).stream().map(Receipt::status).toList());
    }

    private record CertificateRecordSummary(CertificateState state, List<String> receipts) {
    }

    @Test
    void theSameErpCodeDeclaresOverHttpAndOverFolders() {
        try (Sandbox sandbox = Sandbox.builder().reviewDelay(Duration.ofMillis(10)).start();
             CooClient client = sandbox.newClient();
             ImportClientSimulator sim = ImportClientSimulator.builder(root).reviewDelay(Duration.ofMillis(10)).start();
             FileExchange files = exchange()) {
            var overHttp = declareAndWait(client.certificates(), SampleData.certificate(), "erp-1");
            var overFiles = declareAndWait(files, numbered(1), "erp-1");
            assertThat(overFiles).isEqualTo(overHttp);
            assertThat(overFiles.receipts()).isEqualTo(IN_ORDER);
            assertThat(names(sim.outBox())).isEmpty();
            assertThat(names(sim.sentBox())).hasSize(1);
        }
    }

    @Test
    void aCertificateOfEveryTypeIsWrittenTakenByTheSchemaAndApproved() {
        CustomsSchema schema = CustomsSchema.load(SharedData.folder().resolve("customs/coo.xsd"));
        List<Certificate> all = ReferenceData.defaults().certificateTypes().stream()
                .map(t -> CooArbitraries.validCertificates(t.code()).sample()).toList();
        try (ImportClientSimulator sim = ImportClientSimulator.builder(root).reviewDelay(Duration.ZERO).schema(schema).start();
             FileExchange files = exchange()) {
            for (Certificate c : all) {
                files.declare(c, "erp-" + c.number());
            }
            for (Certificate c : all) {
                assertThat(files.awaitStatus(c.number(), CertificateState.APPROVED, WAIT).certificate()).isEqualTo(c);
            }
            assertThat(names(sim.failBox())).isEmpty();
            assertThat(names(sim.sentBox())).hasSize(all.size());
        }
    }

    @Test
    void aCertificateTheReviewFindsWrongIsReturnedWithTheValidatorsCodes() {
        GoodsItem bad = SampleData.certificate().goods().get(0).toBuilder().hsCode("12345").build();
        try (ImportClientSimulator sim = ImportClientSimulator.builder(root).reviewDelay(Duration.ofMillis(5)).start();
             FileExchange files = exchange()) {
            String number = files.declare(numbered(2).toBuilder().goods(List.of(bad)).build(), "erp-2").certificate().number();
            assertThatThrownBy(() -> files.awaitStatus(number, CertificateState.APPROVED, WAIT))
                    .isInstanceOfSatisfying(CertificateRejectedException.class,
                            e -> assertThat(e.reasons().get(0).message()).contains("HS_CODE_FORMAT goods[0].hsCode"));
        }
    }

    @Test
    void duplicateReceiptsAreAppliedOnce() {
        try (ImportClientSimulator sim = ImportClientSimulator.builder(root).reviewDelay(Duration.ofMillis(5))
                .duplicateReceiptRate(1).start();
             FileExchange files = exchange()) {
            String number = files.declare(numbered(3), "erp-3").certificate().number();
            files.awaitStatus(number, CertificateState.APPROVED, WAIT);
            assertThat(files.receipts(number)).extracting(Receipt::status).isEqualTo(IN_ORDER);
            assertThat(names(files.processedFolder())).hasSize(6);
        }
    }

    @Test
    void aRestartedExchangeResumesWhereItStopped() {
        try (ImportClientSimulator sim = ImportClientSimulator.builder(root).reviewDelay(Duration.ofMillis(50)).start()) {
            String number;
            try (FileExchange files = exchange()) {
                number = files.declare(numbered(4), "erp-4").certificate().number();
            }
            try (FileExchange files = exchange()) {
                assertThat(files.declare(numbered(4), "erp-4").certificate().number()).isEqualTo(number);
                files.awaitStatus(number, CertificateState.APPROVED, WAIT);
                assertThat(files.receipts(number)).extracting(Receipt::status).isEqualTo(IN_ORDER);
            }
            assertThat(names(sim.sentBox())).hasSize(1);
        }
    }

    @Test
    void aMessageTheImportClientCannotReadGoesToFailBoxWithAFileReceipt() throws IOException {
        try (ImportClientSimulator sim = ImportClientSimulator.builder(root).start();
             FileExchange files = exchange()) {
            Files.writeString(sim.outBox().resolve("COO_E254565009990005_20250101000000000.xml"), "<Certificate/>");
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (files.poll().isEmpty() && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            assertThat(names(sim.failBox())).hasSize(1);
            assertThat(files.status("E254565009990005").state()).isEqualTo(CertificateState.DRAFT);
            assertThat(files.receipts("E254565009990005")).singleElement().satisfies(r -> assertThat(r.status()).isEqualTo("失败"));
        }
    }

    /**
     * The InBox's names sort in delivery order across certificates, the order the file exchange falls back on when
     * two receipts share a modification time.
     */
    @Test
    void receiptNamesSortInDeliveryOrder() throws IOException {
        try (ImportClientSimulator sim = ImportClientSimulator.builder(root).reviewDelay(Duration.ofMillis(5)).start();
             FileExchange files = exchange()) {
            files.declare(numbered(8), "first");
            awaitInBox(sim, 3);
            files.declare(numbered(7), "second");
            awaitInBox(sim, 6);
            List<String> sorted = names(sim.inBox()).stream().sorted().toList();
            assertThat(sorted.subList(0, 3)).allSatisfy(n -> assertThat(n).contains(numbered(8).number()));
            assertThat(sorted.subList(3, 6)).allSatisfy(n -> assertThat(n).contains(numbered(7).number()));
            assertThat(sorted).extracting(n -> n.split("_")[1])
                    .containsExactly("FileRet", "Receipt", "Receipt", "FileRet", "Receipt", "Receipt");
        }
    }

    /** Waits for {@code count} receipts in the InBox; nothing polls the exchange, so they stay there. */
    private static void awaitInBox(ImportClientSimulator sim, int count) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (names(sim.inBox()).stream().filter(n -> n.endsWith(".xml")).count() < count) {
            assertThat(System.nanoTime()).isLessThan(deadline);
            Thread.onSpinWait();
        }
    }

    private static List<String> names(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
