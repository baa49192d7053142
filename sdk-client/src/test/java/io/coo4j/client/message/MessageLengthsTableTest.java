package io.coo4j.client.message;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.coo4j.core.testing.GeneratedFiles;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * sdk-core's validator bounds a certificate's text by the customs message's element lengths (MESSAGE_LENGTH) through
 * {@code message-lengths.tsv}; this message's table (from coo.xsd) is its source, so the two cannot drift apart.
 */
class MessageLengthsTableTest {
    /** The codecs that write the user's text as it is: its length is the element's. */
    private static final Set<String> TEXT = Set.of("TEXT", "OPTIONAL_TEXT", "LINES");
    /** Where a repeated element's relative paths sit in the certificate. */
    private static final Map<String, String> REPEATED = Map.of("CertificateList/Goods/", "goods[].",
            "NonpartyCorpList/NonpartyCorp/", "nonPartyCompanies[].", "OriInvs/OriInv/", "invoices[].");

    @Test
    void sdkCoreHoldsTheMessagesTextLengths() throws IOException {
        JsonNode table;
        try (InputStream in = CustomsMessageWriter.class.getResourceAsStream("customs-message.json")) {
            table = new ObjectMapper().readTree(in);
        }
        StringBuilder tsv = new StringBuilder("# element\tmaxLength\tpaths (+: on lines of one element); generated from"
                + " sdk-client's customs-message.json by MessageLengthsTableTest\n");
        for (JsonNode e : table.get("entries")) {
            if (!e.has("maxLength") || !TEXT.contains(e.path("codec").asText())) {
                continue;
            }
            String element = e.get("element").asText();
            String prefix = REPEATED.entrySet().stream().filter(r -> element.startsWith(r.getKey())).map(Map.Entry::getValue)
                    .findFirst().orElse("");
            List<String> paths = new ArrayList<>();
            if (e.has("paths")) {
                e.get("paths").forEach(p -> paths.add(prefix + p.asText()));
            } else if (!e.get("path").asText().startsWith("$")) {
                paths.add(prefix + e.get("path").asText());
            }
            if (!paths.isEmpty()) {
                tsv.append(element).append('\t').append(e.get("maxLength").asInt()).append('\t')
                        .append(String.join("+", paths)).append('\n');
            }
        }
        GeneratedFiles.check("sdk-core/src/main/resources/io/coo4j/core/validation/internal/message-lengths.tsv", tsv.toString());
    }
}
