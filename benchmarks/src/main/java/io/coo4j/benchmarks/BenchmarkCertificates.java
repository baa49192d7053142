package io.coo4j.benchmarks;

import io.coo4j.core.json.CooJson;
import io.coo4j.core.model.Certificate;
import io.coo4j.core.model.GoodsItem;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The certificates the benchmarks work on: a sample with its first line repeated as distinct lines. */
final class BenchmarkCertificates {
    private BenchmarkCertificates() {
    }

    /** {@code -Dcoo4j.sample=FILE}, else the E sample, with {@code lines} distinct goods lines and the total to match. */
    static Certificate withLines(int lines) throws IOException {
        Path sample = Path.of(System.getProperty("coo4j.sample", "samples/certificates/E.json"));
        Certificate one = CooJson.strict().readCertificate(Files.readAllBytes(sample), sample.toString());
        List<GoodsItem> goods = new ArrayList<>();
        String[] hs = {"851762", "851769", "847130", "940161", "610910"};
        for (int i = 0; i < lines; i++) {
            goods.add(one.goods().get(0).toBuilder().seq(i + 1).hsCode(hs[i % hs.length])
                    .nameEn("NETWORK SWITCH MODEL X-" + i).description("MANAGED ETHERNET SWITCH, 24 PORTS, MODEL X-" + i)
                    .build());
        }
        BigDecimal total = goods.stream().map(GoodsItem::invoiceValue).reduce(BigDecimal.ZERO, BigDecimal::add);
        return one.toBuilder().goods(goods).totalAmount(total).build();
    }
}
