package io.coo4j.testkit.internal;

import io.coo4j.core.model.Declarant;
import io.coo4j.core.model.DeclarantRecord;
import io.coo4j.core.validation.FieldValidator;
import java.util.Map;

/**
 * The enterprise's declarants (申报员信息维护, 003; 授权人员信息的维护, 004), kept under the service's ids {@code D1},
 * {@code D2}, … in the order added. The administrator alone adds, updates and removes them (003: "请使用企业管理员账号
 * 或法人卡登录…新增无卡或绑卡操作员"; {@link Callers}); every field is checked by sdk-core's {@link FieldValidator}; an
 * identity number is one person, so it is unique and does not change. Self-print takes a signature only of a
 * maintained declarant ({@link #requireSigner}). Thread-safe: one lock.
 */
final class DeclarantDesk {
    private static final FieldValidator FIELDS = FieldValidator.defaults();
    /** The simulator's bounds on what it stores (the manuals give none): input is hostile until checked. */
    private static final int NAME_MAX = 50;
    private static final int TEXT_MAX = 100;

    private final Ledger<DeclarantRecord> declarants = new Ledger<>("declarant");
    private long issued;

    /** The calls of {@code docs/api.md}'s declarants table. */
    void register(Routes routes) {
        routes.on("POST declarants", c -> {
            Callers.requireAdministrator(c, "ADD");
            return Routes.Reply.created(add(c.read(DeclarantRecord.class)));
        }).on("GET declarants", c -> Routes.Reply.ok(list(c.query())))
                .on("GET declarants/{id}", c -> Routes.Reply.ok(get(c.variable(0))))
                .on("PUT declarants/{id}", c -> {
                    Callers.requireAdministrator(c, "UPDATE");
                    return Routes.Reply.ok(update(c.variable(0), c.read(DeclarantRecord.class)));
                })
                .on("DELETE declarants/{id}", c -> {
                    Callers.requireAdministrator(c, "REMOVE");
                    remove(c.variable(0));
                    return Routes.Reply.noContent();
                });
    }

    synchronized DeclarantRecord add(DeclarantRecord d) {
        Checks.serverSet("id", d.id());
        checked(d);
        if (find(d.idNumber()) != null) {
            throw ApiError.conflict("CONFLICT", "a declarant with this identity number is maintained already");
        }
        String id = "D" + (++issued);
        return declarants.add(id, d.toBuilder().id(id).build());
    }

    synchronized DeclarantRecord update(String id, DeclarantRecord d) {
        DeclarantRecord current = declarants.find(id);
        if (d.id() != null && !d.id().equals(id)) {
            throw ApiError.invalid("id", "the body's " + d.id() + " is not " + id);
        }
        checked(d);
        if (!current.idNumber().equals(d.idNumber())) {
            throw ApiError.invalid("idNumber", "an identity number is one person and does not change: add the other"
                    + " person as a declarant of their own");
        }
        return declarants.put(id, d.toBuilder().id(id).build());
    }

    synchronized DeclarantRecord get(String id) {
        return declarants.find(id);
    }

    synchronized void remove(String id) {
        declarants.find(id);
        declarants.remove(id);
    }

    synchronized Map<String, Object> list(Map<String, String> query) {
        return declarants.page(d -> true, d -> d, query);
    }

    /**
     * Refuses a signature whose declarant is not a maintained one (003 签名制作: "注意必须与原产地综合服务平台备案的
     * 申报员一致"): by identity number, and the name as maintained. While none is maintained, the declarant of the
     * initial values ({@code initial}, 001 ch.2) stands for the filing, as before the register existed; with neither
     * the simulator has nothing to compare with and takes the signature as given.
     */
    synchronized void requireSigner(String name, String idNumber, Declarant initial) {
        if (declarants.values().isEmpty()) {
            if (initial != null && initial.idNumber() != null && !initial.idNumber().equals(idNumber)) {
                throw ApiError.invalid("declarantIdNumber", "not the filed declarant: the initial values name "
                        + initial.name() + "; a signature is the filed declarant's (003 签名制作)");
            }
            return;
        }
        DeclarantRecord filed = find(idNumber);
        if (filed == null) {
            throw ApiError.invalid("declarantIdNumber", "not a maintained declarant (申报员信息维护): a signature is the"
                    + " filed declarant's (003 签名制作: 必须与原产地综合服务平台备案的申报员一致)");
        }
        if (!filed.name().equals(name)) {
            throw ApiError.invalid("declarantName", "the declarant with this identity number is maintained as "
                    + filed.name() + " (003 签名制作: 必须与原产地综合服务平台备案的申报员一致)");
        }
    }

    private DeclarantRecord find(String idNumber) {
        for (DeclarantRecord d : declarants.values()) {
            if (d.idNumber().equals(idNumber)) {
                return d;
            }
        }
        return null;
    }

    private static void checked(DeclarantRecord d) {
        Checks.valid(FIELDS.validate(d));
        Checks.text("name", d.name(), NAME_MAX);
        optional("email", d.email());
        optional("cardNumber", d.cardNumber());
    }

    private static void optional(String field, String value) {
        if (value != null) {
            Checks.text(field, value, TEXT_MAX);
        }
    }
}
