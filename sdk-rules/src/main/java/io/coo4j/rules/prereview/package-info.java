/**
 * The product pre-review (产品预审) check: field rules and the six cost constraints of a pre-review or of a
 * verification record's product cost details, with the non-originating shares.
 */
@NullMarked
package io.coo4j.rules.prereview;

import org.jspecify.annotations.NullMarked;
