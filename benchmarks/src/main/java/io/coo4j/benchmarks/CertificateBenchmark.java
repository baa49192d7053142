package io.coo4j.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.coo4j.core.data.DataPack;
import io.coo4j.core.json.CooJacksonModule;
import io.coo4j.core.json.CooJson;
import io.coo4j.core.model.Certificate;
import io.coo4j.core.reference.ReferenceData;
import io.coo4j.core.validation.FieldValidator;
import io.coo4j.core.validation.ValidationReport;
import io.coo4j.rules.CertificateValidator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Issue 2's target: parse + field validation of a 50-line certificate ≥ 10,000 per second on one core.
 * The certificate is the E sample with 50 distinct goods lines; with a data pack ({@code -Dcoo4j.data=DIR})
 * the HS existence check runs too. Run from the repository's top folder.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class CertificateBenchmark {
    @Param({"50"})
    int lines;

    /**
     * {@code canonical}: coo4j's own output, pretty-printed with every null written (≈ 43 KB for 50 lines);
     * {@code erp}: what an ERP sends, compact and with the empty fields left out (≈ 20 KB).
     */
    @Param({"erp", "canonical"})
    String shape;

    private static final ObjectReader JACKSON = new ObjectMapper().registerModule(new CooJacksonModule())
            .readerFor(Certificate.class);

    private byte[] json;
    private Certificate certificate;
    private FieldValidator validator;
    private CertificateValidator fullValidator;

    @Setup
    public void setUp() throws IOException {
        certificate = BenchmarkCertificates.withLines(lines);
        json = "canonical".equals(shape) ? CooJson.strict().writeBytes(certificate) : erp(certificate);
        String data = System.getProperty("coo4j.data");
        DataPack pack = data == null ? DataPack.empty() : DataPack.load(Path.of(data));
        validator = FieldValidator.create(ReferenceData.defaults(), pack);
        fullValidator = CertificateValidator.create(ReferenceData.defaults(), pack);
        if (!fullValidator.validate(certificate).valid()) {
            throw new IllegalStateException("the benchmark certificate must be valid: " + fullValidator.validate(certificate));
        }
    }

    /** Compact JSON without the null fields and empty lists, which the JSON format lets a writer leave out. */
    private static byte[] erp(Certificate c) throws IOException {
        ObjectMapper m = CooJson.strict().mapper();
        JsonNode tree = m.valueToTree(c);
        prune(tree);
        return m.writeValueAsBytes(tree);
    }

    private static void prune(JsonNode node) {
        if (node instanceof ObjectNode o) {
            List<String> empty = new ArrayList<>();
            o.fields().forEachRemaining(e -> {
                if (e.getValue().isNull() || e.getValue().isArray() && e.getValue().isEmpty()) {
                    empty.add(e.getKey());
                } else {
                    prune(e.getValue());
                }
            });
            o.remove(empty);
        } else if (node.isArray()) {
            node.forEach(CertificateBenchmark::prune);
        }
    }

    @Benchmark
    public Certificate parse() {
        return CooJson.strict().readCertificate(json, "bench");
    }

    /** Baseline: Jackson's own data binding (lenient, no duplicate check) on the same bytes. */
    @Benchmark
    public Certificate jacksonDatabindParse() throws IOException {
        return JACKSON.readValue(json);
    }

    @Benchmark
    public ValidationReport validate() {
        return validator.validate(certificate);
    }

    @Benchmark
    public ValidationReport parseAndValidate() {
        return validator.validate(CooJson.strict().readCertificate(json, "bench"));
    }

    /** Issue 3's target: every rule of the type and agreement (field checks included) ≥ 20,000/s. */
    @Benchmark
    public ValidationReport fullValidate() {
        return fullValidator.validate(certificate);
    }

    @Benchmark
    public ValidationReport parseAndFullValidate() {
        return fullValidator.validate(CooJson.strict().readCertificate(json, "bench"));
    }

    @Benchmark
    public byte[] write() {
        return CooJson.strict().writeBytes(certificate);
    }
}
