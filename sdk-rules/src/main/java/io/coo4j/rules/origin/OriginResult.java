package io.coo4j.rules.origin;

import java.math.BigDecimal;
import java.util.List;

/**
 * Origin under one agreement: whether the product qualifies, the criterion to print on the certificate (null when
 * it does not qualify or coo4j does not know the agreement's code for the way it qualified), the build-down RVC in
 * percent (2 decimals HALF_UP), and the trace of every test. The JSON shape of {@code coo origin} (FORMATS.md).
 */
public record OriginResult(String agreement, boolean qualifies, String criterion, BigDecimal rvc, List<OriginTest> tests) {
    public OriginResult {
        tests = List.copyOf(tests);
    }
}
