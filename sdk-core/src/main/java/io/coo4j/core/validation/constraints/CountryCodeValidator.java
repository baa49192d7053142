package io.coo4j.core.validation.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/** Checks {@link CountryCode} with the same check, the same function coo4j's own validators use. */
public final class CountryCodeValidator implements ConstraintValidator<CountryCode, String> {
    /** Jakarta Validation creates one for each {@link CountryCode} constraint it checks; it holds no state. */
    public CountryCodeValidator() {
    }

    @Override
    public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        return io.coo4j.core.reference.ReferenceData.defaults().countries().exists(value);
    }
}
