/**
 * Jakarta Bean Validation constraints for the formats coo4j checks, for users who validate their own types
 * with a Bean Validation provider (Hibernate Validator). Messages come from the
 * {@code ContributorValidationMessages} bundles in English and Chinese. The domain model carries them too,
 * so a provider validates a {@link io.coo4j.core.model.Certificate} at field level out of the box.
 */
package io.coo4j.core.validation.constraints;
