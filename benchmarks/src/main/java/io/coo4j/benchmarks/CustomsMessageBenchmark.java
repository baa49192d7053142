package io.coo4j.benchmarks;

import io.coo4j.client.message.ApplyType;
import io.coo4j.client.message.CustomsMessage;
import io.coo4j.client.message.CustomsMessageReader;
import io.coo4j.client.message.CustomsMessageWriter;
import io.coo4j.client.message.CustomsSchema;
import io.coo4j.core.model.Certificate;
import java.io.ByteArrayInputStream;
import java.io.IOException;
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
 * Issue 9: writing the customs import message of a 50-line certificate, with and without validating it against
 * the customs' schema ({@code customs/coo.xsd} of the data pack named by {@code -Dcoo4j.data=DIR}), and reading it back.
 * Run from the repository's top folder.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class CustomsMessageBenchmark {
    @Param({"50"})
    int lines;

    private final CustomsMessageWriter writer = CustomsMessageWriter.defaults();
    private final CustomsMessageReader reader = CustomsMessageReader.defaults();
    private Certificate certificate;
    private CustomsSchema schema;
    private byte[] message;

    @Setup
    public void setUp() throws IOException {
        certificate = BenchmarkCertificates.withLines(lines);
        schema = CustomsSchema.load(DataPackBenchmark.dataFolder().resolve("customs").resolve("coo.xsd"));
        message = writer.write(certificate, ApplyType.DECLARE);
        schema.validate(message, "benchmark");
    }

    @Benchmark
    public byte[] write() {
        return writer.write(certificate, ApplyType.DECLARE);
    }

    /** The figure: write the message, then validate it as the customs side would. */
    @Benchmark
    public byte[] writeAndValidate() {
        byte[] xml = writer.write(certificate, ApplyType.DECLARE);
        schema.validate(xml, "benchmark");
        return xml;
    }

    @Benchmark
    public CustomsMessage read() {
        return reader.read(new ByteArrayInputStream(message), "benchmark");
    }
}
