package io.coo4j.rules.backtoback;

import io.coo4j.core.InvalidInputException;
import io.coo4j.core.model.GoodsItem;
import io.coo4j.core.model.InboundLine;

/**
 * A goods line made from an inbound proof's line, with the line it came from: the reference back to the original
 * proof that a {@link GoodsItem} has no field for.
 *
 * @param from  the inbound line picked
 * @param goods the goods line filled from it (序号, HS code, description, origin criterion, country of origin, quantity)
 * @since 0.1
 */
public record PickedLine(InboundLine from, GoodsItem goods) {
    /** Refuses a missing line: a picked line always has both ends. */
    public PickedLine {
        InvalidInputException.requireArgument(from, "PickedLine", "from");
        InvalidInputException.requireArgument(goods, "PickedLine", "goods");
    }
}
