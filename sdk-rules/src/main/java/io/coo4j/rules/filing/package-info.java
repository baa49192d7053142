/**
 * CCPIT goods filings (商品备案, 002): the checks of a filing before it is declared ({@link
 * io.coo4j.rules.filing.GoodsFilingChecker}) and the check that a CCPIT preferential certificate carries filed goods
 * only ({@link io.coo4j.rules.filing.FiledGoodsCheck}). The rules they report are {@code CertificateRule.GOODS_FILING_*}.
 */
@NullMarked
package io.coo4j.rules.filing;

import org.jspecify.annotations.NullMarked;
