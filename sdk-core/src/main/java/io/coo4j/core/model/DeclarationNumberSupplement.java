package io.coo4j.core.model;

import io.coo4j.core.lifecycle.SupplementState;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An export-declaration-number supplement (报关单补录, 001 ch.9) for an approved certificate of the
 * customs or CCPIT: whether the goods were actually exported and, if so, the customs declaration numbers
 * (entered separated by {@code ;}).
 *
 * @param certificateNumber the approved certificate's number
 * @param issuer who issued it: the customs or CCPIT
 * @param actuallyExported whether the goods were actually exported
 * @param declarationNumbers the customs declaration numbers (报关单号)
 * @param state the state in the supplement lifecycle
 * @param receipts the receipts (回执)
 */
public record DeclarationNumberSupplement(
        @Nullable String certificateNumber,
        @Nullable Issuer issuer,
        boolean actuallyExported,
        List<String> declarationNumbers,
        @Nullable SupplementState state,
        List<Receipt> receipts) {

    /** Copies the lists; a {@code null} list reads as empty and a {@code null} element is refused. */
    public DeclarationNumberSupplement(@Nullable String certificateNumber, @Nullable Issuer issuer,
            boolean actuallyExported, @Nullable List<String> declarationNumbers, @Nullable SupplementState state,
            @Nullable List<Receipt> receipts) {
        // Not compact: the parameter may be null, the component never is.
        declarationNumbers = Lists.copy(declarationNumbers, "DeclarationNumberSupplement", "declarationNumbers");
        receipts = Lists.copy(receipts, "DeclarationNumberSupplement", "receipts");
        this.certificateNumber = certificateNumber;
        this.issuer = issuer;
        this.actuallyExported = actuallyExported;
        this.declarationNumbers = declarationNumbers;
        this.state = state;
        this.receipts = receipts;
    }
}
