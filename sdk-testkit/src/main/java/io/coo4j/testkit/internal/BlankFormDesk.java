package io.coo4j.testkit.internal;

import io.coo4j.core.ChinaTime;
import io.coo4j.core.lifecycle.BlankFormLifecycle;
import io.coo4j.core.lifecycle.BlankFormOperation;
import io.coo4j.core.lifecycle.BlankFormState;
import io.coo4j.core.model.BlankForm;
import io.coo4j.core.model.CertificateRecord;
import io.coo4j.core.model.Receipt;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Pre-printed blank certificate forms (空白证单, 001 ch.8). The customs issues numbered forms to the exporter or to its
 * agent ({@code POST customs/blank-forms}, the simulator's stand-in for handing out paper); the enterprise consumes
 * (核销) forms for an approved certificate — typed in or picked, or the next N consecutive unused serials of the
 * exporter or of an agent — and voids (作废) unused ones. Every change goes through {@link BlankFormLifecycle}, for all
 * forms of a request or none; the customs' receipt comes one review delay later and refuses a consumption whose form
 * type is not the certificate's type (the simulator's check; the manual shows only that receipts accept or refuse).
 * Thread-safe: one lock.
 */
final class BlankFormDesk {
    private final Review review;
    private final CertificateDesk certificates;
    private final Ledger<Entry> forms = new Ledger<>("blank form");

    BlankFormDesk(Review review, CertificateDesk certificates) {
        this.review = review;
        this.certificates = certificates;
    }

    /** The customs hands out {@code count} forms numbered from {@code firstSerial}. */
    record Issue(String formType, String holderCode, Boolean heldByAgent, String firstSerial, Integer count) {
    }

    /** 核销: {@code serialNumbers}, or the next {@code count} consecutive unused forms of {@code holderCode}. */
    record Consume(String certificateNumber, List<String> serialNumbers, Integer count, String holderCode) {
    }

    /** 作废. */
    record VoidRequest(List<String> serialNumbers) {
    }

    private static final class Entry {
        final String serial;
        final BigInteger order;
        final Issue issue;
        final LocalDate received;
        String certificateNumber;
        BlankFormState state = BlankFormState.UNUSED; // the table's initial state
        final List<Receipt> receipts = new ArrayList<>();

        /** What this record's receipts are about, for subscriptions by document. */
        Review.Subject subject() {
            // The holder is the enterprise the customs handed the form to, when its code is a filing number.
            String holder = issue.holderCode();
            return new Review.Subject("blank-form", serial,
                    io.coo4j.core.validation.Checks.isFilingNumber(holder) ? holder : null, null);
        }

        Entry(String serial, Issue issue, LocalDate received) {
            this.serial = serial;
            this.order = new BigInteger(serial);
            this.issue = issue;
            this.received = received;
        }

        BlankForm view() {
            return new BlankForm(serial, issue.formType(), issue.holderCode(), issue.heldByAgent(), received,
                    certificateNumber, state, receipts);
        }
    }

    /** The calls of {@code docs/api.md}'s blank form table, and the customs' issue of forms. */
    void register(Routes routes) {
        routes.on("POST customs/blank-forms", c -> Routes.Reply.created(Map.of("items", issue(c.read(Issue.class)))))
                .on("GET blank-forms", c -> Routes.Reply.ok(list(c.query())))
                .on("GET blank-forms/{serial}", c -> Routes.Reply.ok(get(c.variable(0))))
                .on("POST blank-forms/consume", c -> Routes.Reply.ok(Map.of("items", consume(c.read(Consume.class)))))
                .on("POST blank-forms/void", c -> Routes.Reply.ok(Map.of("items", voidForms(c.read(VoidRequest.class)))));
    }

    synchronized List<BlankForm> issue(Issue issue) {
        Checks.text("formType", issue.formType(), 4);
        Checks.text("holderCode", issue.holderCode(), 18);
        Checks.required("heldByAgent", issue.heldByAgent());
        String first = serial("firstSerial", issue.firstSerial());
        int count = Checks.required("count", issue.count());
        if (count < 1 || count > 1000) {
            throw ApiError.invalid("count", "from 1 to 1000 forms at a time");
        }
        LocalDate today = LocalDate.now(review.clock.withZone(ChinaTime.ZONE));
        List<String> serials = run(first, count);
        for (String s : serials) {
            if (forms.contains(s)) {
                throw ApiError.conflict("CONFLICT", "blank form " + s + " was already issued");
            }
        }
        return serials.stream().map(s -> forms.add(s, new Entry(s, issue, today)).view()).toList();
    }

