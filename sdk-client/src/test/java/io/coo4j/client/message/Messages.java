package io.coo4j.client.message;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.coo4j.client.message.internal.CertificateMapping;
import io.coo4j.client.message.internal.NotCarried;
import io.coo4j.core.json.CooJson;
import io.coo4j.core.model.Certificate;
import io.coo4j.core.testing.GeneratedFiles;
import io.coo4j.core.testing.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** What the message tests share: the samples, the customs' schema, and what a certificate reads back as. */
final class Messages {
    static final CustomsMessageWriter WRITER = CustomsMessageWriter.defaults();
    static final CustomsMessageReader READER = CustomsMessageReader.defaults();

    private static CustomsSchema schema;

    private Messages() {
    }

    /** {@code ../shared/data/customs/coo.xsd}, compiled once (skipped locally without it, failing in CI). */
    static synchronized CustomsSchema schema() {
        if (schema == null) {
            schema = CustomsSchema.load(SharedData.folder().resolve("customs/coo.xsd"));
        }
        return schema;
    }

    static Stream<Path> samples() throws IOException {
        try (Stream<Path> files = Files.list(GeneratedFiles.projectRoot().resolve("samples/certificates"))) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList().stream();
        }
    }

    static Certificate sample(String type) {
        return CooJson.strict().readCertificate(GeneratedFiles.projectRoot().resolve("samples/certificates/" + type + ".json"));
    }

    /**
     * The certificate as the message gives it back (docs/customs-message.md, "Reading back"): fields the message
     * does not carry are null, empty strings are not written, an agent equal to the owner is no agent, an object
     * left with nothing but nulls is absent (the exhibition stays, as ExhibitFlag says), regular packages with
     * neither count nor unit are no packages, and empty additional quantities at the end of a line are dropped.
     */
    static Certificate readBack(Certificate c) {
        ObjectNode json = CertificateMapping.mapper().valueToTree(c);
        blank(json, "", NotCarried.get());
        if (json.get("declaringEnterpriseCode").asText().equals(json.get("creditCode").asText())) {
            json.putNull("declaringEnterpriseCode");
        }
        for (JsonNode line : json.withArray("goods")) {
            ObjectNode g = (ObjectNode) line;
            JsonNode p = g.get("packages");
            if (p != null && p.isObject() && p.get("count").isNull() && p.get("unit").isNull() && p.get("regular").asBoolean()) {
                g.putNull("packages");
            }
            ArrayNode more = (ArrayNode) g.get("additionalQuantities");
            while (!more.isEmpty() && allNull(more.get(more.size() - 1))) {
                more.remove(more.size() - 1);
            }
        }
        return CertificateMapping.mapper().convertValue(json, Certificate.class);
    }

    private static void blank(ObjectNode o, String path, NotCarried notCarried) {
        List<String> names = new ArrayList<>();
        o.fieldNames().forEachRemaining(names::add);
        for (String name : names) {
            String p = path.isEmpty() ? name : path + "." + name;
            JsonNode v = o.get(name);
            if (notCarried.matches(p) && !"formatVersion".equals(p) || v.isTextual() && v.asText().isEmpty()) {
                o.putNull(name);
            } else if (v instanceof ObjectNode child) {
                blank(child, p, notCarried);
                if (allNull(child) && !"exhibition".equals(p)) {
                    o.putNull(name);
                }
            } else if (v instanceof ArrayNode list) {
                for (int i = 0; i < list.size(); i++) {
                    if (list.get(i) instanceof ObjectNode item) {
                        blank(item, p + "[" + i + "]", notCarried);
                    }
                }
            }
        }
    }

    private static boolean allNull(JsonNode o) {
        for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
            if (!it.next().getValue().isNull()) {
                return false;
            }
        }
        return true;
    }
}
