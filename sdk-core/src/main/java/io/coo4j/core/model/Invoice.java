package io.coo4j.core.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One invoice of an RCEP certificate (001 §1.25): all invoices of one certificate share the price
 * term, and every goods line names one of them by number.
 *
 * <p>Immutable; build with {@link #builder()}, change with {@link #toBuilder()}.
 */
public record Invoice(
        @Nullable String number,
        @Nullable LocalDate date,
        @Nullable String priceTerm,
        @Nullable String currency,
        @Nullable BigDecimal amount,
        @Nullable String contractNumber,
        @Nullable String letterOfCreditNumber,
        @Nullable String specialTerms) {
    /** A builder with every field empty. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's fields, to change some of them. */
    public Builder toBuilder() {
        return builder().number(number).date(date).priceTerm(priceTerm).currency(currency).amount(amount)
                .contractNumber(contractNumber).letterOfCreditNumber(letterOfCreditNumber).specialTerms(specialTerms);
    }

    /** Builder of {@link Invoice}. Not thread-safe. */
    public static final class Builder {
        private @Nullable String number;
        private @Nullable LocalDate date;
        private @Nullable String priceTerm;
        private @Nullable String currency;
        private @Nullable BigDecimal amount;
        private @Nullable String contractNumber;
        private @Nullable String letterOfCreditNumber;
        private @Nullable String specialTerms;

        private Builder() {
        }

        public Builder number(@Nullable String v) { number = v; return this; }
        public Builder date(@Nullable LocalDate v) { date = v; return this; }
        public Builder priceTerm(@Nullable String v) { priceTerm = v; return this; }
        public Builder currency(@Nullable String v) { currency = v; return this; }
        public Builder amount(@Nullable BigDecimal v) { amount = v; return this; }
        public Builder contractNumber(@Nullable String v) { contractNumber = v; return this; }
        public Builder letterOfCreditNumber(@Nullable String v) { letterOfCreditNumber = v; return this; }
        public Builder specialTerms(@Nullable String v) { specialTerms = v; return this; }

        public Invoice build() {
            return new Invoice(number, date, priceTerm, currency, amount, contractNumber, letterOfCreditNumber,
                    specialTerms);
        }
    }
}
