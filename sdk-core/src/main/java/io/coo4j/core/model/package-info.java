/**
 * The domain model of certificates of origin (原产地证书) and everything an enterprise keeps
 * around them in the Single Window (单一窗口): immutable values, collections copied and
 * unmodifiable, money and percentages as {@link java.math.BigDecimal}, dates as
 * {@link java.time.LocalDate}. Optional values are {@code null}; lists are never {@code null}.
 *
 * <p>All types here are immutable and therefore thread-safe.
 */
package io.coo4j.core.model;
