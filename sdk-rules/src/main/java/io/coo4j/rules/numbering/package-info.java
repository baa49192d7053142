/**
 * Certificate numbering (证书编号, <a href="https://github.com/coo4j/coo4j/blob/main/docs/domain.md">docs/domain.md</a>; 001 ch.4; 003): the number as a value
 * ({@link io.coo4j.rules.numbering.CertificateNumber}), the serial (流水号) counters behind it as a pluggable
 * {@link io.coo4j.rules.numbering.SerialStore} — in memory, a crash-safe file, or a JDBC table — and the
 * {@link io.coo4j.rules.numbering.CertificateNumberGenerator} that issues numbers and derives amendments, reissues,
 * copies and conversions. Values are immutable; stores and the generator are thread-safe and meant to be shared.
 * {@code io.coo4j.rules.numbering.internal} is not API.
 */
@NullMarked
package io.coo4j.rules.numbering;

import org.jspecify.annotations.NullMarked;
