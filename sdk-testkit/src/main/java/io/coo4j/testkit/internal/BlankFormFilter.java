package io.coo4j.testkit.internal;

import static io.coo4j.testkit.internal.QueryFilters.is;

import io.coo4j.core.lifecycle.BlankFormState;
import io.coo4j.core.model.BlankForm;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The filters of 空白证单查询 (001 ch.8: "空白证单流水号、空白证单类型、使用证书号、空白证书状态、领用起止日期") and the holder,
 * read from a call's query; a value that cannot be read, or a receiving range whose start is after its end, is a
 * {@code 400} naming the parameter. Immutable.
 */
final class BlankFormFilter implements Predicate<BlankForm> {
    private final String serialNumber;
    private final String formType;
    private final String certificateNumber;
    private final BlankFormState state;
    private final QueryFilters.Range<LocalDate> received;
    private final String holderCode;

    BlankFormFilter(Map<String, String> query) {
        serialNumber = query.get("serialNumber");
        formType = query.get("formType");
        certificateNumber = query.get("certificateNumber");
        state = Params.enumValue(query, "state", BlankFormState.class);
        received = QueryFilters.days(query, "receivedFrom", "receivedTo");
        holderCode = query.get("holderCode");
    }

    @Override
    public boolean test(BlankForm f) {
        return is(serialNumber, f.serialNumber()) && is(formType, f.formType())
                && is(certificateNumber, f.certificateNumber()) && is(state, f.state())
                && received.contains(f.receivedDate()) && is(holderCode, f.holderCode());
    }
}
