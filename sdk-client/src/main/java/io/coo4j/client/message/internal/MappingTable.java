package io.coo4j.client.message.internal;

import io.coo4j.core.reference.CodeEntry;
import io.coo4j.core.reference.ReferenceData;
import java.util.List;

/**
 * {@code docs/customs-message.md}: the mapping between the model and the customs import message, element by
 * element, generated from the same data files the writer and reader use, so the document cannot drift from
 * what the code does.
 */
public final class MappingTable {
    private MappingTable() {
    }

    public static String markdown() {
        StringBuilder md = new StringBuilder();
        List<MessageElement> rows = MessageLayout.get().rows().stream().filter(r -> r.codec() != null).toList();
        long inferred = rows.stream().filter(r -> "inferred".equals(r.status())).count();
        md.append("""
                # The customs import message (GACC announcement 2022 No. 1)

                Generated from sdk-client's data files (`io/coo4j/client/message/*.json`) by `MappingTable`; do not edit,
                regenerate with `mvn test -Dcoo4j.regenerate=true`. The code reads the same files, so this is what it does.

                The Single Window import client (单一窗口导入客户端) takes certificates of origin from an enterprise's own
                system as XML files (001 ch.15). `CustomsMessageWriter` writes them from coo4j's JSON model,
                `CustomsMessageReader` reads them back, `ReceiptReader` reads the receipts. Element names, order,
                occurrence and lengths are the customs' schema `coo.xsd` (a test compares them element by element);
                meanings come from its annotations and coo4j's JSON format (`docs/schema`).

                **Confirmed** means the schema's own annotation or coo4j's JSON format states what the element holds; **inferred**
                means coo4j chose the mapping (the customs' full specification is not public). Check inferred rows
                against the specification before relying on them.
                """);
        md.append("\n").append(rows.size()).append(" elements with content: ").append(rows.size() - inferred).append(" confirmed, ")
                .append(inferred).append(" inferred.\n");
        md.append("""

                ## Before writing

                A certificate is written only when all of this holds; otherwise `MessageValidationException` lists every
                problem with its JSON path and element, and nothing is written:

                - every element in the schema's namespace `http://www.w3.org/2000/09/xmldsig#` and order, required ones present;
                - text no longer than its element (counted in characters, as the schema counts), never cut short;
                - decimals plain, at most 19 integer digits and 5 decimals (coo4j's JSON format), never rounded; whole numbers and
                  `YYYY-MM-DD` dates where the element wants them; flags among their values;
                - no character XML 1.0 cannot carry; a carriage return is written as `&#13;` so it reads back;
                - a code the message has a value for (country, transport mode, trade mode, sub-criterion);
                - every field of the certificate either carried by an element or listed under "Not carried" below.

                The schema's annotations mark some optional elements "申报为必填项" (required when declaring). Which of them
                a certificate type needs is decided by sdk-rules' `CertificateValidator`, per type and agreement; the
                writer does not refuse a declaration for them, so validate the certificate before declaring it.

                ## Certificate message, element by element

                `path` is relative to the goods line, non-party company or invoice the element repeats with; `$` marks the
                certificate's own field. "how" is the codec; its meaning is listed after the table.

                | element | occurs | max length | model field | how | status | note |
                |---|---|---|---|---|---|---|
                """);
        for (MessageElement r : MessageLayout.get().rows()) {
            String occurs = (r.required() ? "1" : "0") + ".." + (r.repeated() ? "n" : "1");
            md.append("| `").append(r.element()).append("` | ").append(occurs).append(" | ")
                    .append(r.maxLength() == null ? "" : r.maxLength()).append(" | ")
                    .append(String.join(", ", r.modelPaths().stream().map(p -> "`" + p + "`").toList())).append(" | ")
                    .append(r.codec() == null ? (r.repeated() ? "one per entry" : "group") : r.codec().name()).append(" | ")
                    .append(r.status() == null ? "" : r.status()).append(" | ").append(cell(r.note())).append(" |\n");
        }
        md.append("\n### How (codecs)\n\n| codec | written and read as |\n|---|---|\n");
        for (Codec c : Codec.values()) {
            md.append("| ").append(c.name()).append(" | ").append(cell(c.description())).append(" |\n");
        }
        md.append("\n## Not carried\n\nFields of the model the message has no element for; they read back as null.\n\n")
                .append("| field | why |\n|---|---|\n");
        for (NotCarried.Field f : NotCarried.get().fields()) {
            md.append("| `").append(f.path()).append("` | ").append(cell(f.reason())).append(" |\n");
        }
        md.append("""

                ## Reading back

                JSON → XML → JSON keeps every field the message carries (a property test checks it on generated
                certificates of every type). What comes back differs from what went in only in these ways:

                - the fields under "Not carried" are null; derived elements (names of countries and units, FOBValue,
                  ThirdPartyInvFlag, SortNo, OriInv/CertNo) are not read;
                - an empty string is not written, so it reads back as null; an object left with no value reads as null;
                - `declaringEnterpriseCode` equal to `creditCode` reads as null (the owner declares itself);
                - an exhibition reads back without name and address (ExhibitFlag only);
                - a line's `packages` with neither count nor unit and regular packing reads as none (PackType 1 is required);
                - empty additional quantities at the end of a line are dropped.

                The message's ApplyType (0 save as draft, 1 declare) is not part of the certificate: the writer takes it,
                the reader returns it beside the certificate.
                """);
        codeLists(md);
        md.append("""

                ## Attachment message (`File`)

                Root `File` in no namespace (as the interface specification shows it); no schema is published for it. Lengths shared with the head
                are the head's; the others are coo4j's caps (inferred). FileContent is the file in base64: PDF only, at
                most 4 MB (001 ch.4), streamed in and out. `AttachmentMessage.of` writes FileType `PDF` (inferred) and
                IsDelay `0` (1: the file follows later, inferred).

                | element | max length | required | field of `AttachmentMessage` |
                |---|---|---|---|
                """);
        for (AttachmentXml.Field f : AttachmentXml.FIELDS) {
            md.append("| `").append(f.name()).append("` | ").append(f.maxLength()).append(" | ").append(f.required() ? "yes" : "no")
                    .append(" | `").append(f.component()).append("` |\n");
        }
        md.append("| `FileContent` | 4 MB decoded | yes | `content` |\n| `IsDelay` | 1 | no | `delayed` |\n");
        receipts(md);
        return md.toString();
    }

