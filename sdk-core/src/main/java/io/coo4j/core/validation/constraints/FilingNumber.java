package io.coo4j.core.validation.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated string, when not null, is a 9-digit CO filing number (产地证备案号, 001 ch.1).
 * Message key {@code io.coo4j.FILING_NUMBER_FORMAT}.
 *
 * @since 0.1
 */
@Documented
@Constraint(validatedBy = FilingNumberValidator.class)
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
@Retention(RUNTIME)
public @interface FilingNumber {
    /** The message, by default coo4j's text for {@code io.coo4j.FILING_NUMBER_FORMAT} in the validator's locale. */
    String message() default "{io.coo4j.FILING_NUMBER_FORMAT}";

    /** The Bean Validation groups the check belongs to; none means the default group. */
    Class<?>[] groups() default {};

    /** Bean Validation payload for the caller's own use; coo4j reads none. */
    Class<? extends Payload>[] payload() default {};
}
