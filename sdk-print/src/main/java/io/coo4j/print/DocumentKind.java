package io.coo4j.print;

/**
 * The documents a self-print produces from one certificate (docs/domain.md, "Self-print").
 *
 * @since 0.1
 */
public enum DocumentKind {
    /** The certificate (原产地证书), in the layout of its type's form family. */
    CERTIFICATE,
    /** The application form (申请书). */
    APPLICATION,
    /** The commercial invoice (发票). */
    INVOICE,
    /** The authentication slip (认证凭条). */
    SLIP
}
