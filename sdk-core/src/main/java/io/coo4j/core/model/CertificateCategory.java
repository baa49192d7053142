package io.coo4j.core.model;

/**
 * What a certificate is relative to an earlier one (证书类别). Anything but {@link #ORIGINAL} names the
 * certificate it replaces in {@code originalNumber} and carries an {@link Amendment}
 * (001 ch.5: 更改证, 重发证, 更改重发证 "生成新的证书号，并关联原证书号").
 */
public enum CertificateCategory {
    /** 新证: a first certificate. */
    ORIGINAL("新证", 0),
    /** 更改证: replaces an approved certificate with changed content. */
    AMENDMENT("更改证", 1),
    /** 重发证: re-issues an approved certificate (lost or damaged). */
    REISSUE("重发证", 2),
    /** 更改重发证: both at once. */
    AMENDMENT_REISSUE("更改重发证", 3);

    private final String nameZh;
    private final int messageCode;

    CertificateCategory(String nameZh, int messageCode) {
        this.nameZh = nameZh;
        this.messageCode = messageCode;
    }

    /** The category's Chinese name, as the Single Window shows it. */
    public String nameZh() {
        return nameZh;
    }

    /** The customs import message's {@code CertStatus} value (0 new, 1 amended, 2 reissued, 3 both). */
    public int messageCode() {
        return messageCode;
    }

    /** Whether a certificate of this category replaces an approved one (更改证, 重发证). */
    public boolean replacesAnother() {
        return this != ORIGINAL;
    }
}
