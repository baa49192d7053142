package io.coo4j.client.internal;

import io.coo4j.client.CooClientException;
import io.coo4j.client.Signatures;
import io.coo4j.client.TokenSupplier;
import io.coo4j.core.CooException;
import io.coo4j.core.InvalidInputException;
import java.time.Clock;
import okhttp3.Request;

/**
 * Puts the caller's credentials on each attempt: a bearer token from a {@link TokenSupplier}, or an HMAC signature
 * computed for the attempt (its date must be fresh on a retry). Implementations are immutable and never expose a
 * token or the secret in {@code toString}.
 */
public interface Credentials {
    /** The token of the next attempt, or {@code null} when these credentials sign instead. */
    String token();

    /**
     * After the service refused {@code refused} with 401: a different token to try once, or {@code null} when there is
     * none (a fixed token, a signature).
     */
    String renew(String refused);

    /** Authenticates one attempt with {@code token}, what {@link #token()} or {@link #renew} gave (unused to sign). */
    void apply(Request.Builder request, String token, String method, String pathAndQuery, byte[] body);

    static Credentials tokens(TokenSupplier supplier) {
        return new Credentials() {
            @Override
            public String token() {
                return checked(ask(supplier::token));
            }

            @Override
            public String renew(String refused) {
                String fresh = checked(ask(() -> supplier.refresh(refused)));
                return fresh.equals(refused) ? null : fresh;
            }

            @Override
            public void apply(Request.Builder request, String token, String method, String pathAndQuery, byte[] body) {
                request.header("Authorization", "Bearer " + token);
            }

            @Override
            public String toString() {
                return "token(****)";
            }
        };
    }

    static Credentials hmac(String keyId, byte[] secret, Clock clock) {
        byte[] key = secret.clone();
        return new Credentials() {
            @Override
            public String token() {
                return null;
            }

            @Override
            public String renew(String refused) {
                return null;
            }

            @Override
            public void apply(Request.Builder request, String token, String method, String pathAndQuery, byte[] body) {
                long now = clock.instant().getEpochSecond();
                request.header(Signatures.KEY_HEADER, keyId)
                        .header(Signatures.DATE_HEADER, Long.toString(now))
                        .header(Signatures.SIGNATURE_HEADER, Signatures.request(key, method, pathAndQuery, now, body));
            }

            @Override
            public String toString() {
                return "hmac(" + keyId + ", ****)";
            }
        };
    }

    /** The supplier's answer; its own {@code CooException}s as they are, anything else it throws as the cause. */
    private static String ask(java.util.function.Supplier<String> supplier) {
        try {
            return supplier.get();
        } catch (CooException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new CooClientException("the token supplier failed (" + e.getClass().getName() + ")", e, false);
        }
    }

    /** A token a header can carry; the problem named, never the token. */
    private static String checked(String token) {
        if (token == null || token.isEmpty()) {
            throw new InvalidInputException("client configuration", "tokenSupplier", "answered no token");
        }
        if (!token.chars().allMatch(c -> c > ' ' && c < 0x7f)) {
            throw new InvalidInputException("client configuration", "tokenSupplier",
                    "answered a token that is not printable ASCII without spaces");
        }
        return token;
    }
}
