package io.coo4j.client;

/**
 * A call that failed on the way (传输失败): the connection was refused, reset or dropped, the host could not be
 * resolved, TLS failed, or the answer could not be read to its end. {@link #retryable()} unless repeating cannot help:
 * a server certificate that is not trusted or does not name the host, or a connection the client may not make (plain
 * text where TLS is required). The client has already retried as its {@link RetryPolicy} allows before throwing this.
 * Immutable.
 *
 * @since 0.1
 */
public class CooTransportException extends CooClientException {
    private static final long serialVersionUID = 1L;

    /**
     * A call that failed on the way.
     *
     * @param message   what failed, naming the call
     * @param cause     the network fault
     * @param retryable whether repeating the call may help (not for an untrusted server certificate)
     */
    public CooTransportException(String message, Throwable cause, boolean retryable) {
        super(message, cause, retryable);
    }
}
