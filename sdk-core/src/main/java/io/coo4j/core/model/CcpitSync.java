package io.coo4j.core.model;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One CCPIT data sync (数据同步, 002) as its history list shows it: "同步类型 同步状态 请求用户 请求时间 更新时间 同步数量 备注",
 * e.g. 商品备案, 同步完成, 0 records, "商品备案同步成功". Immutable.
 *
 * @param id          the service's id of the sync
 * @param kind        what it brings (同步类型)
 * @param status      where it is (同步状态)
 * @param requestedBy who asked (请求用户)
 * @param requestedAt when (请求时间)
 * @param updatedAt   when its status last changed (更新时间)
 * @param count       how many records it brought (同步数量); 0 while it runs
 * @param remark      CCPIT's remark (备注), e.g. {@code 企业备案信息同步成功}
 * @since 0.1
 */
public record CcpitSync(
        @Nullable String id,
        @Nullable CcpitSyncKind kind,
        @Nullable CcpitSyncStatus status,
        @Nullable String requestedBy,
        @Nullable Instant requestedAt,
        @Nullable Instant updatedAt,
        int count,
        @Nullable String remark) {
}
