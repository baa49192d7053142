/**
 * Data-entry helpers (录入辅助) of the Single Window's certificate screens, as pure functions an ERP calls while it
 * fills a certificate: the transport-details sentence (运输细节 生成), upper-case conversion (大写转换), pre-filling
 * from a principal (委托企业) or a base-data profile (出口商维护 / 进口商维护), and the goods catalogue (货物维护)
 * whose entries are picked into goods lines. Initial values (初始值) are {@link io.coo4j.core.model.InitialValues#prefill}.
 *
 * <p>Nothing here validates a certificate: the helpers fill fields as the screens do, and the validators judge the
 * result. Every type is immutable or thread-safe, as its Javadoc says.
 */
@NullMarked
package io.coo4j.core.entry;

import org.jspecify.annotations.NullMarked;
