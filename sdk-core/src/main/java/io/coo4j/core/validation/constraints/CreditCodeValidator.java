package io.coo4j.core.validation.constraints;

import io.coo4j.core.validation.Checks;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/** Checks {@link CreditCode} with {@link Checks}, the same function coo4j's own validators use. */
public final class CreditCodeValidator implements ConstraintValidator<CreditCode, String> {
    /** Jakarta Validation creates one for each {@link CreditCode} constraint it checks; it holds no state. */
    public CreditCodeValidator() {
    }

    @Override
    public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        if (!(Checks.isCreditCodeFormat(value))) {
            return false;
        }
        if (Checks.isCreditCode(value)) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate("{io.coo4j.CREDIT_CODE_CHECK}").addConstraintViolation();
        return false;
    }
}
