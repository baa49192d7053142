package io.coo4j.client.exchange;

import io.coo4j.client.CertificateChannel;
import io.coo4j.client.CertificateStatus;
import io.coo4j.client.ConflictException;
import io.coo4j.client.CooClientException;
import io.coo4j.client.NotFoundException;
import io.coo4j.client.internal.Api;
import io.coo4j.client.exchange.internal.DurableFiles;
import io.coo4j.client.exchange.internal.JournalEntry;
import io.coo4j.client.exchange.internal.Ledger;
import io.coo4j.client.message.ApplyType;
import io.coo4j.client.message.CustomsMessageWriter;
import io.coo4j.client.message.CustomsReceipt;
import io.coo4j.client.message.ReceiptReader;
import io.coo4j.core.ChinaTime;
import io.coo4j.core.CooException;
import io.coo4j.core.Digests;
import io.coo4j.core.InvalidInputException;
import io.coo4j.core.io.FileAccessException;
import io.coo4j.core.io.OwnerOnly;
import io.coo4j.core.json.CooJson;
import io.coo4j.core.json.JsonLinesFile;
import io.coo4j.core.lifecycle.CertificateState;
import io.coo4j.core.model.Certificate;
import io.coo4j.core.model.CertificateRecord;
import io.coo4j.core.model.Receipt;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * ERP docking through the Single Window import client (单一窗口导入客户端, 001 ch.15): declarations become customs import
 * messages in its OutBox, its receipts (回执) are read from its InBox, behind the same {@link CertificateChannel} as
 * the HTTP client.
 *
 * <ul>
 *   <li>A message is written to a temporary name the import client ignores ({@code *.xml.tmp}, in the OutBox itself
 *       so the rename stays on one file system), forced to disk, then renamed to {@code COO_<CertNo>_<time>.xml} in
 *       one atomic step: the import client never sees half a message, even when the process is killed.</li>
 *   <li>A journal (日志) in the work folder records each idempotency key before its message appears and each receipt
 *       before its file is moved: the same key never gives two messages, a receipt is applied once, and both hold
 *       across restarts. Opening the exchange finishes or discards what a crash interrupted.</li>
 *   <li>Receipts are read with {@link ReceiptReader} (no DOCTYPE, no entities, 1 MB at most). An applied receipt, or
 *       one applied before (the same bytes again), is moved to {@code Processed}; a file that is not a receipt goes
 *       to {@code Error} with a {@code .reason.txt} beside it. Nothing is deleted or fixed silently.</li>
 * </ul>
 *
 * <p>Folders, naming and what is confirmed or inferred: {@code docs/file-exchange.md}. One exchange per OutBox: a
 * second one, in this process or another, is refused while the first is open. Thread-safe (线程安全): calls are
 * serialised.
 *
 * @since 0.1
 */
