/**
 * Self-print PDFs (自助打印) of certificates of origin: {@link io.coo4j.print.PdfRenderer} draws the certificate
 * in its form family's layout, the application form, the invoice and the authentication slip, standard or overlay,
 * original or copy, with background pattern, seals and signatures. Fonts come from a {@link io.coo4j.print.FontProvider}.
 * Everything under {@code internal} is not API.
 */
@NullMarked
package io.coo4j.print;

import org.jspecify.annotations.NullMarked;
