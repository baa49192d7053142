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
 * The annotated string, when not null, is a 9-character organization code (组织机构代码; 003: "请输入代理企业9位组织机构
 * 代码"), letters or digits. Message key {@code io.coo4j.ORGANIZATION_CODE_FORMAT}.
 *
 * @since 0.1
 */
@Documented
@Constraint(validatedBy = OrganizationCodeValidator.class)
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
@Retention(RUNTIME)
public @interface OrganizationCode {
    /**
     * The message, by default the rule's key in sdk-core's bundle.
     *
     * @return the message template
     */
    String message() default "{io.coo4j.ORGANIZATION_CODE_FORMAT}";

    /**
     * The validation groups.
     *
     * @return the groups the constraint belongs to
     */
    Class<?>[] groups() default {};

    /**
     * The payload.
     *
     * @return the payload attached to the constraint
     */
    Class<? extends Payload>[] payload() default {};
}
