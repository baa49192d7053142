package io.coo4j.client;

import io.coo4j.client.internal.Api;
import io.coo4j.core.InvalidInputException;
import io.coo4j.core.lifecycle.PrintExceptionReason;
import io.coo4j.core.lifecycle.SelfPrintState;
import io.coo4j.core.model.PrintException;
import io.coo4j.core.model.Seal;
import io.coo4j.core.model.SelfPrintAuthorization;
import io.coo4j.core.model.Signature;
import java.io.OutputStream;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * Self-print (自助打印, 003; 001 ch.13): the enterprise's seals (印章) and declarant signatures (签名), the authorization
 * (印章签名授权) that sends the default seal and signature to the customs and lets agents print (代理打印授权), the
 * list of approved certificates that may be self-printed, their print file (版式), print marks (打印标记) and print
 * exception applications (打印异常申请). The service enforces sdk-core's {@code SelfPrintLifecycle}: printing an
 * original outside (received, unarchived, pending), deleting an enabled seal, or reporting an exception for an
 * unprinted certificate is a {@link ConflictException} naming the state and the operation; an image the service
 * cannot use (no ink of the right colour, over the size limits) is an {@link InvalidRequestException} naming
 * {@code scan}. Obtained from {@link CooClient#selfPrint()}; thread-safe (线程安全).
 *
 * @since 0.1
 */
public final class SelfPrint {
    static final String ROOT = "self-print";
    private static final String CERTIFICATES = "certificates";
    private static final String QUERY = "self-print query";

    private final Api api;
    private final SelfPrintStamps<Seal, SealRequest> seals;
    private final SelfPrintStamps<Signature, SignatureRequest> signatures;

    SelfPrint(Api api) {
        this.api = api;
        this.seals = new SelfPrintStamps<>(api, Seal.class, "seals");
        this.signatures = new SelfPrintStamps<>(api, Signature.class, "signatures");
    }

    /** The seals (印章): standard ones drawn by the service, or real ones extracted from a scan. */
    public SelfPrintStamps<Seal, SealRequest> seals() {
        return seals;
    }

    /** The declarants' signatures (签名), extracted from scans of black-ink handwriting. */
    public SelfPrintStamps<Signature, SignatureRequest> signatures() {
        return signatures;
    }

    /**
     * 授权: sends the enabled seal and signature to the customs as the defaults of every self-print file; the
     * receipts say what was received. Certificates approved from then on are printable; earlier ones print the old way
     * (003 证书打印).
     */
    public SelfPrintAuthorization authorize(String sealId, String signatureId) {
        Map<String, String> body = Map.of("sealId", Api.required("self-print", "sealId", sealId),
                "signatureId", Api.required("self-print", "signatureId", signatureId));
        return api.post("selfPrint.authorize", SelfPrintAuthorization.class, body, ROOT, "authorization");
    }

    /** The current authorization; a {@link NotFoundException} before the first. */
    public SelfPrintAuthorization authorization() {
        return api.get("selfPrint.authorization", SelfPrintAuthorization.class, ROOT, "authorization");
    }

    /**
     * 代理打印授权: lets the agent with the 9-character organization code (组织机构代码) {@code agentCode} print this exporter's
     * certificates ({@code authorized} true), or withdraws it; after the seal and signature authorization only.
     */
    public SelfPrintAuthorization authorizeAgent(String agentCode, boolean authorized) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("agentCode", Api.required("self-print", "agentCode", agentCode));
        body.put("authorized", authorized);
        return api.post("selfPrint.authorizeAgent", SelfPrintAuthorization.class, body, ROOT, "agents");
    }

    /** The certificates that may be self-printed, with their print state, page by page. */
    public Iterable<PrintableCertificate> printable() {
        return () -> api.pages("selfPrint.printable", PrintableCertificate.class, Map.of(), 0, ROOT, CERTIFICATES);
    }

    /** The printable certificates matching {@code query} (证书打印's filters), fetched page by page. */
    public Iterable<PrintableCertificate> printable(SelfPrintQuery query) {
        Map<String, String> filters = Api.required(QUERY, "query", query).parameters();
        return () -> api.pages("selfPrint.printable", PrintableCertificate.class, filters, query.pageSize(), ROOT,
                CERTIFICATES);
    }

    /**
     * 导出 of the self-print list: the certificates matching {@code query}, every one (no paging), as an {@code .xlsx}
     * certificate list (the columns of {@link Certificates#export(java.time.LocalDate, java.time.LocalDate)}).
     */
    public byte[] export(SelfPrintQuery query) {
        return api.file("selfPrint.export", Api.required(QUERY, "query", query).parameters(), ROOT, CERTIFICATES,
                "export");
    }

    /** {@link #export(SelfPrintQuery)} written to {@code out}, which stays open. */
    public void export(SelfPrintQuery query, OutputStream out) {
        api.file("selfPrint.export", "self-print list", out, Api.required(QUERY, "query", query).parameters(), ROOT,
                CERTIFICATES, "export");
    }

    /** One printable certificate; a {@link NotFoundException} saying why when it is not printable. */
    public PrintableCertificate printable(String number) {
        return api.get("selfPrint.printable", PrintableCertificate.class, ROOT, CERTIFICATES, number(number));
    }

    /** {@link #printable(String)} without blocking a thread while the call travels. */
    public CompletableFuture<PrintableCertificate> printableAsync(String number) {
        return api.getAsync("selfPrint.printable", PrintableCertificate.class, ROOT, CERTIFICATES, number(number));
    }

    /** Polls until the customs' print layout of {@code number} has been received (版式接收成功). */
    public PrintableCertificate awaitLayout(String number, Duration timeout) {
        return api.poll(() -> printable(number), SelfPrint::layoutReceived, timeout, "the print layout of " + number);
    }

    /** {@link #awaitLayout} without blocking a thread between polls. */
    public CompletableFuture<PrintableCertificate> awaitLayoutAsync(String number, Duration timeout) {
        return api.pollAsync(() -> printableAsync(number), SelfPrint::layoutReceived, timeout,
                "the print layout of " + number);
    }

    /**
     * The print file (版式) of {@code document}: of the certificate's original ({@code copy} false) only when its layout
     * is received, unarchived and pending; of a copy (副本预览), and of the application form, invoice and slip, any time.
     */
    public PrintLayout layout(String number, PrintDocument document, boolean copy) {
        return api.get("selfPrint.layout", PrintLayout.class, layoutQuery(document, copy), ROOT, CERTIFICATES,
                number(number), "layout");
    }

    /** {@link #layout} without blocking a thread while the service renders. */
    public CompletableFuture<PrintLayout> layoutAsync(String number, PrintDocument document, boolean copy) {
        return api.getAsync("selfPrint.layout", PrintLayout.class, layoutQuery(document, copy), ROOT, CERTIFICATES,
                number(number), "layout");
    }

    /** 打印标记: records what was printed; an original makes the certificate printed (已打印). */
    public PrintableCertificate mark(String number, PrintMark printed) {
        return api.post("selfPrint.mark", PrintableCertificate.class, Map.of("printed",
                InvalidInputException.requireArgument(printed, "SelfPrint.mark", "printed")), ROOT, CERTIFICATES,
                number(number), "print-marks");
    }

    /**
     * 打印异常申请 for a printed certificate: a printer fault lets the original be printed again; missing or wrong
     * content sends the layout back to the customs to be regenerated. {@code details} (at most 500 characters) is
     * required for {@link PrintExceptionReason#CONTENT_WRONG}; otherwise it may be {@code null}.
     */
    public PrintException reportException(String number, PrintExceptionReason reason, @Nullable String details) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reason", InvalidInputException.requireArgument(reason, "SelfPrint.reportException", "reason"));
        body.put("details", details);
        return api.post("selfPrint.reportException", PrintException.class, body, ROOT, CERTIFICATES, number(number),
                "exceptions");
    }

    /** Every print exception application, in the order made (异常申请列表). */
    public Iterable<PrintException> exceptions() {
        return () -> api.pages("selfPrint.exceptions", PrintException.class, Map.of(), 0, ROOT, "exceptions");
    }

    /** The print exception applications matching {@code query} (异常申请列表's filters), in the order made, page by page. */
    public Iterable<PrintException> exceptions(PrintExceptionQuery query) {
        Map<String, String> filters = Api.required("print exception query", "query", query).parameters();
        return () -> api.pages("selfPrint.exceptions", PrintException.class, filters, query.pageSize(), ROOT,
                "exceptions");
    }

    private static Map<String, String> layoutQuery(PrintDocument document, boolean copy) {
        return Map.of("document", InvalidInputException.requireArgument(document, "SelfPrint.layout", "document")
                .name(), "copy", Boolean.toString(copy));
    }

    private static String number(String number) {
        return Api.required("self-print", "number", number);
    }

    private static boolean layoutReceived(PrintableCertificate p) {
        return p.state().layout() == SelfPrintState.Layout.RECEIVED;
    }
}
