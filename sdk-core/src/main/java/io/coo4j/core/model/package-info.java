/**
 * The domain model of certificates of origin (原产地证书) and everything an enterprise keeps
 * around them in the Single Window (单一窗口): immutable values, collections copied and
 * unmodifiable, money and percentages as {@link java.math.BigDecimal}, dates as
 * {@link java.time.LocalDate}. Optional values are {@code null} and marked
 * {@link org.jspecify.annotations.Nullable @Nullable}; lists are never {@code null}. Build a value with its
 * {@code builder()}: unlike the canonical constructor, a builder keeps compiling and linking when a later version
 * adds a field.
 *
 * <p>All types here are immutable and therefore thread-safe.
 */
@NullMarked
package io.coo4j.core.model;

import org.jspecify.annotations.NullMarked;
