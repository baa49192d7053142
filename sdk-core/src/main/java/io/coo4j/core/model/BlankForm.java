package io.coo4j.core.model;

import io.coo4j.core.lifecycle.BlankFormState;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A pre-printed blank certificate form (空白证单, 001 ch.8): its serial number and form type, whom it
 * was issued to (the exporter itself or an agent), when, the certificate that consumed it, its state
 * and receipts.
 *
 * @param serialNumber the form's printed serial number
 * @param formType the form type
 * @param holderCode the code of the enterprise it was issued to
 * @param heldByAgent whether it was issued to an agent rather than the exporter itself
 * @param receivedDate when it was issued
 * @param certificateNumber the certificate that consumed it, {@code null} while unused
 * @param state the state in the blank-form lifecycle
 * @param receipts the receipts (回执)
 */
public record BlankForm(
        @Nullable String serialNumber,
        @Nullable String formType,
        @Nullable String holderCode,
        boolean heldByAgent,
        @Nullable LocalDate receivedDate,
        @Nullable String certificateNumber,
        @Nullable BlankFormState state,
        List<Receipt> receipts) {

    /** Copies the lists; a {@code null} list reads as empty and a {@code null} element is refused. */
    public BlankForm(@Nullable String serialNumber, @Nullable String formType, @Nullable String holderCode,
            boolean heldByAgent, @Nullable LocalDate receivedDate, @Nullable String certificateNumber,
            @Nullable BlankFormState state, @Nullable List<Receipt> receipts) {
        // Not compact: the parameter may be null, the component never is.
        receipts = Lists.copy(receipts, "BlankForm", "receipts");
        this.serialNumber = serialNumber;
        this.formType = formType;
        this.holderCode = holderCode;
        this.heldByAgent = heldByAgent;
        this.receivedDate = receivedDate;
        this.certificateNumber = certificateNumber;
        this.state = state;
        this.receipts = receipts;
    }
}
