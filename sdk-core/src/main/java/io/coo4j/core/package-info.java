/**
 * The roots every module shares: the one exception root ({@link io.coo4j.core.CooException}, with
 * {@link io.coo4j.core.InvalidInputException} for bad input), China's time zone, SHA-256 digests and the masking of
 * personal data in logs.
 */
@NullMarked
package io.coo4j.core;

import org.jspecify.annotations.NullMarked;
