package io.coo4j.core.validation.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/** Checks {@link HsCode} with the same check, the same function coo4j's own validators use. */
public final class HsCodeValidator implements ConstraintValidator<HsCode, String> {
    /** Jakarta Validation creates one for each {@link HsCode} constraint it checks; it holds no state. */
    public HsCodeValidator() {
    }

    @Override
    public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        return io.coo4j.core.hs.HsCode.isValidFormat(value);
    }
}
