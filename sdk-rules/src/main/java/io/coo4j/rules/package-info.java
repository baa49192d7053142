/**
 * coo4j's rules beyond single fields: what each certificate type and agreement requires
 * ({@link io.coo4j.rules.CertificateValidator}) and the origin criteria each type accepts; the sub-packages hold
 * the product pre-review cost constraints, regional value content, origin determination and certificate numbering.
 * Every rule has a stable code, a source and bilingual messages, listed in the generated catalogue. Checkers are
 * immutable and thread-safe.
 */
@NullMarked
package io.coo4j.rules;

import org.jspecify.annotations.NullMarked;
