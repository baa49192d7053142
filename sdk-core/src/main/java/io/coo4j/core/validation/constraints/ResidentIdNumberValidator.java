package io.coo4j.core.validation.constraints;

import io.coo4j.core.validation.Checks;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/** Checks {@link ResidentIdNumber} with {@link Checks}, the same function coo4j's own validators use. */
public final class ResidentIdNumberValidator implements ConstraintValidator<ResidentIdNumber, String> {
    /** Jakarta Validation creates one for each {@link ResidentIdNumber} constraint it checks; it holds no state. */
    public ResidentIdNumberValidator() {
    }

    @Override
    public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        if (!(Checks.isResidentIdFormat(value))) {
            return false;
        }
        if (Checks.isResidentId(value)) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate("{io.coo4j.RESIDENT_ID_CHECK}").addConstraintViolation();
        return false;
    }
}
