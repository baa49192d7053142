/**
 * The customs import message (原产地证书数据及附件导入报文, GACC announcement 2022 No. 1) through which an ERP system
 * hands certificates of origin to the Single Window import client, and the receipts (回执) it gets back:
 * {@link io.coo4j.client.message.CustomsMessageWriter}, {@link io.coo4j.client.message.CustomsMessageReader},
 * {@link io.coo4j.client.message.ReceiptReader} and {@link io.coo4j.client.message.CustomsSchema}. The mapping to
 * coo4j's model, element by element, is <a href="https://github.com/coo4j/coo4j/blob/main/docs/customs-message.md">docs/customs-message.md</a>.
 *
 * @since 0.1
 */
@NullMarked
package io.coo4j.client.message;

import org.jspecify.annotations.NullMarked;
