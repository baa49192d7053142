/**
 * Back-to-back and movement certificates: the goods of an RCEP back-to-back certificate (背对背原产地证书, 001 §1.26) or
 * a China–ASEAN movement certificate (流动证明, 001 §1.24) picked line by line from the inbound proof's lines
 * (进境货物原产地信息). The rules that bind them to that proof are {@code CertificateRule.BACK_TO_BACK_*}.
 */
@NullMarked
package io.coo4j.rules.backtoback;

import org.jspecify.annotations.NullMarked;
