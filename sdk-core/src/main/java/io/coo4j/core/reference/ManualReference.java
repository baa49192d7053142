package io.coo4j.core.reference;

/**
 * Where the Single Window manual (单一窗口标准版用户手册（原产地证申请系统）, ch.4 §1.1–1.30) describes a certificate
 * type, and which section its basic information (基本信息参见 1.x) and its goods special fields
 * (货物信息特殊字段参见 1.x) refer to, each quoted. This cross-reference decides the type's
 * {@link BasicProfile} and {@link GoodsProfile}; a type the manual has no section for takes its profiles from a
 * third-party editor, and what rests on them only warns.
 *
 * @param section the type's own section, e.g. {@code 1.6}
 * @param basic   what its basic information refers to
 * @param goods   what its goods special fields refer to
 * @since 0.1
 */
public record ManualReference(String section, Reference basic, Reference goods) {

    /**
     * One cross-reference: the section referred to and the manual's words.
     *
     * @param refers the section referred to, e.g. {@code 1.3}
     * @param quote  the manual's words, e.g. 基本信息参见 1.3 中国-韩国自贸区原产地证。
     */
    public record Reference(String refers, String quote) {
    }
}
