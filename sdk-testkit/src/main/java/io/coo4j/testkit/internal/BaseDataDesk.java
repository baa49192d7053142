package io.coo4j.testkit.internal;

import io.coo4j.core.model.BaseDataKind;
import io.coo4j.core.model.BaseDataProfile;
import java.util.Map;

/**
 * Base data (基础数据, 002): exporter, importer, producer and special-clause profiles that pre-fill certificates, each
 * under a user-chosen code of 3–8 letters or digits, with the form's limits (phone ≤ 20 digits or symbols, bank
 * account 19 letters or digits). Saving under a code creates or replaces; deleting is final. Thread-safe: one lock.
 */
final class BaseDataDesk {
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
        Checks.optional("code", Checks.text("code", p.code()), "[0-9A-Za-z]{3,8}", "3 to 8 letters or digits (002)");
        if (!p.code().equals(code)) {
            throw ApiError.invalid("code", "the body's code " + p.code() + " is not " + code);
        }
        if (kind == BaseDataKind.SPECIAL_CLAUSE) {
            Checks.text("text", p.text(), 1000);
        } else {
            Checks.text("name", p.name(), 200);
        }
        Checks.optional("phone", p.phone(), "[0-9+\\-() ]{1,20}", "at most 20 digits or symbols (002)");
        Checks.optional("fax", p.fax(), "[0-9+\\-() ]{1,20}", "at most 20 digits or symbols (002)");
        Checks.optional("bankAccount", p.bankAccount(), "[0-9A-Za-z]{19}", "19 letters or digits (002)");
        return profiles.put(key(kind, code), p);
    }

    synchronized BaseDataProfile get(BaseDataKind kind, String code) {
        return profiles.find(key(kind, code));
    }

    synchronized void delete(BaseDataKind kind, String code) {
        profiles.remove(key(kind, get(kind, code).code()));
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
