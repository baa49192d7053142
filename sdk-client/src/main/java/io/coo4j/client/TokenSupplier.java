package io.coo4j.client;

/**
 * Where the client gets the bearer token (令牌) of each attempt, for credentials that rotate: a token read from a
 * vault, or an OAuth access token refreshed before it expires. Set with {@link CooClient.Builder#tokenSupplier}; a
 * token set with {@link CooClient.Builder#token(String)} is a supplier that always answers the same.
 *
 * <p>{@link #token()} is asked before every attempt, on the thread making the call (an OkHttp thread for the
 * asynchronous forms), so keep it fast: answer a cached token. When the service answers 401 the client asks
 * {@link #refresh(String)} once, with the token it refused; a different answer is tried at once, once, outside the
 * {@link RetryPolicy}'s count; the same answer, or a second 401, goes to the caller as {@link UnauthorizedException}.
 *
 * <p>A token must be printable ASCII without spaces (a header cannot carry more). An answer that is blank or is not,
 * or a supplier that throws, fails the call before anything is sent: the supplier's own {@code CooException}s as
 * they are, anything else as a {@link CooClientException} with it as the cause. Implementations must be thread-safe.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface TokenSupplier {
    /** The token to send now. */
    String token();

    /**
     * The token to send after the service refused {@code refused} (HTTP 401): by default {@link #token()} again. A
     * supplier that caches should drop {@code refused} and fetch anew — unless another thread already did, which it
     * can tell by its cached token no longer being {@code refused}.
     */
    default String refresh(String refused) {
        return token();
    }
}
