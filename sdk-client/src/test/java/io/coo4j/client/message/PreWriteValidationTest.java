package io.coo4j.client.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.coo4j.client.message.internal.CertificateMapping;
import io.coo4j.client.message.internal.LayoutChecker;
import io.coo4j.client.message.internal.LayoutChecker.Finding;
import io.coo4j.client.message.internal.MessageCodes;
import io.coo4j.client.message.internal.XmlNode;
import io.coo4j.client.message.internal.XmlOutput;
import io.coo4j.core.InvalidInputException;
import io.coo4j.core.reference.ReferenceData;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Issue 9: a wrong namespace, a wrong order and a missing required element are each caught by coo4j's own check
 * with a clear message naming the element (and the model field), and the customs' schema refuses the same
 * tree, so the check catches what the customs side would.
 */
class PreWriteValidationTest {
    private static final XmlNode E = new CertificateMapping(new MessageCodes(ReferenceData.defaults()))
            .toXml(Messages.sample("E"), ApplyType.DECLARE).root();

    @Test
    void theSampleTreePassesBothChecks() {
        assertThat(LayoutChecker.check(E)).isEmpty();
        Messages.schema().validate(bytes(E), "E");
    }

    @Test
    void aWrongNamespaceIsCaught() {
        XmlNode moved = everywhere(E, n -> new XmlNode("urn:example:coo", n.name(), n.text(), n.children(), n.scope(), null));
        assertThat(LayoutChecker.check(moved)).containsExactly(new Finding("", null, "Certificate",
                "is in namespace urn:example:coo, but the message's elements are in namespace http://www.w3.org/2000/09/xmldsig#"));
        assertRefusedBySchema(moved, "Certificate");
    }

    @Test
    void aWrongOrderIsCaught() {
        XmlNode swapped = head(E, kids -> {
            int date = indexOf(kids, "InvDate");
            kids.add(date + 1, kids.remove(date));
        });
        assertThat(LayoutChecker.check(swapped)).containsExactly(new Finding("invoiceDate", null,
                "Certificate/CertificateHead/InvDate", "comes after <InvNo>, but the message puts it before"));
        assertRefusedBySchema(swapped, "InvDate");
    }

    @Test
    void aMissingRequiredElementIsCaught() {
        XmlNode without = head(E, kids -> kids.remove(indexOf(kids, "CertType")));
        assertThat(LayoutChecker.check(without)).containsExactly(new Finding("type", null,
                "Certificate/CertificateHead/CertType", "is required, and the certificate has no value for it"));
        assertRefusedBySchema(without, "EntMgrNo");
    }

    @Test
    void unknownAndRepeatedElementsAreCaught() {
        XmlNode odd = head(E, kids -> {
            kids.add(1, XmlNode.leaf("CertNo", "E254565009990009", ""));
            kids.add(XmlNode.leaf("Colour", "RED", ""));
        });
        assertThat(LayoutChecker.check(odd)).extracting(f -> f.element() + ": " + f.problem()).containsExactly(
                "Certificate/CertificateHead/CertNo: appears more than once; the message has one",
                "Certificate/CertificateHead/Colour: is not an element of Certificate/CertificateHead");
        assertRefusedBySchema(odd, "CertNo");
    }

    private static void assertRefusedBySchema(XmlNode tree, String element) {
        CustomsSchema schema = Messages.schema(); // outside the lambda: a skip thrown inside it would pass as the refusal
        assertThatThrownBy(() -> schema.validate(bytes(tree), "tree")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(element);
    }

    private static byte[] bytes(XmlNode tree) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XmlOutput xml = new XmlOutput(out)) {
            xml.tree(tree);
        }
        return out.toByteArray();
    }

    private static XmlNode everywhere(XmlNode n, UnaryOperator<XmlNode> change) {
        XmlNode changed = change.apply(n);
        List<XmlNode> kids = changed.children().stream().map(c -> everywhere(c, change)).toList();
        return new XmlNode(changed.namespace(), changed.name(), changed.text(), kids, changed.scope(), changed.location());
    }

    private static XmlNode head(XmlNode root, java.util.function.Consumer<List<XmlNode>> edit) {
        List<XmlNode> top = new ArrayList<>(root.children());
        List<XmlNode> kids = new ArrayList<>(top.get(0).children());
        edit.accept(kids);
        top.set(0, XmlNode.group("CertificateHead", kids, ""));
        return XmlNode.group(root.name(), top, "");
    }

    private static int indexOf(List<XmlNode> kids, String name) {
        for (int i = 0; i < kids.size(); i++) {
            if (kids.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new AssertionError(name);
    }
}
