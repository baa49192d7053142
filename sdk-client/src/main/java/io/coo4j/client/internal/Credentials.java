package io.coo4j.client.internal;

import io.coo4j.client.Signatures;
import java.time.Clock;
import okhttp3.Request;

/**
 * Puts the caller's credentials on a request: a bearer token, or an HMAC signature computed for each attempt (its
 * date must be fresh on a retry). Implementations are immutable and never expose the secret in {@code toString}.
 */
public interface Credentials {
    void apply(Request.Builder request, String method, String pathAndQuery, byte[] body);

    static Credentials token(String token) {
        String header = "Bearer " + token;
        return new Credentials() {
            @Override
            public void apply(Request.Builder request, String method, String pathAndQuery, byte[] body) {
                request.header("Authorization", header);
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
            public void apply(Request.Builder request, String method, String pathAndQuery, byte[] body) {
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
}
