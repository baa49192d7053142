package io.coo4j.client.message;

import static org.assertj.core.api.Assertions.assertThat;

import io.coo4j.client.message.internal.MappingTable;
import io.coo4j.client.message.internal.MessageCodes;
import io.coo4j.client.message.internal.MessageElement;
import io.coo4j.client.message.internal.MessageLayout;
import io.coo4j.client.message.internal.NotCarried;
import io.coo4j.core.model.Certificate;
import io.coo4j.core.reference.Country;
import io.coo4j.core.reference.ReferenceData;
import io.coo4j.core.testing.GeneratedFiles;
import io.coo4j.core.testing.SharedData;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** The mapping table in docs, the layout against the customs' schema, and the model against the layout. */
class MappingTableTest {
    private static final String XS = XMLConstants.W3C_XML_SCHEMA_NS_URI;

    @Test
    void docsHoldTheGeneratedMappingTable() {
        GeneratedFiles.check("docs/customs-message.md", MappingTable.markdown());
    }

    /** Every element of coo.xsd, in order, with its occurrence and length, is a row of customs-message.json, and nothing else. */
    @Test
    void theLayoutIsTheCustomsSchemaElementByElement() throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
        f.setNamespaceAware(true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Element schema = f.newDocumentBuilder().parse(SharedData.folder().resolve("customs/coo.xsd").toFile()).getDocumentElement();
        List<String> fromSchema = new ArrayList<>();
        elements(first(schema, "element"), "", fromSchema);
        List<String> fromLayout = MessageLayout.get().rows().stream()
                .map(r -> r.element() + " " + r.min() + ".." + (r.repeated() ? "n" : "1") + " " + r.maxLength()).toList();
        assertThat(fromLayout).containsExactlyElementsOf(fromSchema.subList(1, fromSchema.size()));
        assertThat(fromSchema.get(0)).isEqualTo("Certificate 1..1 null");
    }

    private static void elements(Element element, String parent, List<String> out) {
        String path = parent.isEmpty() ? element.getAttribute("name") : parent + "/" + element.getAttribute("name");
        String min = element.getAttribute("minOccurs").isEmpty() ? "1" : element.getAttribute("minOccurs");
        String max = "unbounded".equals(element.getAttribute("maxOccurs")) ? "n" : "1";
        Element length = first(element, "maxLength");
        Element complex = first(element, "complexType");
        out.add(path.substring(path.indexOf('/') + 1) + " " + min + ".." + max + " "
                + (complex == null && length != null ? length.getAttribute("value") : null));
        if (complex != null) {
            for (Node n = first(complex, "sequence").getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e && "element".equals(e.getLocalName())) {
                    elements(e, path, out);
                }
            }
        }
    }

    private static Element first(Element in, String localName) {
        var list = in.getElementsByTagNameNS(XS, localName);
        return list.getLength() == 0 ? null : (Element) list.item(0);
    }

    /** FORMATS.md: every field of the model has a home in the message or is listed as not carried. */
    @Test
    void everyModelFieldIsCarriedOrListedAsNotCarried() {
        Set<String> carried = new HashSet<>();
        collectCarried(MessageLayout.get().root(), "", carried);
        List<String> homeless = new ArrayList<>();
        for (String field : fields(Certificate.class, "")) {
            if (!carried.contains(field) && !NotCarried.get().matches(field.replace("[*]", "[0]"))) {
                homeless.add(field);
            }
        }
        assertThat(homeless).isEmpty();
        List<String> all = fields(Certificate.class, "");
        assertThat(carried).as("no row names a field the model does not have")
                .allMatch(p -> all.contains(p) || all.stream().anyMatch(f -> f.startsWith(p + ".")));
    }

    private static void collectCarried(MessageLayout.Node node, String scope, Set<String> out) {
        for (MessageLayout.Node child : node.children()) {
            MessageElement row = child.row();
            if (child.leaf()) {
                if (row.codec().readBack(row)) {
                    row.modelPaths().forEach(p -> out.add((scope + p).replaceAll("\\[\\d+]", "[*]")));
                }
            } else {
                collectCarried(child, row.repeated() ? scope + row.path() + "[*]." : scope, out);
            }
        }
    }

    /** The JSON paths of a record's leaves; list entries as {@code [*]}. */
    private static List<String> fields(Class<?> record, String prefix) {
        List<String> out = new ArrayList<>();
        for (RecordComponent c : record.getRecordComponents()) {
            String path = prefix + c.getName();
            Class<?> type = c.getType();
            if (List.class.isAssignableFrom(type)) {
                Type element = ((ParameterizedType) c.getGenericType()).getActualTypeArguments()[0];
                if (element instanceof Class<?> e && e.isRecord()) {
                    out.addAll(fields(e, path + "[*]."));
                } else {
                    out.add(path);
                }
            } else if (type.isRecord()) {
                out.addAll(fields(type, path + "."));
            } else {
                out.add(path);
            }
        }
        return out;
    }

    @Test
    void everyCountryHasOneNumericCode() {
        MessageCodes codes = new MessageCodes(ReferenceData.defaults());
        Set<String> seen = new HashSet<>();
        for (Country c : ReferenceData.defaults().countries().all()) {
            String numeric = codes.countryNumber(c.alpha2()).orElseThrow(() -> new AssertionError(c.alpha2()));
            assertThat(numeric).matches("\\d{3}");
            assertThat(seen.add(numeric)).as(numeric).isTrue();
            assertThat(codes.countryAlpha2(numeric)).contains(c.alpha2());
        }
        assertThat(codes.countryNumber("CN")).contains("156");
        assertThat(codes.countryNumber("TW")).contains("158");
    }
}
