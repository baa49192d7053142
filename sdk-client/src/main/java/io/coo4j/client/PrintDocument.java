package io.coo4j.client;

/**
 * The documents of a certificate's self-print (自助打印, docs/domain.md, "Self-print"): the certificate itself, the application form
 * (申请书), the invoice (发票) and the authentication slip (认证凭条).
 *
 * @since 0.1
 */
public enum PrintDocument {
    /** The certificate (证书) itself. */
    CERTIFICATE,
    /** The application form (申请书). */
    APPLICATION,
    /** The invoice (发票). */
    INVOICE,
    /** The authentication slip (认证凭条). */
    SLIP
}
