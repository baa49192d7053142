/**
 * coo4j's JSON contract: strict reading and canonical writing of its documents, the Jackson module of its
 * conventions, the JSON Schemas derived from the model, and an append-only journal of JSON lines.
 */
@NullMarked
package io.coo4j.core.json;

import org.jspecify.annotations.NullMarked;
