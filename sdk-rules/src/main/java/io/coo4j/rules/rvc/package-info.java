/**
 * Regional value content (区域价值成分): build-down and build-up on the FOB value, and the agreements' general
 * thresholds.
 */
@NullMarked
package io.coo4j.rules.rvc;

import org.jspecify.annotations.NullMarked;
