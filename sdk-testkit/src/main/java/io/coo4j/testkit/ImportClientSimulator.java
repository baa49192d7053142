package io.coo4j.testkit;

import io.coo4j.client.message.CustomsSchema;
import io.coo4j.core.InvalidInputException;
import io.coo4j.rules.CertificateValidator;
import io.coo4j.testkit.internal.ImportClientDesk;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Plays the Single Window import client (单一窗口导入客户端, 001 ch.15) on the folders an ERP shares with it, for testing
 * {@code io.coo4j.client.exchange.FileExchange}: it takes each message of the OutBox, checks it with sdk-client's
 * {@code CustomsMessageReader} (and the customs' schema when given), moves it to SentBox or FailBox (docs/domain.md), and
 * writes the receipts (回执) into the InBox in order — 数据已发往海关, then 海关入库成功 and 审核通过 or 退证 with the errors
 * sdk-rules' {@code CertificateValidator} finds, each {@code reviewDelay} later, as the {@link Sandbox} reviews them.
 *
 * <pre>{@code
 * try (ImportClientSimulator sim = ImportClientSimulator.builder(root).reviewDelay(Duration.ofMillis(20)).start();
 *      FileExchange exchange = FileExchange.open(root)) { ... }
 * }</pre>
 *
 * <p>Thread-safe; one watching thread per simulator.
 *
 * @since 0.1
 */
public final class ImportClientSimulator implements AutoCloseable {
    private final ImportClientDesk desk;
    private final ImportClientDesk.Folders folders;

    private ImportClientSimulator(Builder b) {
        this.folders = new ImportClientDesk.Folders(b.root.resolve("OutBox"), b.root.resolve("InBox"),
                b.root.resolve("SentBox"), b.root.resolve("FailBox"));
        this.desk = new ImportClientDesk(folders, b.schema, b.validator, b.reviewDelay, b.duplicateReceiptRate,
                new Random(b.seed), b.clock, b.scanInterval);
    }

    /** A simulator on {@code root/OutBox}, {@code root/InBox}, {@code root/SentBox} and {@code root/FailBox}. */
    public static Builder builder(Path root) {
        return new Builder(InvalidInputException.requireArgument(root, "ImportClientSimulator.builder", "root"));
    }

    /** The folder the import client takes messages from ({@code OutBox}). */
    public Path outBox() {
        return folders.outBox();
    }

    /** The folder the import client puts receipts into ({@code InBox}). */
    public Path inBox() {
        return folders.inBox();
    }

    /** Where the messages it took go. */
    public Path sentBox() {
        return folders.sentBox();
    }

    /** Where the messages it refused go (with a {@code FileRet} RetType 2 naming the problem). */
    public Path failBox() {
        return folders.failBox();
    }

    /** Stops watching; receipts not yet written are dropped. */
    @Override
    public void close() {
        desk.close();
    }

    /** Configures and starts an {@link ImportClientSimulator}. Not thread-safe. */
    public static final class Builder {
        private final Path root;
        private Duration reviewDelay = Duration.ofMillis(100);
        private Duration scanInterval = Duration.ofMillis(20);
        private double duplicateReceiptRate;
        private long seed = ThreadLocalRandom.current().nextLong();
        private CertificateValidator validator = CertificateValidator.defaults();
        private CustomsSchema schema;
        private Clock clock = Clock.systemUTC();

        private Builder(Path root) {
            this.root = root;
        }

        /** How long each review step takes (receipt to receipt); default 100 ms. */
        public Builder reviewDelay(Duration value) {
            reviewDelay = notNegative(value, "reviewDelay");
            return this;
        }

        /** How often the OutBox is looked at; default 20 ms. */
        public Builder scanInterval(Duration value) {
            scanInterval = notNegative(value, "scanInterval");
            return this;
        }

        /** The probability (0 to 1) that a receipt is delivered twice, under two file names. */
        public Builder duplicateReceiptRate(double value) {
            if (!(value >= 0 && value <= 1)) {
                throw new InvalidInputException("import client simulator", "duplicateReceiptRate",
                        "a probability from 0 to 1, got " + value);
            }
            duplicateReceiptRate = value;
            return this;
        }

        /** The seed of the duplicate-receipt draws (default: a random one): the same seed duplicates the same receipts. */
        public Builder seed(long value) {
            seed = value;
            return this;
        }

        /** The validator of the review (default: sdk-rules' defaults, without a data pack). */
        public Builder validator(CertificateValidator value) {
            validator = InvalidInputException.requireArgument(value, "import client simulator", "validator");
            return this;
        }

        /** Also validates each message against the customs' schema ({@code coo.xsd}), as the import client would. */
        public Builder schema(CustomsSchema value) {
            schema = InvalidInputException.requireArgument(value, "import client simulator", "schema");
            return this;
        }

        /** The clock receipts are dated by; the system UTC clock unless set. */
        public Builder clock(Clock value) {
            clock = InvalidInputException.requireArgument(value, "import client simulator", "clock");
            return this;
        }

        /** Creates the folders and starts watching the OutBox. */
        public ImportClientSimulator start() {
            return new ImportClientSimulator(this);
        }

        private static Duration notNegative(Duration value, String name) {
            if (value == null || value.isNegative()) {
                throw new InvalidInputException("import client simulator", name, "zero or more");
            }
            return value;
        }
    }
}
