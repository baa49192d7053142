package io.coo4j.testkit.internal;

import io.coo4j.core.model.BaseDataKind;
import io.coo4j.core.model.BaseDataProfile;
import io.coo4j.core.validation.FieldValidator;
import java.util.Map;

/**
 * Base data (基础数据, 002): exporter, importer, producer and special-clause profiles that pre-fill certificates, each
 * under a user-chosen code of 3–8 letters or digits, with the form's rules as sdk-core's {@link FieldValidator} has
 * them (printed English, phone ≤ 20 digits or symbols with a digit, bank account 19 letters or digits). Saving under a code creates or replaces; deleting is final. Thread-safe: one lock.
 */
final class BaseDataDesk {
    private static final FieldValidator FIELDS = FieldValidator.defaults();

    private final Ledger<BaseDataProfile> profiles = new Ledger<>("base-data profile");

    /** The calls of {@code docs/api.md}'s base data table. */
    void register(Routes routes) {
        routes.on("GET base-data/{kind}", c -> Routes.Reply.ok(list(kind(c.variable(0)), c.query())))
                .on("GET base-data/{kind}/{code}", c -> Routes.Reply.ok(get(kind(c.variable(0)), c.variable(1))))
                .on("PUT base-data/{kind}/{code}",
                        c -> Routes.Reply.ok(save(kind(c.variable(0)), c.variable(1), c.read(BaseDataProfile.class))))
                .on("DELETE base-data/{kind}/{code}", c -> {
                    delete(kind(c.variable(0)), c.variable(1));
                    return Routes.Reply.noContent();
                });
    }

    synchronized BaseDataProfile save(BaseDataKind kind, String code, BaseDataProfile p) {
        if (p.kind() != kind) {
            throw ApiError.invalid("kind", "the body's kind " + p.kind() + " is not " + kind);
        }
        Checks.valid(FIELDS.validate(p)); // sdk-core's rules of the form: code, printed English, phone, bank account
        if (!p.code().equals(code)) {
            throw ApiError.invalid("code", "the body's code " + p.code() + " is not " + code);
        }
        if (kind == BaseDataKind.SPECIAL_CLAUSE) {
            Checks.text("text", p.text(), 1000);
        } else {
            Checks.text("name", p.name(), 200);
        }
        return profiles.put(key(kind, code), p);
    }

    synchronized BaseDataProfile get(BaseDataKind kind, String code) {
        return profiles.find(key(kind, code));
    }

    synchronized void delete(BaseDataKind kind, String code) {
        String key = key(kind, code);
        profiles.find(key); // a 404 for what is not there
        profiles.remove(key);
    }

    synchronized Map<String, Object> list(BaseDataKind kind, Map<String, String> query) {
        return profiles.page(p -> p.kind() == kind, p -> p, query);
    }

    private static BaseDataKind kind(String value) {
        return Params.enumValue(Map.of("kind", value), "kind", BaseDataKind.class);
    }

    private static String key(BaseDataKind kind, String code) {
        return kind + "/" + code;
    }
}
