package io.coo4j.rules;

import io.coo4j.core.validation.ValidationReport;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * Told of each validation a {@link CertificateValidator} makes, for metrics: set one with
 * {@link CertificateValidator.Builder#listener(ValidationListener)}. It is called after the report is built, on the
 * validating thread, so it must be cheap and thread-safe. A listener that throws is logged at WARN and ignored: it never
 * changes the report the caller gets.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface ValidationListener {
    /**
     * One validation has ended.
     *
     * @param type     the certificate's type code (证书类型) as it was given, null when it had none; it may be a code the
     *                 reference data does not know, so check it before using it as a metric tag
     * @param purpose  what it was validated for
     * @param valid    whether the report is {@linkplain ValidationReport#valid() valid}
     * @param errors   the ERRORs among the report's listed violations
     * @param duration the time the validation took
     */
    void validated(@Nullable String type, ValidationPurpose purpose, boolean valid, int errors, Duration duration);
}
