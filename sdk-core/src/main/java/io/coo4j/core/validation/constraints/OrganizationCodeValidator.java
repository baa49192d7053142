package io.coo4j.core.validation.constraints;

import io.coo4j.core.validation.Checks;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/** Checks {@link OrganizationCode} with {@link Checks}, the same function coo4j's own validators use. */
public final class OrganizationCodeValidator implements ConstraintValidator<OrganizationCode, String> {
    /** Jakarta Validation creates one for each {@link OrganizationCode} constraint it checks; it holds no state. */
    public OrganizationCodeValidator() {
    }

    @Override
    public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        return Checks.isOrganizationCode(value);
    }
}
