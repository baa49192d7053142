package io.coo4j.rules.backtoback;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One choice from the inbound proof's lines (进境货物原产地信息): the 使用 button on line {@code itemNumber}, with the
 * quantity this certificate re-exports of it, in the line's unit. One pick makes one goods line: "每次新增货物信息仅可选择一项"
 * (001 §1.24, §1.26).
 *
 * @param itemNumber the inbound line's item number on the original proof
 * @param quantity   how much of it goes on this certificate; more than zero
 * @since 0.1
 */
public record InboundPick(int itemNumber, @Nullable BigDecimal quantity) {
}