    synchronized List<BlankForm> consume(Consume request) {
        String number = Checks.text("certificateNumber", request.certificateNumber());
        CertificateRecord certificate = certificates.approved(number, BlankFormOperation.CONSUME.name(),
                "blank forms are consumed for an approved certificate (001 ch.8)");
        List<Entry> chosen = request.serialNumbers() != null ? typedIn(request) : nextUnused(request);
        submit(chosen, BlankFormOperation.CONSUME);
        chosen.forEach(e -> e.certificateNumber = number);
        String type = certificate.certificate().type();
        review.later(() -> answer(chosen, e -> Objects.equals(e.issue.formType(), type)));
        return chosen.stream().map(Entry::view).toList();
    }

    synchronized List<BlankForm> voidForms(VoidRequest request) {
        List<Entry> chosen = find(request.serialNumbers());
        submit(chosen, BlankFormOperation.VOID);
        review.later(() -> answer(chosen, e -> true));
        return chosen.stream().map(Entry::view).toList();
    }

    synchronized BlankForm get(String serial) {
        return forms.find(serial).view();
    }

    /** 空白证单查询 with the filters of {@link BlankFormFilter}. */
    synchronized Map<String, Object> list(Map<String, String> query) {
        BlankFormFilter filter = new BlankFormFilter(query);
        return forms.page(e -> filter.test(e.view()), Entry::view, query);
    }

    private List<Entry> typedIn(Consume request) {
        if (request.count() != null) {
            throw ApiError.invalid("count", "give serialNumbers or count, not both");
        }
        return find(request.serialNumbers());
    }

    /** The next {@code count} consecutive serials from the holder's lowest unused one; a gap is a conflict. */
    private List<Entry> nextUnused(Consume request) {
        int count = Checks.required("count", request.count());
        if (count < 1 || count > 1000) {
            throw ApiError.invalid("count", "from 1 to 1000 forms at a time");
        }
        String holder = Checks.text("holderCode", request.holderCode());
        Entry lowest = forms.values().stream()
                .filter(e -> e.state == BlankFormState.UNUSED && e.issue.holderCode().equals(holder))
                .min((a, b) -> a.order.compareTo(b.order))
                .orElseThrow(() -> ApiError.conflict("CONFLICT", "holder " + holder + " has no unused blank form"));
        List<Entry> out = new ArrayList<>();
        for (String s : run(lowest.serial, count)) {
            Entry e = forms.contains(s) ? forms.find(s) : null;
            if (e == null || e.state != BlankFormState.UNUSED || !e.issue.holderCode().equals(holder)) {
                throw ApiError.conflict("CONFLICT", "holder " + holder + " has no " + count
                        + " consecutive unused blank forms from " + lowest.serial + " (" + s + " is not one)");
            }
            out.add(e);
        }
        return out;
    }

    private List<Entry> find(List<String> serials) {
        if (serials == null || serials.isEmpty()) {
            throw ApiError.invalid("serialNumbers", "at least one serial number");
        }
        if (serials.stream().distinct().count() != serials.size()) {
            throw ApiError.invalid("serialNumbers", "a serial number is given twice");
        }
        return serials.stream().map(forms::find).toList();
    }

    /** Applies {@code op} to every form, or to none when the table refuses one of them. */
    private void submit(List<Entry> chosen, BlankFormOperation op) {
        List<BlankFormState> next = chosen.stream().map(e -> BlankFormLifecycle.TABLE.apply(e.state, op)).toList();
        for (int i = 0; i < chosen.size(); i++) {
            Entry e = chosen.get(i);
            e.state = next.get(i);
            review.receipt(e.subject(), e.receipts, "S", e.state.nameZh(), e.state.nameZh());
        }
    }

    /** The customs' receipt for each submitted form: accepted when {@code accepts} holds, else refused. */
    private synchronized void answer(List<Entry> submitted, Predicate<Entry> accepts) {
        for (Entry e : submitted) {
            boolean ok = accepts.test(e);
            e.state = BlankFormLifecycle.TABLE.apply(e.state,
                    ok ? BlankFormOperation.CUSTOMS_ACCEPT : BlankFormOperation.CUSTOMS_REJECT);
            if (!ok) {
                e.certificateNumber = null;
            }
            review.receipt(e.subject(), e.receipts, ok ? "A" : "R", ok ? e.state.nameZh()
                    : "退回: the form type " + e.issue.formType() + " is not the certificate's type", e.state.nameZh());
        }
    }

    private static String serial(String field, String value) {
        Checks.optional(field, Checks.text(field, value), "[0-9]{1,20}", "a serial number of 1 to 20 digits");
        return value;
    }

    /** {@code count} serials from {@code first}, keeping its width (leading zeros). */
    private static List<String> run(String first, int count) {
        BigInteger start = new BigInteger(first);
        List<String> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String s = start.add(BigInteger.valueOf(i)).toString();
            out.add(s.length() < first.length() ? "0".repeat(first.length() - s.length()) + s : s);
        }
        return out;
    }
}
