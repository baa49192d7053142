package io.coo4j.testkit.internal;

/**
 * Who a caller is in the simulator's one enterprise. The manuals give some operations to the enterprise's administrator
 * alone ("使用管理员账户或法人卡登录", 001 ch.1; 003 我的操作员); the simulator has no user accounts, so it takes the
 * holder of its bearer token for the administrator (管理员账户 or 法人卡) and a caller signing with an HMAC key for an
 * operator (操作员) — a stand-in, documented in {@code docs/api.md}, not a rule of the manuals.
 */
final class Callers {
    /** The principal {@link Routes.Call#principal()} names for the bearer token. */
    private static final String TOKEN = "token";

    private Callers() {
    }

    static boolean administrator(String principal) {
        return TOKEN.equals(principal);
    }

    /** Refuses {@code operation} with a {@code 403 FORBIDDEN} unless the caller is the administrator. */
    static void requireAdministrator(Routes.Call call, String operation) {
        if (!administrator(call.principal())) {
            throw ApiError.forbidden(operation + " is the enterprise administrator's (使用管理员账户或法人卡登录, 001 ch.1;"
                    + " 003 我的操作员): an operator may not");
        }
    }
}
