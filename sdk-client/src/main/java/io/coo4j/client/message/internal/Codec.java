package io.coo4j.client.message.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.coo4j.core.model.CertificateCategory;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * How one element of the customs import message is written from the model and read back into it. A codec
 * that cannot write or read a value throws {@link IllegalArgumentException} with a sentence saying why; the
 * caller adds the JSON path, the element and the source. Formats (whole numbers, decimals, dates) and lengths
 * are the {@link LayoutChecker}'s business, in both directions.
 */
public enum Codec {
    TEXT("the text as it is", true) {
        @Override
        void read(MessageElement row, Scope.Reading s, String text) {
            if (readBack(row)) {
                s.set(row.path(), TextNode.valueOf(text));
            }
        }
    },
    OPTIONAL_TEXT("the text as it is; an empty element when the field is absent (the schema requires the element,"
            + " the manual leaves the value optional); an empty element is read back as absent", true) {
        @Override
        String write(MessageElement row, Scope.Writing s) {
            String value = TEXT.write(row, s);
            return value == null ? "" : value;
        }

        @Override
        void read(MessageElement row, Scope.Reading s, String text) {
            if (!text.isEmpty()) {
                TEXT.read(row, s, text);
            }
        }
    },
    DATE("YYYY-MM-DD", true) {
        @Override
        void read(MessageElement row, Scope.Reading s, String text) {
            TEXT.read(row, s, text);
        }
    },
    INT("a whole number (xs:int)", true) {
        @Override
        void read(MessageElement row, Scope.Reading s, String text) {
            s.set(row.path(), IntNode.valueOf(Integer.parseInt(text)));
        }
    },
    WHOLE("a whole number", true) {
        @Override
        void read(MessageElement row, Scope.Reading s, String text) {
            s.set(row.path(), LongNode.valueOf(Long.parseLong(text)));
        }
    },
    DECIMAL("a plain decimal, at most 19 integer digits and 5 decimals, never rounded", true) {
        @Override
        String write(MessageElement row, Scope.Writing s) {
            JsonNode v = s.get(row.path());
            return v == null ? null : v.decimalValue().toPlainString();
        }

        @Override
        void read(MessageElement row, Scope.Reading s, String text) {
            s.set(row.path(), DecimalNode.valueOf(new BigDecimal(text)));
        }
    },
    FLAG("true the first of the element's values, false the second; absent when the object holding it is", true) {
        @Override
        String write(MessageElement row, Scope.Writing s) {
            JsonNode v = s.get(row.path());
            return v == null ? null : row.values().get(v.asBoolean() ? 0 : 1);
        }

        @Override
        void read(MessageElement row, Scope.Reading s, String text) {
            s.set(row.path(), BooleanNode.valueOf(row.values().get(0).equals(text)));
        }
    },
    PACK_TYPE("regular packing 1, irregular 2; 1 when the line has no packages (then read back as no packages)", true) {
        @Override
        String write(MessageElement row, Scope.Writing s) {
            JsonNode v = s.get(row.path());
            return v == null || v.asBoolean() ? "1" : "2";
        }

        @Override
        void read(MessageElement row, Scope.Reading s, String text) {
            String holder = row.path().substring(0, row.path().lastIndexOf('.'));
            if ("2".equals(text) || s.get(holder) != null) {
                s.set(row.path(), BooleanNode.valueOf("1".equals(text)));
            }
        }
    },
    PRESENT_01("1 when the object is there, else 0; read back as an empty object", true) {
        @Override
        String write(MessageElement row, Scope.Writing s) {
            return s.get(row.path()) != null ? "1" : "0";
        }

        @Override
        void read(MessageElement row, Scope.Reading s, String text) {
            if ("1".equals(text)) {
                s.set(row.path(), JsonNodeFactory.instance.objectNode());
            }
        }
    },
    NOT_EMPTY_01("1 when the list has entries, else 0; derived, not read back", false) {
        @Override
        String write(MessageElement row, Scope.Writing s) {
            JsonNode v = s.get(row.path());
            return v != null && !v.isEmpty() ? "1" : "0";
        }
    },
    CATEGORY("the category's CertStatus: ORIGINAL 0, AMENDMENT 1, REISSUE 2, AMENDMENT_REISSUE 3", true) {
        @Override
        String write(MessageElement row, Scope.Writing s) {
            JsonNode v = s.get(row.path());
            return v == null ? null : String.valueOf(CertificateCategory.valueOf(v.asText()).messageCode());
        }

        @Override
        void read(MessageElement row, Scope.Reading s, String text) {
            for (CertificateCategory c : CertificateCategory.values()) {
                if (String.valueOf(c.messageCode()).equals(text)) {
                    s.set(row.path(), TextNode.valueOf(c.name()));
                }
            }
        }
    },
    APPLY_TYPE("the writer's ApplyType: SAVE 0, DECLARE 1", true) {
        @Override
        String write(MessageElement row, Scope.Writing s) {
            return s.applyType().code();
        }

        @Override
        void read(MessageElement row, Scope.Reading s, String text) {
            s.applyType(text);
        }
    },
    CONSTANT("always the one allowed value", false) {
        @Override
        String write(MessageElement row, Scope.Writing s) {
            return row.values().get(0);
        }
    },
    COUNTRY_CODE("ISO 3166-1 numeric code of the alpha-2 country (country-numeric-codes.json)",
            MessageCodes::countryNumber, MessageCodes::countryAlpha2, "numeric country code"),
    COUNTRY_NAME_EN("the country's English name from coo4j's country table; derived, not read back",
            MessageCodes::countryNameEn, null, null),
    COUNTRY_NAME_ZH("the country's Chinese name from coo4j's country table; derived, not read back",
            MessageCodes::countryNameZh, null, null),
    TRANSPORT_MODE("the English wording of the transport-mode table (SEA → BY SEA), read back ignoring case; a mode"
            + " outside the table as it is (TransMeans is free text)",
            MessageCodes::transportModeText, MessageCodes::transportModeCode, "TransMeans wording (transport-modes.json)"),
    TRADE_MODE("the trade-mode table's messageCode (GENERAL_TRADE → 1)",
            MessageCodes::tradeModeMessageCode, MessageCodes::tradeModeCode, "TradeModeCode (trade-modes.json messageCode)"),
    UNIT_NAME_ZH("the unit's Chinese name from the unit table; derived, not read back", MessageCodes::unitNameZh, null, null),
    ORIGIN_SUB("the sub-criterion's one-character code (origin-sub-criteria.json)",
            MessageCodes::subCriterionMessageCode, MessageCodes::subCriterionCode, "OriCriteriaSub code"),
    LINES("the first path, a line break, the second; read back split at the first line break", true) {
        @Override
        String write(MessageElement row, Scope.Writing s) {
            String first = text(s.get(row.paths().get(0)));
            String second = text(s.get(row.paths().get(1)));
            if (first != null && (first.indexOf('\n') >= 0 || first.indexOf('\r') >= 0)) {
                throw new IllegalArgumentException("a line break in the name, where the message separates name and address");
            }
            if (first == null && second == null) {
                return null;
            }
            return (first == null ? "" : first) + (second == null ? "" : "\n" + second);
        }

        @Override
        void read(MessageElement row, Scope.Reading s, String text) {
            int cut = text.indexOf('\n');
            String first = cut < 0 ? text : text.substring(0, cut);
            String second = cut < 0 ? "" : text.substring(cut + 1);
            if (!first.isEmpty()) {
                s.set(row.paths().get(0), TextNode.valueOf(first));
            }
            if (!second.isEmpty()) {
                s.set(row.paths().get(1), TextNode.valueOf(second));
            }
        }
    },
    JOINED("the list's entries separated by ;", true) {
        @Override
        String write(MessageElement row, Scope.Writing s) {
            JsonNode v = s.get(row.path());
            if (v == null || v.isEmpty()) {
                return null;
            }
            List<String> parts = new ArrayList<>();
            for (JsonNode e : v) {
                if (e.asText().contains(";")) {
                    throw new IllegalArgumentException("\"" + e.asText() + "\" contains ;, which separates the entries");
                }
                parts.add(e.asText());
            }
            return String.join(";", parts);
        }

        @Override
        void read(MessageElement row, Scope.Reading s, String text) {
            ArrayNode list = JsonNodeFactory.instance.arrayNode();
            for (String part : text.split(";")) {
                if (!part.isEmpty()) {
                    list.add(part);
                }
            }
            s.set(row.path(), list);
        }
    },
    OR_ELSE("the first path, else the second; read back into the first only when it differs from the second", true) {
        @Override
        String write(MessageElement row, Scope.Writing s) {
            String first = text(s.get(row.paths().get(0)));
            return first != null ? first : text(s.get(row.paths().get(1)));
        }

        @Override
        void read(MessageElement row, Scope.Reading s, String text) {
            JsonNode fallback = s.get(row.paths().get(1));
            if (fallback == null || !fallback.asText().equals(text)) {
                s.set(row.paths().get(0), TextNode.valueOf(text));
            }
        }
    },
    FOB_TOTAL("the sum of the lines' FOB values, when a line has one; derived, not read back", false) {
        @Override
        String write(MessageElement row, Scope.Writing s) {
            BigDecimal sum = null;
            JsonNode goods = s.get(row.path());
            for (JsonNode line : goods == null ? JsonNodeFactory.instance.arrayNode() : goods) {
                JsonNode fob = line.get("fobValue");
                if (fob != null && !fob.isNull()) {
                    sum = (sum == null ? BigDecimal.ZERO : sum).add(fob.decimalValue());
                }
            }
            return sum == null ? null : sum.toPlainString();
        }
    },
    SORT_NO("the entry's place in its list, from 1; derived, not read back", false) {
        @Override
        String write(MessageElement row, Scope.Writing s) {
            return String.valueOf(s.index() + 1);
        }
    },
    UNUSED("not written; ignored when read", false) {
        @Override
        String write(MessageElement row, Scope.Writing s) {
            return null;
        }
    };

