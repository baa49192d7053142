package io.coo4j.samples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.coo4j.core.data.DataPack;
import io.coo4j.core.json.CooJson;
import io.coo4j.core.model.Certificate;
import io.coo4j.core.reference.CertificateType;
import io.coo4j.core.reference.ReferenceData;
import io.coo4j.core.testing.GeneratedFiles;
import io.coo4j.core.testing.SharedData;
import io.coo4j.core.validation.ValidationReport;
import io.coo4j.rules.CertificateValidator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** samples/certificates: one document per certificate type, each valid, canonical and schema-conform. */
class SamplesTest {
    private static final Path DIR = GeneratedFiles.projectRoot().resolve("samples/certificates");
    private static JsonSchema schema;
    private static CertificateValidator validator;

    @BeforeAll
    static void load() throws IOException {
        try (var in = Files.newInputStream(GeneratedFiles.projectRoot().resolve("docs/schema/certificate.schema.json"))) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
    }

    /** The validator with the data pack of ../shared: only the tests that call it skip without the data. */
    private static synchronized CertificateValidator validator() {
        if (validator == null) {
            validator = CertificateValidator.create(ReferenceData.defaults(), DataPack.load(SharedData.folder()));
        }
        return validator;
    }

    static Stream<Path> samples() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList().stream();
        }
    }

    @Test
    void everyCertificateTypeHasASample() throws IOException {
        List<String> types = samples().map(p -> CooJson.strict().readCertificate(p).type()).distinct().toList();
        assertThat(types).containsExactlyInAnyOrderElementsOf(
                ReferenceData.defaults().certificateTypes().stream().map(CertificateType::code).toList());
    }

    @ParameterizedTest
    @MethodSource("samples")
    void roundTripsByteForByte(Path file) throws IOException {
        byte[] original = Files.readAllBytes(file);
        Certificate c = CooJson.strict().readCertificate(original, file.getFileName().toString());
        GeneratedFiles.check("samples/certificates/" + file.getFileName(), CooJson.strict().write(c));
        assertThat(new String(original, StandardCharsets.UTF_8)).isEqualTo(CooJson.strict().write(c));
    }

    @ParameterizedTest
    @MethodSource("samples")
    void validatesWithoutErrors(Path file) {
        ValidationReport r = validator().validate(CooJson.strict().readCertificate(file));
        assertThat(r.violations()).as(file.getFileName().toString()).isEmpty();
        // with the data pack, the only check not made is the criteria of types whose form notes are unconfirmed
        assertThat(r.notChecked()).extracting(n -> n.check()).isSubsetOf(CertificateValidator.ORIGIN_CRITERION_SET);
    }

    @ParameterizedTest
    @MethodSource("samples")
    void matchesTheSchema(Path file) throws IOException {
        JsonNode node = new ObjectMapper().readTree(file.toFile());
        Set<ValidationMessage> errors = schema.validate(node);
        assertThat(errors).as(file.getFileName().toString()).isEmpty();
    }

    @Test
    void thePreReviewSampleIsCanonicalAndMatchesItsSchema() throws IOException {
        Path file = GeneratedFiles.projectRoot().resolve("samples/prereview/wooden-chair.json");
        io.coo4j.core.model.ProductPreReview p = CooJson.strict().read(file, io.coo4j.core.model.ProductPreReview.class);
        assertThat(Files.readString(file)).isEqualTo(CooJson.strict().write(p));
        try (var in = Files.newInputStream(GeneratedFiles.projectRoot().resolve("docs/schema/product-pre-review.schema.json"))) {
            JsonSchema preReview = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
            assertThat(preReview.validate(new ObjectMapper().readTree(file.toFile()))).isEmpty();
        }
    }

    @Test
    void theBillOfMaterialsSampleIsCanonicalAndMatchesItsSchema() throws IOException {
        Path file = GeneratedFiles.projectRoot().resolve("samples/origin/wooden-chair-korea.json");
        io.coo4j.core.model.BillOfMaterials b = CooJson.strict().read(file, io.coo4j.core.model.BillOfMaterials.class);
        assertThat(Files.readString(file)).isEqualTo(CooJson.strict().write(b));
        try (var in = Files.newInputStream(GeneratedFiles.projectRoot().resolve("docs/schema/bill-of-materials.schema.json"))) {
            JsonSchema bom = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
            assertThat(bom.validate(new ObjectMapper().readTree(file.toFile()))).isEmpty();
        }
    }

    @Test
    void theSchemaRejectsWhatTheReaderRejects() throws IOException {
        JsonNode node = new ObjectMapper().readTree(DIR.resolve("E.json").toFile());
        ((com.fasterxml.jackson.databind.node.ObjectNode) node.get("goods").get(0)).put("colour", "red");
        assertThat(schema.validate(node)).isNotEmpty();
        ((com.fasterxml.jackson.databind.node.ObjectNode) node.get("goods").get(0)).remove("colour");
        ((com.fasterxml.jackson.databind.node.ObjectNode) node.get("goods").get(0)).put("fobValue", "12a");
        assertThat(schema.validate(node)).isNotEmpty();
    }
}
