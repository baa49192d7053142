/**
 * Jakarta Bean Validation constraints for the formats coo4j checks, for users who validate their own types
 * with a Bean Validation provider (Hibernate Validator). Messages come from sdk-core's bundle in English and
 * Chinese, which its jar also carries as {@code ContributorValidationMessages}, the bundle Hibernate Validator reads
 * from every jar; a merged jar that holds another library's bundle of that name must append the two. The domain model carries them too,
 * so a provider validates a {@link io.coo4j.core.model.Certificate} at field level out of the box.
 */
@NullMarked
package io.coo4j.core.validation.constraints;

import org.jspecify.annotations.NullMarked;
