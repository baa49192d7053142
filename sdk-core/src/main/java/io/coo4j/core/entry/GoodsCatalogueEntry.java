package io.coo4j.core.entry;

import io.coo4j.core.InvalidInputException;
import io.coo4j.core.model.Certificate;
import io.coo4j.core.model.GoodsItem;
import org.jspecify.annotations.Nullable;

/**
 * One good kept in the goods catalogue (货物维护, 001 §1.1): a {@code code} the enterprise chooses to name it (its
 * own item number, say), and the goods line it fills (HS code, names, description, package and quantity units, origin
 * criterion, producer, …) as the goods screen would hold it. Its {@code seq} is not kept: picking numbers the line.
 * Immutable.
 *
 * @param code  the entry's name in the catalogue, unique there
 * @param goods the values a picked line starts with
 * @since 0.1
 */
public record GoodsCatalogueEntry(@Nullable String code, @Nullable GoodsItem goods) {
    /**
     * An entry; {@code goods}' sequence number is set to 0, since the catalogue does not keep one. A null code is a
     * draft's: {@link GoodsCatalogue} reports it as a missing required field when the entry is saved.
     */
    public static GoodsCatalogueEntry of(@Nullable String code, GoodsItem goods) {
        return new GoodsCatalogueEntry(code, InvalidInputException.requireArgument(goods, "goods catalogue entry", "goods").toBuilder().seq(0).build());
    }

    /**
     * The goods line this entry fills, numbered {@code seq} (001 §1.1: "双击列表里的货物信息可将数据返填至货物信息页面"):
     * the kept values, to be completed with the shipment's own (package count, quantities, prices, invoice) through
     * {@link GoodsItem#toBuilder()}.
     */
    public GoodsItem line(int seq) {
        return InvalidInputException.requireArgument(goods, "goods catalogue entry " + code, "goods").toBuilder().seq(seq).build();
    }

    /**
     * {@code certificate} with this entry's line appended, numbered one past the highest line number it has.
     *
     * @throws InvalidInputException when the certificate already holds {@link Certificate#MAX_GOODS_LINES} lines
     */
    public Certificate appendTo(Certificate certificate) {
        if (InvalidInputException.requireArgument(certificate, "GoodsCatalogueEntry.appendTo", "certificate").goods().size()
                >= Certificate.MAX_GOODS_LINES) {
            throw new InvalidInputException("GoodsCatalogueEntry.appendTo", "certificate", "a certificate holds at most "
                    + Certificate.MAX_GOODS_LINES + " goods lines");
        }
        int next = certificate.goods().stream().mapToInt(GoodsItem::seq).max().orElse(0) + 1;
        return certificate.toBuilder().addGoods(line(next)).build();
    }
}
