package io.coo4j.core.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One invoice of an RCEP certificate (001 §1.25): all invoices of one certificate share the price
 * term, and every goods line names one of them by number.
 */
public record Invoice(
        String number,
        LocalDate date,
        String priceTerm,
        String currency,
        BigDecimal amount,
        String contractNumber,
        String letterOfCreditNumber,
        String specialTerms) {
}
