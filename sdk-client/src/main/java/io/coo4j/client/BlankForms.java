package io.coo4j.client;

import io.coo4j.client.internal.Api;
import io.coo4j.core.InvalidInputException;
import io.coo4j.core.lifecycle.BlankFormState;
import io.coo4j.core.model.BlankForm;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Pre-printed blank certificate forms (空白证单, 001 ch.8): consume (核销) forms for an approved certificate — typed in,
 * or the next N consecutive unused serials of the exporter or of an agent — void (作废) unused ones, and query. A
 * request changes all its forms or none; each form then gets the customs' receipt (accepted, or refused: unused
 * again). What {@code BlankFormLifecycle} refuses is a {@link ConflictException}. Obtained from
 * {@link CooClient#blankForms()}; thread-safe (线程安全).
 *
 * @since 0.1
 */
public final class BlankForms {
    private static final String ROOT = "blank-forms";

    private final Api api;

    BlankForms(Api api) {
        this.api = api;
    }

    /** 核销 the forms with these serial numbers for the approved certificate. */
    public List<BlankForm> consume(String certificateNumber, List<String> serialNumbers) {
        Map<String, Object> body = new HashMap<>();
        body.put("certificateNumber", certificate(certificateNumber));
        body.put("serialNumbers", InvalidInputException.requireList(serialNumbers, "blank forms", "serialNumbers"));
        return api.postForItems("blankForms.consume", BlankForm.class, body, ROOT, "consume");
    }

    /** 核销 the next {@code count} consecutive unused forms held by {@code holderCode} (the exporter or an agent). */
    public List<BlankForm> consumeNext(String certificateNumber, String holderCode, int count) {
        Map<String, Object> body = new HashMap<>();
        body.put("certificateNumber", certificate(certificateNumber));
        body.put("holderCode", Api.required("blank forms", "holderCode", holderCode));
        body.put("count", count);
        return api.postForItems("blankForms.consumeNext", BlankForm.class, body, ROOT, "consume");
    }

    /** 作废 unused forms. */
    public List<BlankForm> voidForms(List<String> serialNumbers) {
        return api.postForItems("blankForms.voidForms", BlankForm.class, Map.of("serialNumbers",
                InvalidInputException.requireList(serialNumbers, "blank forms", "serialNumbers")), ROOT, "void");
    }

    /** The form with this serial number (空白证单流水号); a {@link NotFoundException} when there is none. */
    public BlankForm get(String serialNumber) {
        return api.get("blankForms.get", BlankForm.class, ROOT, Api.required("blank form", "serialNumber",
                serialNumber));
    }

    /** The forms in {@code state} held by {@code holderCode} (either {@code null}: any), page by page. */
    public Iterable<BlankForm> list(@Nullable BlankFormState state, @Nullable String holderCode) {
        Map<String, String> filters = new HashMap<>();
        filters.put("state", state == null ? null : state.name());
        filters.put("holderCode", holderCode);
        return () -> api.pages("blankForms.list", BlankForm.class, filters, 0, ROOT);
    }

    /** The forms matching {@code query} (空白证单查询's filters), fetched page by page while the iteration goes on. */
    public Iterable<BlankForm> list(BlankFormQuery query) {
        Map<String, String> filters = Api.required("blank form query", "query", query).parameters();
        return () -> api.pages("blankForms.list", BlankForm.class, filters, query.pageSize(), ROOT);
    }

    private static String certificate(String number) {
        return Api.required("blank forms", "certificateNumber", number);
    }
}