public final class FileExchange implements CertificateChannel, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger("io.coo4j.client");
    private static final int MAX_RECEIPT_BYTES = 1024 * 1024;
    private static final String PREFIX = "COO_";
    private static final CooJson JSON = CooJson.strict();
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS").withZone(ChinaTime.ZONE);

    private final Path outBox;
    private final Path inBox;
    private final Path processed;
    private final Path errors;
    private final CustomsMessageWriter writer;
    private final Duration pollInterval;
    private final Duration settleTime;
    private final Clock clock;
    private final JsonLinesFile<JournalEntry> journal;
    private final Ledger ledger = new Ledger();

    private FileExchange(Builder b) {
        this.outBox = b.outBox != null ? b.outBox : b.root.resolve("OutBox");
        this.inBox = b.inBox != null ? b.inBox : b.root.resolve("InBox");
        Path work = b.workFolder != null ? b.workFolder : b.root.resolve("coo4j");
        this.processed = work.resolve("Processed");
        this.errors = work.resolve("Error");
        this.writer = b.writer;
        this.pollInterval = b.pollInterval;
        this.settleTime = b.settleTime;
        this.clock = b.clock;
        // The import client's folders are shared with it; coo4j's own (journal, Processed, Error) are owner-only.
        createFolder(outBox);
        createFolder(inBox);
        OwnerOnly.createDirectories(processed);
        OwnerOnly.createDirectories(errors);
        this.journal = openJournal(work.resolve("exchange.journal"), ledger);
        try {
            recover();
        } catch (RuntimeException e) {
            journal.close();
            throw e;
        }
    }

    /**
     * A builder for the folders under {@code root}: {@code OutBox} and {@code InBox} of the import client (docs/domain.md),
     * and coo4j's own {@code coo4j} folder for the journal, {@code coo4j/Processed} and {@code coo4j/Error}.
     */
    public static Builder builder(Path root) {
        return new Builder(InvalidInputException.requireArgument(root, "FileExchange.builder", "root"));
    }

    /** {@code builder(root).open()}. */
    public static FileExchange open(Path root) {
        return builder(root).open();
    }

    /** The import client's OutBox, where declarations are written. */
    public Path outBox() {
        return outBox;
    }

    /** The import client's InBox, where its receipts are read. */
    public Path inBox() {
        return inBox;
    }

    /** Where applied and duplicate receipts are moved. */
    public Path processedFolder() {
        return processed;
    }

    /** Where files of the InBox that are not receipts are moved, each with a {@code .reason.txt}. */
    public Path errorFolder() {
        return errors;
    }

    /**
     * Writes the certificate's declaration (ApplyType 1, 申报) into the OutBox, once per key. The certificate needs
     * its number (the message's CertNo is required). Its record is in state {@link CertificateState#DRAFT} until the
     * import client's first receipt says it was sent.
     *
     * @throws io.coo4j.client.message.MessageValidationException when the certificate cannot be written (then nothing
     *                           is)
     * @throws ConflictException when the key was used for another certificate, or the number has a declaration the
     *                           customs have not returned
     */
    @Override
    public synchronized CertificateRecord declare(Certificate certificate, String idempotencyKey) {
        InvalidInputException.requireArgument(certificate, "FileExchange.declare", "certificate");
        Api.idempotencyKey("declaration", idempotencyKey);
        String number = certificate.number();
        if (number == null || number.isBlank()) {
            throw new InvalidInputException("certificate", "number", "required: the import message's CertNo");
        }
        // the certificate, not the message, is what the key stands for: two certificates the writer maps to the same
        // bytes are two declarations, and a writer changed between a crash and the retry does not make it a conflict
        String digest = digest(certificate);
        var earlier = ledger.declaration(idempotencyKey);
        if (earlier.isPresent()) {
            if (!earlier.get().digest().equals(digest)) {
                throw new ConflictException(409, "IDEMPOTENCY_KEY_REUSED", "idempotency key " + idempotencyKey
                        + " was used for another declaration (" + earlier.get().file() + ")", "-", null, null);
            }
            finish(earlier.get());
            return ledger.record(earlier.get().number());
        }
        if (ledger.active(number)) {
            CertificateState state = ledger.status(number).state();
            throw new ConflictException(409, "ILLEGAL_TRANSITION", "certificate " + number + " is already declared ("
                    + state + "); it can be declared again once returned (退证)", "-", state.name(), "DECLARE");
        }
        write(idempotencyKey, number, digest, certificate, writer.write(certificate, ApplyType.DECLARE));
        return ledger.record(number);
    }

    /** The certificate's state after the receipts now in the InBox. */
    @Override
    public synchronized CertificateStatus status(String number) {
        InvalidInputException.requireArgument(number, "FileExchange.status", "number");
        poll();
        return ledger.status(known(number));
    }

    /** The receipts applied so far (those now in the InBox included), in the order they were applied. */
    @Override
    public synchronized List<Receipt> receipts(String number) {
        InvalidInputException.requireArgument(number, "FileExchange.receipts", "number");
        poll();
        return ledger.receipts(known(number));
    }

    /**
     * Reads the InBox every poll interval until the certificate is in {@code target}, returned, or time is up. The
     * timeout is measured on the system's monotonic timer, not on the builder's clock (a fixed clock in a test would
     * never let it pass).
     */
    @Override
    public CertificateRecord awaitStatus(String number, CertificateState target, Duration timeout) {
        InvalidInputException.requireArgument(number, "FileExchange.awaitStatus", "number");
        Api.awaitCertificate(number, () -> status(number), target, pollInterval,
                InvalidInputException.requireArgument(timeout, "FileExchange.awaitStatus", "timeout"),
                "; is the import client running?");
        synchronized (this) {
            return ledger.record(number);
        }
    }

    /**
     * Reads the receipts now in the InBox, oldest first, and returns those applied for the first time — a receipt is
     * returned once it is journaled and applied, even when moving its file to the processed folder then fails (the
     * file stays in the InBox and is moved, not applied again, by a later poll). A file that fails to read is left for
     * the next poll while younger than the settle time (the import client may still be writing it), then moved to the
     * error folder, its reason written after the move. A file that cannot be read or moved at all (permissions) is
     * logged and left in the InBox. An InBox that cannot be listed (gone, not a folder, not readable) is a
     * {@link FileAccessException} naming it, for this call and for {@link #status} and {@link #receipts}, which poll.
     */
    public synchronized List<CustomsReceipt> poll() {
        List<CustomsReceipt> applied = new ArrayList<>();
        for (Path file : inBoxFiles()) {
            try {
                take(file, applied);
            } catch (IOException e) {
                // one file the process may not read or move must not stop the receipts behind it; it stays, and is
                // tried again on the next poll
                LOG.warn("cannot take {} from the InBox, left there: {}", file, e.toString());
            }
        }
        return applied;
    }

    /** Releases the journal; closing again does nothing. */
    @Override
    public synchronized void close() {
        journal.close();
    }

    private void write(String key, String number, String digest, Certificate certificate, byte[] message) {
        Instant now = clock.instant();
        String name = PREFIX + number + "_" + STAMP.format(now) + ".xml";
        Path target = outBox.resolve(name);
        for (int i = 1; Files.exists(target); i++) {
            name = PREFIX + number + "_" + STAMP.format(now) + "_" + i + ".xml";
            target = outBox.resolve(name);
        }
        Path temporary = temporary(name);
        try {
            DurableFiles.writeTemporary(temporary, message);
            // the temporary file's folder entry is durable before its key is: after a power cut, a PENDING line never
            // names a file the folder forgot
            DurableFiles.syncFolder(outBox);
            // the key is durable before the message can appear: after a crash the journal knows it
            append(JournalEntry.pending(now, key, number, name, digest, certificate));
            DurableFiles.publish(temporary, target);
            append(JournalEntry.done(clock.instant(), key, number, name));
        } catch (IOException e) {
            throw new FileAccessException(target, "cannot write the declaration of certificate " + number, e);
        }
        LOG.info("declaration of certificate {} written to {}", number, target);
    }

    /**
     * Finishes what a crash interrupted: a journaled message still under its temporary name is complete (its bytes and
     * its folder entry forced to disk before it was journaled) and is renamed; a message under neither name that the
     * import client has not taken is written again from the journaled certificate. Temporary files the journal does
     * not know were cut short before their key was recorded, so no one waits for them: deleted.
     */
    private void recover() {
        try {
            for (Ledger.Declaration d : ledger.unfinished()) {
                finish(d);
            }
            try (Stream<Path> files = Files.list(outBox)) {
                for (Path p : files.filter(FileExchange::isOurTemporary).toList()) {
                    Files.delete(p);
                    LOG.info("deleted {}: a message cut short before it was recorded", p);
                }
            }
        } catch (IOException e) {
            throw new FileAccessException(outBox, "cannot recover the OutBox", e);
        }
    }

    /**
     * Makes sure a journaled message is in the OutBox, or was taken by the import client, before recording it done:
     * publishes it from its temporary name (a crash or a failed rename left it there), or writes it again from the
     * journaled certificate when neither name exists (a power cut lost it). Never records done for a message that
     * is nowhere.
     */
    private void finish(Ledger.Declaration d) {
        if (d.done()) {
            return;
        }
        Path temporary = temporary(d.file());
        Path target = outBox.resolve(d.file());
        try {
            if (Files.exists(temporary)) {
                DurableFiles.publish(temporary, target);
                LOG.info("finished writing {}, interrupted before", d.file());
            } else if (!Files.exists(target) && !taken(d)) {
                rewrite(d, temporary, target);
            }
        } catch (IOException e) {
            throw new FileAccessException(target, "cannot finish writing the declaration", e);
        }
        append(JournalEntry.done(clock.instant(), d.key(), d.number(), d.file()));
    }

    /**
     * Whether the import client took the message: it is in the {@code SentBox} or {@code FailBox} beside the OutBox
     * (the import client's folder convention, docs/domain.md), or a receipt arrived for its number since it was declared.
     */
    private boolean taken(Ledger.Declaration d) {
        Path folders = outBox.toAbsolutePath().getParent();
        boolean moved = folders != null && (Files.exists(folders.resolve("SentBox").resolve(d.file()))
                || Files.exists(folders.resolve("FailBox").resolve(d.file())));
        return moved || ledger.status(d.number()).state() != CertificateState.DRAFT;
    }

    /** Writes a lost message again from the journaled certificate, once its digest proves it is the declared one. */
    private void rewrite(Ledger.Declaration d, Path temporary, Path target) throws IOException {
        if (d.certificate() == null || !digest(d.certificate()).equals(d.digest())) {
            throw new CooException("the message " + d.file() + " of idempotency key " + d.key() + " is neither in the OutBox"
                    + " " + outBox + " nor under its temporary name, and the journal's certificate does not match its"
                    + " digest: check whether the import client took it, then declare certificate " + d.number()
                    + " by hand");
        }
        DurableFiles.writeTemporary(temporary, writer.write(d.certificate(), ApplyType.DECLARE));
        DurableFiles.syncFolder(outBox);
        DurableFiles.publish(temporary, target);
        LOG.warn("the message {} of certificate {} was lost before it reached the disk; written again from the journal",
                d.file(), d.number());
    }

    private void take(Path file, List<CustomsReceipt> applied) throws IOException {
        String name = file.getFileName().toString();
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_RECEIPT_BYTES + 1);
        } catch (NoSuchFileException e) {
            return; // taken away between the listing and now (by a person tidying up): nothing to apply
        }
        String digest = Digests.sha256Hex(bytes);
        if (ledger.applied(digest)) {
            DurableFiles.moveAside(file, processed, stamp());
            LOG.info("receipt {} was applied before (same content); moved to {}", name, processed);
            return;
        }
        CustomsReceipt receipt;
        try {
            if (bytes.length > MAX_RECEIPT_BYTES) {
                throw new InvalidInputException(name, "", "larger than " + MAX_RECEIPT_BYTES + " bytes: not a receipt");
            }
            receipt = ReceiptReader.defaults().read(new ByteArrayInputStream(bytes), name);
        } catch (InvalidInputException e) {
            reject(file, e.getMessage());
            return;
        }
        append(JournalEntry.receipt(clock.instant(), name, digest, receipt));
        // applied from here on, whatever the move does: the caller must see it (a later poll only moves the file)
        applied.add(receipt);
        DurableFiles.moveAside(file, processed, stamp());
        LOG.info("receipt {} for certificate {}: {}", name, receipt.certificateNumber(), receipt.status());
    }

    /**
     * Moves a file that is not a receipt to the error folder, then writes its reason beside it, unless it may be still
     * growing. Moving first: a move that keeps failing leaves the file in the InBox and writes no reason at each poll.
     */
    private void reject(Path file, String reason) throws IOException {
        Instant modified = Files.getLastModifiedTime(file).toInstant();
        if (modified.plus(settleTime).isAfter(clock.instant())) {
            return;
        }
        Path moved = DurableFiles.moveAside(file, errors, stamp());
        DurableFiles.write(moved.resolveSibling(moved.getFileName() + ".reason.txt"),
                (reason + "\n").getBytes(StandardCharsets.UTF_8));
        LOG.warn("{} is not a receipt, moved to {}: {}", file.getFileName(), moved, reason);
    }

    private List<Path> inBoxFiles() {
        try (Stream<Path> files = Files.list(inBox)) {
            return files.filter(p -> {
                String n = p.getFileName().toString();
                return !n.startsWith(".") && n.toLowerCase(Locale.ROOT).endsWith(".xml") && Files.isRegularFile(p);
            }).sorted(Comparator.comparing(FileExchange::modified).thenComparing(Path::getFileName)).toList();
        } catch (IOException e) {
            throw new FileAccessException(inBox, "cannot list the InBox", e);
        }
    }

    private static void createFolder(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new FileAccessException(folder, "cannot create the folder", e);
        }
    }

    private static Instant modified(Path p) {
        try {
            return Files.getLastModifiedTime(p).toInstant();
        } catch (IOException e) {
            return Instant.MAX;
        }
    }

    /**
     * The exchange's durable memory: each idempotency key before its message appears and each receipt before its file
     * is moved, forced to disk line by line; locked, because two exchanges on one OutBox would each believe they alone
     * declare.
     */
    private static JsonLinesFile<JournalEntry> openJournal(Path file, Ledger ledger) {
        try {
            return JsonLinesFile.open(file, JournalEntry.class, true, ledger::apply);
        } catch (JsonLinesFile.LockedException e) {
            throw new CooClientException("another file exchange uses these folders (its journal " + file
                    + " is locked); one exchange per OutBox", e, false);
        }
    }

    private void append(JournalEntry entry) {
        journal.append(entry);
        ledger.apply(entry);
    }

    private String known(String number) {
        if (number == null || !ledger.knows(number)) {
            throw new NotFoundException(404, "NOT_FOUND", "certificate " + number
                    + " has neither a declaration nor a receipt in this exchange", "-");
        }
        return number;
    }

    private Path temporary(String name) {
        return outBox.resolve(name + DurableFiles.TEMPORARY_SUFFIX);
    }

    private static boolean isOurTemporary(Path p) {
        String n = p.getFileName().toString();
        return n.startsWith(PREFIX) && n.endsWith(".xml" + DurableFiles.TEMPORARY_SUFFIX);
    }

    private String stamp() {
        return STAMP.format(clock.instant()) + "-";
    }

    /** SHA-256 of the certificate's canonical JSON: what an idempotency key stands for. */
    private static String digest(Certificate certificate) {
        return Digests.sha256Hex(JSON.writeBytes(certificate));
    }

    /** Configures and opens a {@link FileExchange}. Not thread-safe. */
    public static final class Builder {
        private final Path root;
        private Path outBox;
        private Path inBox;
        private Path workFolder;
        private CustomsMessageWriter writer = CustomsMessageWriter.defaults();
        private Duration pollInterval = Duration.ofSeconds(1);
        private Duration settleTime = Duration.ofSeconds(5);
        private Clock clock = Clock.systemUTC();

        private Builder(Path root) {
            this.root = root;
        }

        /** The import client's OutBox, when it is not {@code root/OutBox}. */
        public Builder outBox(Path value) {
            outBox = InvalidInputException.requireArgument(value, "FileExchange.Builder.outBox", "outBox");
            return this;
        }

        /** The import client's InBox, when it is not {@code root/InBox}. */
        public Builder inBox(Path value) {
            inBox = InvalidInputException.requireArgument(value, "FileExchange.Builder.inBox", "inBox");
            return this;
        }

        /** coo4j's journal, {@code Processed} and {@code Error}, when not {@code root/coo4j}; keep it off the InBox. */
        public Builder workFolder(Path value) {
            workFolder = InvalidInputException.requireArgument(value, "FileExchange.Builder.workFolder", "workFolder");
            return this;
        }

        /** The writer of the messages (its reference data); default {@link CustomsMessageWriter#defaults()}. */
        public Builder writer(CustomsMessageWriter value) {
            writer = InvalidInputException.requireArgument(value, "FileExchange.Builder.writer", "writer");
            return this;
        }

        /** How often {@code awaitStatus} reads the InBox; default 1 s. */
        public Builder pollInterval(Duration value) {
            pollInterval = positiveOrZero(value, "pollInterval");
            return this;
        }

        /**
         * How long a file of the InBox that does not read as a receipt is left alone, in case the import client is still
         * writing it, before it goes to the error folder; default 5 s.
         */
        public Builder settleTime(Duration value) {
            settleTime = positiveOrZero(value, "settleTime");
            return this;
        }

        /** The clock of the messages' file names, the journal's times and the settle time; default the system's. */
        public Builder clock(Clock value) {
            clock = InvalidInputException.requireArgument(value, "FileExchange.Builder.clock", "clock");
            return this;
        }

        /**
         * Creates the folders if needed, locks the journal and finishes what a crash interrupted.
         *
         * @throws FileAccessException naming the folder or file that cannot be created, read or written
         */
        public FileExchange open() {
            return new FileExchange(this);
        }

        private static Duration positiveOrZero(Duration value, String name) {
            if (value == null || value.isNegative()) {
                throw new InvalidInputException("file exchange configuration", name, "zero or more");
            }
            return value;
        }
    }
}
