package io.coo4j.client.exchange;

import static io.coo4j.client.exchange.Exchanges.certificate;
import static io.coo4j.client.exchange.Exchanges.drop;
import static io.coo4j.client.exchange.Exchanges.fileRet;
import static io.coo4j.client.exchange.Exchanges.names;
import static io.coo4j.client.exchange.Exchanges.open;
import static io.coo4j.client.exchange.Exchanges.receipt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.coo4j.client.CertificateRejectedException;
import io.coo4j.client.ConflictException;
import io.coo4j.client.CooClientException;
import io.coo4j.client.NotFoundException;
import io.coo4j.client.message.CustomsMessageReader;
import io.coo4j.client.message.MessageValidationException;
import io.coo4j.core.CooException;
import io.coo4j.core.InvalidInputException;
import io.coo4j.core.io.FileAccessException;
import io.coo4j.core.lifecycle.CertificateState;
import io.coo4j.core.model.Party;
import io.coo4j.core.model.Receipt;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The file exchange on its own: writing the OutBox, keys, receipts once, hostile InBox files, restarts. */
class FileExchangeTest {
    @TempDir
    Path root;

    @Test
    void aDeclarationIsOneCompleteMessageInTheOutBoxAndTheSameKeyNeverWritesASecond() throws Exception {
        try (FileExchange x = open(root)) {
            var r = x.declare(certificate(1), "erp-doc-1");
            assertThat(r.state()).isEqualTo(CertificateState.DRAFT);
            assertThat(x.declare(certificate(1), "erp-doc-1").certificate().number()).isEqualTo("E254565009990001");
            assertThat(names(x.outBox())).hasSize(1).allMatch(n -> n.matches("COO_E254565009990001_\\d{17}\\.xml"));
            Path message = x.outBox().resolve(names(x.outBox()).get(0));
            assertThat(CustomsMessageReader.defaults().read(message).certificate().number()).isEqualTo("E254565009990001");
            assertThatThrownBy(() -> x.declare(certificate(2), "erp-doc-1")).isInstanceOf(ConflictException.class)
                    .hasMessageContaining("erp-doc-1");
            assertThatThrownBy(() -> x.declare(certificate(1), "erp-doc-2")).isInstanceOf(ConflictException.class)
                    .hasMessageContaining("already declared");
            assertThat(names(x.outBox())).hasSize(1);
        }
        try (FileExchange again = open(root)) {
            again.declare(certificate(1), "erp-doc-1");
            assertThat(names(again.outBox())).hasSize(1);
        }
    }

    @Test
    void aCertificateTheMessageCannotCarryOrWithoutNumberWritesNothing() {
        try (FileExchange x = open(root)) {
            assertThatThrownBy(() -> x.declare(certificate(1).toBuilder().number(null).build(), "k"))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("CertNo");
            assertThatThrownBy(() -> x.declare(certificate(1).toBuilder().invoiceNumber("X".repeat(51)).build(), "k"))
                    .isInstanceOf(MessageValidationException.class);
            assertThat(names(x.outBox())).isEmpty();
            assertThatThrownBy(() -> x.status("E254565009990001")).isInstanceOf(NotFoundException.class);
        }
    }

