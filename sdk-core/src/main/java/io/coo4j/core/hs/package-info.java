/**
 * The Harmonized System (协调制度): HS codes as certificates carry them, their levels, and a nomenclature
 * loaded from a data pack.
 */
@NullMarked
package io.coo4j.core.hs;

import org.jspecify.annotations.NullMarked;
