package io.coo4j.samples.spring;

import io.coo4j.client.CooClient;
import io.coo4j.core.model.Certificate;
import io.coo4j.core.model.CertificateRecord;
import io.coo4j.core.validation.ValidationReport;
import io.coo4j.rules.CertificateValidator;
import io.coo4j.rules.ValidationPurpose;
import io.coo4j.rules.numbering.CertificateNumber;
import io.coo4j.rules.numbering.CertificateNumberGenerator;
import org.springframework.stereotype.Service;

/**
 * The ERP's one call: validate a certificate of origin (原产地证书), give it its number (证书编号) and declare it (申报)
 * to the Single Window. Every collaborator comes from coo4j's starter: the validator, the number generator on the
 * application's DataSource, and the client configured under {@code coo4j.client.*}.
 */
@Service
public class DeclarationService {
    private final CertificateValidator validator;
    private final CertificateNumberGenerator numbers;
    private final CooClient client;

    public DeclarationService(CertificateValidator validator, CertificateNumberGenerator numbers, CooClient client) {
        this.validator = validator;
        this.numbers = numbers;
        this.client = client;
    }

    /**
     * Declares {@code draft}: checked as a draft first, so that a bad certificate uses up no number; then numbered
     * (one that has its number, being sent again, keeps it), checked with every rule of its type, and declared with its
     * number as the idempotency key, so that sending the same certificate twice makes one declaration.
     *
     * @throws RefusedException when a rule fails, with the report
     */
    public CertificateRecord declare(Certificate draft) {
        check(validator.validate(draft, ValidationPurpose.SAVE));
        Certificate numbered = draft.number() != null ? draft : draft.toBuilder().number(nextNumber(draft)).build();
        check(validator.validate(numbered, ValidationPurpose.DECLARE));
        return client.certificates().declare(numbered, numbered.number());
    }

    /** The next number of the certificate's type, application year and enterprise, from the serial table. */
    private String nextNumber(Certificate c) {
        String enterpriseId = c.filingNumber() != null
                ? CertificateNumber.enterpriseIdFromFilingNumber(c.filingNumber())
                : CertificateNumber.enterpriseIdFromCreditCode(c.creditCode());
        CertificateNumber number = c.applicationDate() != null
                ? numbers.next(c.type(), c.applicationDate().getYear(), enterpriseId)
                : numbers.next(c.type(), enterpriseId); // this year, in Beijing time
        return number.format();
    }

    private static void check(ValidationReport report) {
        if (!report.valid()) {
            throw new RefusedException(report);
        }
    }

    /** A certificate that breaks a rule; {@link #report()} lists every violation with its code, path and message. */
    public static final class RefusedException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient ValidationReport report;

        RefusedException(ValidationReport report) {
            super(report.violations().size() + " violation(s), the first: " + report.violations().get(0).code() + " "
                    + report.violations().get(0).path() + ": " + report.violations().get(0).message());
            this.report = report;
        }

        public ValidationReport report() {
            return report;
        }
    }
}
