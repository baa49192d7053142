/**
 * Seals (印章) and signatures (签名): standard e-seals generated from their text ({@link io.coo4j.print.seal.SealGenerator}),
 * real ones lifted from scans ({@link io.coo4j.print.seal.SealExtractor}), and the {@link io.coo4j.print.seal.Stamp}s a
 * renderer places at the declaration and certification boxes.
 */
@NullMarked
package io.coo4j.print.seal;

import org.jspecify.annotations.NullMarked;