    /** A code-list lookup: the list of {@link MessageCodes} and the value to look up. */
    private interface Lookup extends BiFunction<MessageCodes, String, Optional<String>> {
    }

    private final String description;
    private final boolean readBack;
    private final Lookup out;
    private final Lookup in;
    private final String code;

    Codec(String description, boolean readBack) {
        this(description, readBack, null, null, null);
    }

    /**
     * A code-list element: written as {@code out} of the field's value, read back as {@code in} of the text
     * ({@code in} null: a derived name, not read back). A value without {@code code} in the list is an error;
     * a derived name ({@code code} null) is then left out.
     */
    Codec(String description, Lookup out, Lookup in, String code) {
        this(description, in != null, out, in, code);
    }

    private Codec(String description, boolean readBack, Lookup out, Lookup in, String code) {
        this.description = description;
        this.readBack = readBack;
        this.out = out;
        this.in = in;
        this.code = code;
    }

    /** What the codec does, for the mapping table. */
    public String description() {
        return description;
    }

    /**
     * The element's text from the model, or null when the element is to be left out: by default the field's
     * text, or its code from the code list.
     */
    String write(MessageElement row, Scope.Writing s) {
        String value = text(s.get(row.path()));
        if (value == null || out == null) {
            return value;
        }
        Optional<String> found = out.apply(s.codes(), value);
        if (found.isEmpty() && code != null) {
            throw new IllegalArgumentException("no " + code + " for " + Inputs.quote(value));
        }
        return found.orElse(null);
    }

    /** Puts the element's text into the model; codecs of derived elements ignore it, code lists look it up. */
    void read(MessageElement row, Scope.Reading s, String text) {
        if (in != null) {
            s.set(row.path(), TextNode.valueOf(in.apply(s.codes(), text)
                    .orElseThrow(() -> new IllegalArgumentException(Inputs.quote(text) + " is no " + code + " coo4j knows"))));
        }
    }

    /**
     * Whether reading the element sets a model field: not for derived elements, nor for a copy of a certificate
     * field inside a repeated element (a path starting with {@code $}).
     */
    public boolean readBack(MessageElement row) {
        return readBack && (row.path() == null || !row.path().startsWith("$"));
    }

    /** Text of a JSON scalar; null for a missing value or an empty string, which the message leaves out. */
    static String text(JsonNode v) {
        if (v == null) {
            return null;
        }
        String t = v.asText();
        return t.isEmpty() ? null : t;
    }
}
