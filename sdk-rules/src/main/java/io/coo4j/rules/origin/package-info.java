/**
 * Origin determination (原产地判定) from a bill of materials: the rules of origin as expressions and their syntax,
 * the product-specific rules annexes of a data pack, the engine, and the mapping of its answer to a certificate's
 * goods line.
 */
@NullMarked
package io.coo4j.rules.origin;

import org.jspecify.annotations.NullMarked;
