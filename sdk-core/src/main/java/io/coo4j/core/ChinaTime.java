package io.coo4j.core;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * China's time (Asia/Shanghai), in which the Single Window counts dates and years: a certificate year or an
 * agreement's entry into force turns at midnight in Beijing, not in UTC.
 *
 * @since 0.1
 */
public final class ChinaTime {
    /** The zone of Beijing time. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private ChinaTime() {
    }

    /** Today's date in China. */
    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }
}
