package io.coo4j.rules.backtoback;

import io.coo4j.core.InvalidInputException;
import io.coo4j.core.model.GoodsItem;
import io.coo4j.core.model.InboundLine;
import io.coo4j.core.model.Quantity;
import io.coo4j.rules.CertificateRule;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Picks the goods of a movement certificate (流动证明, 001 §1.24) or an RCEP back-to-back certificate (001 §1.26) from
 * the inbound proof's lines, as the 使用 button does: "进境货物原产地信息展示列表中点击操作列中的使用按钮，每次新增货物信息
 * 仅可选择一项" and "被使用的进境货物信息会反填到货物信息录入界面中". Each pick becomes one goods line carrying the
 * inbound line's HS code, description, origin criterion and country of origin, and the quantity picked in the line's unit.
 *
 * <p>The picks of one line together may not exceed what the line covers: "the total quantity of each product covered in
 * the MC does not exceed the total quantity of each product covered in the original Certificate of Origin (Form E)"
 * (ACFTA OCP, Attachment A, Rule 12(a)(iv)); "the total quantity re-exported under the partial shipment shall not exceed
 * the total quantity of the original Proof of Origin" (RCEP Article 3.19.1(e)). A selection that would is refused, not
 * cut down. Pure: the same input gives the same lines.
 *
 * @since 0.1
 */
public final class InboundSelection {
    private InboundSelection() {
    }

    /**
     * The goods lines for {@code picks}, numbered from 1 in the order picked.
     *
     * @throws InvalidInputException naming {@code picks[i]} when a pick names no line, its quantity is not positive, the
     *                               line has no quantity, or the picks of a line add up to more than it covers
     */
    public static List<PickedLine> pick(List<InboundLine> lines, List<InboundPick> picks) {
        InvalidInputException.requireList(lines, "InboundSelection.pick", "lines");
        InvalidInputException.requireList(picks, "InboundSelection.pick", "picks");
        Map<Integer, InboundLine> byItem = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            InboundLine line = lines.get(i);
            if (byItem.putIfAbsent(line.itemNumber(), line) != null) {
                throw new InvalidInputException("lines[" + i + "]", "itemNumber", "item " + line.itemNumber()
                        + " appears twice on the inbound proof: a pick could not say which line it takes");
            }
        }
        Map<Integer, BigDecimal> used = new HashMap<>();
        List<PickedLine> out = new ArrayList<>(picks.size());
        for (int i = 0; i < picks.size(); i++) {
            InboundPick pick = picks.get(i);
            String at = "picks[" + i + "]";
            InboundLine line = byItem.get(pick.itemNumber());
            if (line == null) {
                throw new InvalidInputException(at, "itemNumber", "the inbound proof has no item " + pick.itemNumber()
                        + " (001 §1.24: goods are chosen from the inbound proof's lines, 进境货物原产地信息)");
            }
            if (pick.quantity() == null || pick.quantity().signum() <= 0) {
                throw new InvalidInputException(at, "quantity", "the quantity picked must be more than zero");
            }
            if (line.quantity() == null || line.quantity().value() == null) {
                throw new InvalidInputException(at, "itemNumber", "inbound item " + line.itemNumber()
                        + " states no quantity: what it covers is unknown, so nothing can be drawn on it");
            }
            BigDecimal total = used.merge(line.itemNumber(), pick.quantity(), BigDecimal::add);
            if (total.compareTo(line.quantity().value()) > 0) {
                throw new InvalidInputException(at, "quantity", "the picks of inbound item " + line.itemNumber()
                        + " add up to " + total.toPlainString() + " " + line.quantity().unit() + ", more than the "
                        + line.quantity().value().toPlainString() + " the original proof covers (" + CertificateRule.BACK_TO_BACK_QUANTITY_OVER_ORIGINAL.source() + ")");
            }
            out.add(new PickedLine(line, goods(out.size() + 1, line, pick.quantity())));
        }
        return List.copyOf(out);
    }

    private static GoodsItem goods(int seq, InboundLine line, BigDecimal quantity) {
        return GoodsItem.builder().seq(seq).hsCode(line.hsCode()).nameEn(line.description())
                .originCriterion(line.originCriterion()).originCountry(line.originCountry())
                .quantity(new Quantity(quantity, line.quantity().unit())).build();
    }
}
