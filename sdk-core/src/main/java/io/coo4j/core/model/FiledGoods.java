package io.coo4j.core.model;

import io.coo4j.core.InvalidInputException;
import io.coo4j.core.lifecycle.GoodsFilingState;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The goods an enterprise has filed with CCPIT and CCPIT approved (商品备案, 002), as a lookup: "优惠原产地证书, 录入的商品
 * 信息必须是已备案并审核通过的商品数据". The ERP supplies it to the certificate validator (from its own records, or from
 * the service's list after a sync, {@link #of}); without it that check is reported as not made, never as passed.
 * Implementations must be thread-safe.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface FiledGoods {
    /**
     * Whether goods of {@code hsCode} are filed and approved for {@code certificateType}.
     *
     * @param certificateType a certificate type code, e.g. {@code E}; {@code null} (a draft's type not filled in) is never approved
     * @param hsCode          the goods line's HS code, compared as it is written (the line is taken from the filing);
     *                        {@code null} (not filled in) is never approved
     * @return true only for an approved filing of that code for that type
     */
    boolean approved(@Nullable String certificateType, @Nullable String hsCode);

    /**
     * The approved filings among {@code records}; the others (drafts, declared, returned) do not count. A snapshot:
     * later changes to the records are not seen.
     *
     * @param records goods filings, e.g. everything the service lists
     * @return the lookup
     */
    static FiledGoods of(Collection<GoodsFilingRecord> records) {
        InvalidInputException.requireArgument(records, "FiledGoods.of", "records");
        Set<String> keys = new HashSet<>();
        for (GoodsFilingRecord r : records) {
            if (r.state() == GoodsFilingState.APPROVED && r.filing() != null && r.filing().hsCode() != null) {
                for (String region : r.filing().regions()) {
                    keys.add(region + "|" + r.filing().hsCode());
                }
            }
        }
        Set<String> approved = Set.copyOf(keys);
        return (type, hs) -> type != null && hs != null && approved.contains(type + "|" + hs);
    }
}
