/**
 * Excel exchange for certificates of origin (原产地证书): the goods template of each certificate type and the goods
 * import ({@link io.coo4j.excel.GoodsTemplate}, {@link io.coo4j.excel.GoodsImporter}), the certificate list export
 * ({@link io.coo4j.excel.CertificateListExport}) and the statistics workbook with native charts
 * ({@link io.coo4j.excel.StatisticsWorkbook}). Writers and readers are immutable and thread-safe; everything under
 * {@code io.coo4j.excel.internal} is implementation and may change without notice.
 *
 * @since 0.1
 */
@NullMarked
package io.coo4j.excel;

import org.jspecify.annotations.NullMarked;