    @Test
    void receiptsMoveTheStateEachAppliedOnceAndGoToProcessed() {
        try (FileExchange x = open(root)) {
            x.declare(certificate(1), "k1");
            String n = "E254565009990001";
            drop(x.inBox(), "r1.xml", fileRet(n, 1));
            drop(x.inBox(), "r1-again.xml", fileRet(n, 1));
            drop(x.inBox(), "r2.xml", receipt(n, 2, "0001", "海关入库成功"));
            assertThat(x.status(n).state()).isEqualTo(CertificateState.RECEIVED);
            drop(x.inBox(), "r3.xml", receipt(n, 5, "0000", "审核通过"));
            drop(x.inBox(), "r3-copy.xml", receipt(n, 5, "0000", "审核通过"));
            var record = x.awaitStatus(n, CertificateState.APPROVED, Duration.ofSeconds(5));
            assertThat(record.issuedAt()).isNotNull();
            assertThat(x.receipts(n)).extracting(Receipt::seq, Receipt::status)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "数据已发往海关"),
                            org.assertj.core.groups.Tuple.tuple(2, "海关入库成功"), org.assertj.core.groups.Tuple.tuple(3, "审核通过"));
            assertThat(names(x.inBox())).isEmpty();
            assertThat(names(x.processedFolder())).hasSize(5);
            assertThat(names(x.errorFolder())).isEmpty();
        }
    }

    @Test
    void aReturnCarriesTheCustomsTextAndALateReceiptDoesNotUndoIt() {
        try (FileExchange x = open(root)) {
            String n = "E254565009990001";
            x.declare(certificate(1), "k1");
            drop(x.inBox(), "a.xml", receipt(n, 3, "0004", "HS_CODE_FORMAT goods[0].hsCode: HS编码应为6、8或10位数字"));
            assertThatThrownBy(() -> x.awaitStatus(n, CertificateState.APPROVED, Duration.ofSeconds(5)))
                    .isInstanceOfSatisfying(CertificateRejectedException.class, e -> assertThat(e.reasons())
                            .singleElement().satisfies(v -> assertThat(v.message()).contains("HS编码")));
            drop(x.inBox(), "b.xml", receipt(n, 2, "0001", "海关入库成功"));
            assertThat(x.status(n).state()).isEqualTo(CertificateState.RETURNED);
            // a returned certificate, corrected, is declared again under a new key
            x.declare(certificate(1).toBuilder().remarks("CORRECTED").build(), "k2");
            assertThat(x.status(n).state()).isEqualTo(CertificateState.DRAFT);
            assertThat(names(x.outBox())).hasSize(2);
        }
    }

    @Test
    void hostileAndBrokenFilesGoToTheErrorFolderWithTheirReason() throws Exception {
        try (FileExchange x = open(root)) {
            drop(x.inBox(), "xxe.xml", "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                    + "<Receipt><CertNo>&e;</CertNo></Receipt>");
            drop(x.inBox(), "garbage.xml", "\u0000\u0001 not xml at all");
            drop(x.inBox(), "truncated.xml", receipt("E1", 5, "0000", "审核通过").substring(0, 60));
            drop(x.inBox(), "message.xml", "<Certificate xmlns=\"http://www.w3.org/2000/09/xmldsig#\"/>");
            Files.write(x.inBox().resolve("huge.xml"), new byte[2 * 1024 * 1024]);
            drop(x.inBox(), "notes.txt", "not for us");
            assertThat(x.poll()).isEmpty();
            assertThat(names(x.inBox())).containsExactly("notes.txt");
            var errors = names(x.errorFolder());
            assertThat(errors).hasSize(10);
            for (String bad : new String[] {"xxe.xml", "garbage.xml", "truncated.xml", "message.xml", "huge.xml"}) {
                String reasonFile = errors.stream().filter(f -> f.endsWith(bad + ".reason.txt")).findFirst().orElseThrow();
                assertThat(Files.readString(x.errorFolder().resolve(reasonFile), StandardCharsets.UTF_8)).contains(bad);
            }
            String xxe = errors.stream().filter(f -> f.endsWith("xxe.xml.reason.txt")).findFirst().orElseThrow();
            assertThat(Files.readString(x.errorFolder().resolve(xxe))).containsIgnoringCase("DOCTYPE").doesNotContain("root:");
        }
    }

    @Test
    void aFileThatDoesNotReadIsLeftAloneWhileItMayStillBeWritten() {
        try (FileExchange x = FileExchange.builder(root).settleTime(Duration.ofHours(1)).open()) {
            drop(x.inBox(), "half.xml", "<Receipt><CertNo>E1");
            assertThat(x.poll()).isEmpty();
            assertThat(names(x.inBox())).containsExactly("half.xml");
            assertThat(names(x.errorFolder())).isEmpty();
        }
    }

    @Test
    void aRestartKeepsStateAndDoesNotApplyAReceiptTwiceWhenTheCrashCameBeforeTheMove() throws Exception {
        String n = "E254565009990001";
        try (FileExchange x = open(root)) {
            x.declare(certificate(1), "k1");
            drop(x.inBox(), "r1.xml", fileRet(n, 1));
            assertThat(x.status(n).state()).isEqualTo(CertificateState.SENT);
            // the crash came after the journal line and before the move: the file is back in the InBox
            Path moved = x.processedFolder().resolve(names(x.processedFolder()).get(0));
            Files.move(moved, x.inBox().resolve("r1.xml"));
        }
        try (FileExchange x = open(root)) {
            assertThat(x.receipts(n)).hasSize(1);
            assertThat(x.status(n).state()).isEqualTo(CertificateState.SENT);
            assertThat(names(x.inBox())).isEmpty();
            drop(x.inBox(), "r2.xml", receipt(n, 2, "0001", "海关入库成功"));
            assertThat(x.status(n).state()).isEqualTo(CertificateState.RECEIVED);
        }
    }

    @Test
    void aMessageJournaledButNotRenamedIsFinishedOnOpenAndAStrayTemporaryIsDeleted() throws Exception {
        String name;
        try (FileExchange x = open(root)) {
            x.declare(certificate(1), "k1");
            name = names(x.outBox()).get(0);
            // as if killed between the PENDING line and the rename; and a write cut short before its key was recorded
            Files.move(x.outBox().resolve(name), x.outBox().resolve(name + ".tmp"));
            Files.writeString(x.outBox().resolve("COO_E254565009990002_20250101000000000.xml.tmp"), "<Certif");
            Files.writeString(root.resolve("coo4j/exchange.journal"), Files.readString(root.resolve("coo4j/exchange.journal"))
                    .lines().filter(l -> !l.contains("\"DONE\"")).map(l -> l + "\n").reduce("", String::concat) + "{\"kind\":\"DO");
        }
        try (FileExchange x = open(root)) {
            assertThat(names(x.outBox())).containsExactly(name);
            x.declare(certificate(1), "k1");
            assertThat(names(x.outBox())).containsExactly(name);
        }
    }

    @Test
    void oneExchangePerFolder() {
        try (FileExchange x = open(root)) {
            assertThatThrownBy(() -> open(root)).isInstanceOf(CooClientException.class).hasMessageContaining("locked");
        }
    }

    @Test
    void aJournaledMessageLostWithItsTemporaryIsWrittenAgainFromTheJournal() throws Exception {
        String name = declareThenLose(root);
        // a power cut after PENDING: the journal has the key, the folder neither the temporary file nor the message
        try (FileExchange x = open(root)) {
            assertThat(names(x.outBox())).containsExactly(name);
            assertThat(CustomsMessageReader.defaults().read(x.outBox().resolve(name)).certificate().number())
                    .isEqualTo("E254565009990001");
            x.declare(certificate(1), "k1");
            assertThat(names(x.outBox())).containsExactly(name);
        }
    }

    @Test
    void aLostMessageTheImportClientTookIsNotWrittenAgain() throws Exception {
        String name = declareThenLose(root);
        Files.createDirectories(root.resolve("SentBox"));
        Files.writeString(root.resolve("SentBox").resolve(name), "taken");
        try (FileExchange x = open(root)) {
            assertThat(names(x.outBox())).isEmpty();
        }
    }

    @Test
    void aLostMessageWhoseJournaledCertificateDoesNotMatchItsDigestStopsTheOpening() throws Exception {
        declareThenLose(root);
        Path journal = root.resolve("coo4j/exchange.journal");
        Files.writeString(journal, Files.readString(journal).replaceAll("\"digest\":\"[0-9a-f]{64}\"",
                "\"digest\":\"" + "0".repeat(64) + "\""));
        assertThatThrownBy(() -> open(root)).isInstanceOf(CooException.class).hasMessageContaining("by hand");
        try (FileExchange x = open(root.resolve("elsewhere"))) {
            assertThat(names(x.outBox())).isEmpty(); // the journal's lock was released by the failed opening
        }
    }

    @Test
    void theKeyStandsForTheCertificateNotForTheMessageItMapsTo() {
        try (FileExchange x = open(root)) {
            var c = certificate(1);
            var e = c.exporter();
            // the exporter's country has no element in the message: the same bytes, another certificate
            var other = c.toBuilder().exporter(new Party(e.name(), e.address(), null, e.phone(), e.fax(), e.email())).build();
            x.declare(c, "k1");
            assertThatThrownBy(() -> x.declare(other, "k1")).isInstanceOf(ConflictException.class)
                    .hasMessageContaining("k1");
        }
    }

    @Test
    void bothChannelsTakeTheSameKeys() {
        try (FileExchange x = open(root)) {
            assertThatThrownBy(() -> x.declare(certificate(1), "erp doc 1")).isInstanceOfSatisfying(
                    InvalidInputException.class, e -> assertThat(e.getMessage()).contains("idempotencyKey"));
            assertThatThrownBy(() -> x.declare(certificate(1), "单据1")).isInstanceOf(InvalidInputException.class);
            assertThat(names(x.outBox())).isEmpty();
        }
    }

    @Test
    void aReceiptIsReturnedByThePollThatAppliedItEvenWhenItsMoveFails() throws Exception {
        String n = "E254565009990001";
        try (FileExchange x = open(root)) {
            x.declare(certificate(1), "k1");
            Files.delete(x.processedFolder());
            Files.writeString(x.processedFolder(), "not a folder: every move into it fails");
            drop(x.inBox(), "r1.xml", fileRet(n, 1));
            assertThat(x.poll()).singleElement().satisfies(r -> assertThat(r.certificateNumber()).isEqualTo(n));
            assertThat(names(x.inBox())).containsExactly("r1.xml");
            Files.delete(x.processedFolder());
            Files.createDirectory(x.processedFolder());
            assertThat(x.poll()).isEmpty();
            assertThat(names(x.inBox())).isEmpty();
            assertThat(x.receipts(n)).hasSize(1);
        }
    }

    @Test
    void aFileThatIsNotAReceiptCrossesFileStoresToTheErrorFolderWithOneReason() throws Exception {
        Path shm = Path.of("/dev/shm");
        Assumptions.assumeTrue(Files.isDirectory(shm) && !Files.getFileStore(shm).equals(Files.getFileStore(root)),
                "needs an InBox on another file store than the work folder");
        Path inBox = Files.createTempDirectory(shm, "coo4j-inbox");
        try (FileExchange x = FileExchange.builder(root).inBox(inBox).settleTime(Duration.ZERO).open()) {
            drop(inBox, "garbage.xml", "not xml");
            assertThat(x.poll()).isEmpty();
            assertThat(x.poll()).isEmpty();
            assertThat(names(inBox)).isEmpty();
            assertThat(names(x.errorFolder())).hasSize(2).anyMatch(f -> f.endsWith("garbage.xml"))
                    .anyMatch(f -> f.endsWith("garbage.xml.reason.txt"));
        } finally {
            try (Stream<Path> files = Files.walk(inBox)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    @Test
    @Timeout(10)
    void awaitStatusTimesOutWithAFixedClock() {
        Clock fixed = Clock.fixed(Instant.parse("2025-10-01T00:00:00Z"), ZoneOffset.UTC);
        try (FileExchange x = FileExchange.builder(root).clock(fixed).pollInterval(Duration.ofMillis(5)).open()) {
            x.declare(certificate(1), "k1");
            assertThatThrownBy(() -> x.awaitStatus("E254565009990001", CertificateState.APPROVED, Duration.ofMillis(50)))
                    .isInstanceOf(CooClientException.class).hasMessageContaining("did not reach APPROVED");
            assertThatThrownBy(() -> x.awaitStatus("E254565009990001", null, Duration.ofMillis(50)))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.getMessage()).contains("target"));
        }
    }

    @Test
    void aFolderThatCannotBeCreatedIsAFileAccessExceptionNamingIt() throws IOException {
        Path inBox = Files.writeString(root.resolve("InBox"), "a file where the InBox belongs");
        assertThatThrownBy(() -> open(root)).isInstanceOfSatisfying(FileAccessException.class,
                e -> assertThat(e.file()).isEqualTo(inBox.toString()));
    }

    @Test
    void anInBoxMissingOrNoFolderIsAFileAccessExceptionNamingIt() throws IOException {
        try (FileExchange x = open(root)) {
            x.declare(certificate(1), "k1");
            Files.delete(x.inBox());
            assertThatThrownBy(x::poll).isInstanceOfSatisfying(FileAccessException.class,
                    e -> assertThat(e.file()).isEqualTo(x.inBox().toString()));
            Files.writeString(x.inBox(), "not a folder");
            assertThatThrownBy(() -> x.status("E254565009990001")).isInstanceOfSatisfying(FileAccessException.class,
                    e -> assertThat(e.getMessage()).startsWith(x.inBox() + ": cannot list the InBox"));
        }
    }

    @Test
    void anUnreadableInBoxIsAFileAccessExceptionNamingIt() throws IOException {
        try (FileExchange x = open(root)) {
            Assumptions.assumeTrue(x.inBox().getFileSystem().supportedFileAttributeViews().contains("posix"));
            Files.setPosixFilePermissions(x.inBox(), Set.of());
            try {
                Assumptions.assumeFalse(Files.isReadable(x.inBox()), "the user reads any folder (root)");
                assertThatThrownBy(x::poll).isInstanceOfSatisfying(FileAccessException.class,
                        e -> assertThat(e.file()).isEqualTo(x.inBox().toString()));
            } finally {
                Files.setPosixFilePermissions(x.inBox(), PosixFilePermissions.fromString("rwx------"));
            }
        }
    }

    @Test
    void closingTwiceIsHarmless() {
        FileExchange x = open(root);
        x.close();
        x.close();
        open(root).close();
    }

    /** Declares certificate 1 under k1, then leaves the state a power cut can: PENDING journaled, no file at all. */
    private static String declareThenLose(Path root) throws IOException {
        String name;
        try (FileExchange x = open(root)) {
            x.declare(certificate(1), "k1");
            name = names(x.outBox()).get(0);
            Files.delete(x.outBox().resolve(name));
        }
        Path journal = root.resolve("coo4j/exchange.journal");
        Files.writeString(journal, Files.readString(journal).lines().filter(l -> !l.contains("\"DONE\""))
                .map(l -> l + "\n").reduce("", String::concat));
        return name;
    }
}
