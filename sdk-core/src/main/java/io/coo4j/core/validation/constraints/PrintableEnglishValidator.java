package io.coo4j.core.validation.constraints;

import io.coo4j.core.validation.Checks;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/** Checks {@link PrintableEnglish} with {@link Checks}, the same function coo4j's own validators use. */
public final class PrintableEnglishValidator implements ConstraintValidator<PrintableEnglish, String> {
    /** Jakarta Validation creates one for each {@link PrintableEnglish} constraint it checks; it holds no state. */
    public PrintableEnglishValidator() {
    }

    @Override
    public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        return Checks.isPrintableEnglish(value);
    }
}
