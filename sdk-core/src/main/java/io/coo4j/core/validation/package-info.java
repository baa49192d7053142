/**
 * Field validation with stable rule codes and messages in English and Chinese: the rules, the validator of
 * single fields, the report it answers with and the service interface ({@link io.coo4j.core.validation.RuleSet})
 * through which other modules add their rules.
 */
@NullMarked
package io.coo4j.core.validation;

import org.jspecify.annotations.NullMarked;
