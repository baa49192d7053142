/**
 * coo4j's rules beyond single fields: product pre-review cost constraints, regional value content and
 * certificate numbering. Every rule has a stable code, a source and bilingual messages, listed in the
 * generated catalogue. Checkers are immutable and thread-safe.
 */
package io.coo4j.rules;
