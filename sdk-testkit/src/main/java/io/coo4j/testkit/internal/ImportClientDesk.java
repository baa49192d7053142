package io.coo4j.testkit.internal;

import io.coo4j.client.message.ApplyType;
import io.coo4j.client.message.CustomsMessage;
import io.coo4j.client.message.CustomsMessageReader;
import io.coo4j.client.message.CustomsSchema;
import io.coo4j.core.ChinaTime;
import io.coo4j.core.CooException;
import io.coo4j.core.io.BoundedInput;
import io.coo4j.core.io.FileAccessException;
import io.coo4j.core.model.Certificate;
import io.coo4j.core.validation.Violation;
import io.coo4j.rules.CertificateValidator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The import client's side of the folders (单一窗口导入客户端): takes each {@code *.xml} of the OutBox, reads it with
 * sdk-client's {@link CustomsMessageReader} (and the customs' schema when given), moves it to SentBox or FailBox, and
 * answers in the InBox — {@code FileRet} 1 (数据已发往海关), then one review delay later {@code Receipt} RepType 2
 * (海关入库成功), then RepType 5 / 0000 (审核通过) or RepType 3 (退证) with the errors of the certificate desk's review.
 * Each receipt file appears by an atomic rename; some twice when the duplicate rate says so. Thread-safe.
 */
public final class ImportClientDesk implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger("io.coo4j.testkit");
    private static final String NS = "http://www.w3.org/2000/09/xmldsig#";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ChinaTime.ZONE);
    /** The largest message file read: the limit CustomsMessageReader itself applies. */
    private static final int MAX_MESSAGE_BYTES = 32 << 20;
    private static final Pattern OUR_NAME = Pattern.compile("COO_([^_]+)_.*");

    /** Where the import client reads and writes. */
    public record Folders(Path outBox, Path inBox, Path sentBox, Path failBox) {
    }

    private final Folders folders;
    private final CustomsMessageReader reader = CustomsMessageReader.defaults();
    private final CustomsSchema schema;
    private final CertificateValidator validator;
    private final Duration reviewDelay;
    private final double duplicateRate;
    private final Random draws;
    private final Clock clock;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "coo4j-import-client-simulator");
        t.setDaemon(true);
        return t;
    });
    private final AtomicLong receipts = new AtomicLong();

    public ImportClientDesk(Folders folders, CustomsSchema schema, CertificateValidator validator, Duration reviewDelay,
                            double duplicateRate, Random draws, Clock clock, Duration scanInterval) {
        this.folders = folders;
        this.schema = schema;
        this.validator = validator;
        this.reviewDelay = reviewDelay;
        this.duplicateRate = duplicateRate;
        this.draws = draws;
        this.clock = clock;
        for (Path p : List.of(folders.outBox(), folders.inBox(), folders.sentBox(), folders.failBox())) {
            try {
                Files.createDirectories(p);
            } catch (IOException e) {
                throw new FileAccessException(p, "cannot create the import client's folder", e);
            }
        }
        scheduler.scheduleWithFixedDelay(this::scan, 0, Math.max(1, scanInterval.toMillis()), TimeUnit.MILLISECONDS);
    }

    /** Takes every message now in the OutBox; errors are logged, never end the watching. */
    private void scan() {
        try (Stream<Path> files = Files.list(folders.outBox())) {
            for (Path p : files.filter(f -> f.getFileName().toString().endsWith(".xml")).sorted().toList()) {
                take(p);
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("the import client simulator could not scan {}: {}", folders.outBox(), e.toString());
        }
    }

    private void take(Path file) throws IOException {
        String name = file.getFileName().toString();
        CustomsMessage message;
        try {
            // Counted as read: a message file is the client's, but a file in a shared folder can be anything.
            byte[] bytes = BoundedInput.readAll(file, MAX_MESSAGE_BYTES, "a customs message");
            if (schema != null) {
                schema.validate(bytes, name);
            }
            message = reader.read(new ByteArrayInputStream(bytes), name);
        } catch (CooException e) {
            Files.move(file, folders.failBox().resolve(name), StandardCopyOption.REPLACE_EXISTING);
            Matcher m = OUR_NAME.matcher(name);
            fileRet(m.matches() ? m.group(1) : "", 2, e.getMessage(), name);
            return;
        }
        Files.move(file, folders.sentBox().resolve(name), StandardCopyOption.REPLACE_EXISTING);
        Certificate c = message.certificate();
        fileRet(c.number(), 1, "数据已发往海关", name);
        if (message.applyType() == ApplyType.DECLARE) {
            later(() -> {
                receipt(c.number(), "2", "0001", "海关入库成功");
                later(() -> decide(c));
            });
        }
    }

    /** The certificate desk's review: the same errors, the same text of a return. */
    private void decide(Certificate c) {
        List<Violation> errors = CertificateDesk.reviewErrors(validator, c);
        if (errors.isEmpty()) {
            receipt(c.number(), "5", "0000", "审核通过");
        } else {
            receipt(c.number(), "3", "0004", Review.reasons(errors));
        }
    }

    private void later(Runnable step) {
        scheduler.schedule(() -> {
            try {
                step.run();
            } catch (RuntimeException e) {
                LOG.warn("the import client simulator failed a review step: {}", e.toString());
            }
        }, reviewDelay.toNanos(), TimeUnit.NANOSECONDS);
    }

    private void fileRet(String number, int retType, String note, String fileName) {
        deliver("FileRet", number, "<FileRet xmlns=\"" + NS + "\"><CertNo>" + escape(number) + "</CertNo><RetType>" + retType
                + "</RetType><Note>" + escape(note) + "</Note><FileName>" + escape(fileName)
                + "</FileName><FileType>xml</FileType></FileRet>");
    }

    private void receipt(String number, String repType, String code, String text) {
        String now = TIME.format(clock.instant());
        deliver("Receipt", number, "<Receipt xmlns=\"" + NS + "\"><CertNo>" + escape(number) + "</CertNo><ReceiveTime>" + now
                + "</ReceiveTime><Channel>6</Channel><Note>业务回执</Note><SendTime>" + now + "</SendTime><RspGenTime>" + now
                + "</RspGenTime><CusRespData><RepType>" + repType + "</RepType><RepCode>" + code + "</RepCode><RepAddMsg>"
                + escape(text) + "</RepAddMsg></CusRespData></Receipt>");
    }

    /**
     * Writes the receipt whole or not at all, maybe twice, under {@code <counter>_<Kind>_<CertNo>.xml}: the counter
     * first, so that the names sort in delivery order — the file exchange reads the InBox oldest first and by name
     * when two files share a modification time.
     */
    private void deliver(String kind, String number, String body) {
        byte[] xml = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + body + "\n").getBytes(StandardCharsets.UTF_8);
        int copies = draws.nextDouble() < duplicateRate ? 2 : 1;
        try {
            for (int i = 0; i < copies; i++) {
                String name = String.format("%08d_%s_%s.xml", receipts.incrementAndGet(), kind,
                        number.isEmpty() ? "UNKNOWN" : number);
                Path temporary = folders.inBox().resolve(name + ".part");
                Files.write(temporary, xml);
                Files.move(temporary, folders.inBox().resolve(name), StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            throw new FileAccessException(folders.inBox(), "cannot write a receipt", e);
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
        try {
            scheduler.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
