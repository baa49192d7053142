package io.coo4j.core.validation.constraints;

import io.coo4j.core.validation.Checks;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/** Checks {@link FilingNumber} with {@link Checks}, the same function coo4j's own validators use. */
public final class FilingNumberValidator implements ConstraintValidator<FilingNumber, String> {
    /** Jakarta Validation creates one for each {@link FilingNumber} constraint it checks; it holds no state. */
    public FilingNumberValidator() {
    }

    @Override
    public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        return Checks.isFilingNumber(value);
    }
}
