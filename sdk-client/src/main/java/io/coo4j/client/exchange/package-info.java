/**
 * ERP docking through the Single Window import client's folders (企业 ERP 对接, 001 ch.15):
 * {@link io.coo4j.client.exchange.FileExchange} writes customs import messages into its OutBox and applies the
 * receipts (回执) it leaves in its InBox, behind the same {@link io.coo4j.client.CertificateChannel} as the HTTP
 * client. Folders, naming, atomicity and restart semantics: <a href="https://github.com/coo4j/coo4j/blob/main/docs/file-exchange.md">docs/file-exchange.md</a>.
 *
 * @since 0.1
 */
@NullMarked
package io.coo4j.client.exchange;

import org.jspecify.annotations.NullMarked;