    private static void codeLists(StringBuilder md) {
        md.append("\n## Code lists\n\n### Countries\n\n").append(MessageCodes.countryFile().description()).append("\n\n")
                .append("Source: ").append(MessageCodes.countryFile().source()).append("\n\n")
                .append("**Inferred:** ").append(MessageCodes.countryFile().verify()).append("\n\n")
                .append("Names (DestCountry, DestCountryName, TransCountryName, OriCountry, GoodsOriginCountryEn, EntCountryName) ")
                .append("are the English and Chinese names of sdk-core's country table.\n");
        md.append("\n### China–ASEAN sub-criteria (OriCriteriaSub)\n\n").append(MessageCodes.subCriterionFile().source())
                .append(" **Inferred:** ").append(MessageCodes.subCriterionFile().verify()).append("\n\n| model | message |\n|---|---|\n");
        for (MessageCodes.SubCriterion s : MessageCodes.subCriterionFile().entries()) {
            md.append("| ").append(s.code()).append(" | ").append(s.messageCode()).append(" |\n");
        }
        ReferenceData ref = ReferenceData.defaults();
        md.append("\n### Trade modes (TradeModeCode)\n\nFrom sdk-core's `trade-modes.json` (`messageCode`); a trade mode without ")
                .append("one cannot be written. Its verify notes apply: one integration's list, not confirmed.\n\n")
                .append("| model | message | 贸易方式 |\n|---|---|---|\n");
        for (CodeEntry e : ref.tradeModes().entries()) {
            md.append("| ").append(e.code()).append(" | ").append(e.messageCode() == null ? "(none)" : e.messageCode()).append(" | ")
                    .append(e.nameZh()).append(" |\n");
        }
        md.append("\n### Transport modes (TransMeans)\n\nThe English wording of sdk-core's `transport-modes.json`, read back ")
                .append("ignoring case (inferred: one integration writes BY SEA, BY AIR, …).\n\n| model | message |\n|---|---|\n");
        for (CodeEntry e : ref.transportModes().entries()) {
            md.append("| ").append(e.code()).append(" | ").append(e.nameEn()).append(" |\n");
        }
        md.append("""

                ### Issuing and collecting authority, units

                OrgCode and FetchPlace are the model's `issuingAuthority` and `collectingAuthority` as they are (4-digit
                customs districts); the customs-district table of the data pack will check them. Units and package kinds
                go out as the model's codes (PCS, KG, CARTONS); GoodsUnit is the unit's Chinese name from sdk-core's
                `units.json` (inferred).
                """);
    }

    private static void receipts(StringBuilder md) {
        MessageData.DataFile<ReceiptXml.StatusRule> file = ReceiptXml.statusRules();
        md.append("\n## Receipts\n\n").append(file.description()).append("\n\n").append(file.source()).append("\n\n")
                .append("""
                        `Receipt` (business receipt: CertNo, ReceiveTime, Channel, Note, SendTime, RspGenTime and CusRespData with
                        RepType, RepCode, RepAddMsg) and `FileRet` (CertNo, RetType, Note, FileName, FileType) are read in the
                        message's namespace or in none; other elements are ignored. CertNo and the type are required; nothing may follow
                        the root element. Times are Beijing time.

                        | receipt | Channel | type | RepCode | status | certificate state | confirmed | note |
                        |---|---|---|---|---|---|---|---|
                        """);
        for (ReceiptXml.StatusRule r : file.entries()) {
            md.append("| ").append(r.kind().rootElement()).append(" | ").append(any(r.channel())).append(" | ").append(any(r.type()))
                    .append(" | ").append(any(r.code())).append(" | ").append(r.status()).append(" | ")
                    .append(r.status().certificateState().map(Enum::name).orElse("(unchanged)")).append(" | ")
                    .append(r.confirmed() ? "confirmed" : "inferred").append(" | ").append(cell(r.note())).append(" |\n");
        }
        md.append("| any other | | | | UNKNOWN | (unchanged) | | never guessed |\n");
    }

    private static String any(String v) {
        return v == null ? "any" : v;
    }

    private static String cell(String text) {
        return text == null ? "" : text.replace("|", "\\|").replace("\n", " ");
    }
}
