package io.coo4j.core.lifecycle;

/** What can be done to a certificate; {@link CertificateLifecycle} says when. */
public enum CertificateOperation {
    /** Save changes (暂存). */
    EDIT,
    /** Upload an attachment (随附单据) to a draft or a returned certificate. */
    ADD_ATTACHMENT,
    /** Remove an attachment; only while the certificate is a draft. */
    DELETE_ATTACHMENT,
    /** 申报 (also as part of 批量申报). */
    DECLARE,
    /** The customs stores the data (海关入库成功). */
    RECEIVE,
    /** 审核通过. */
    APPROVE,
    /** 退证. */
    RETURN,
    /** 删除. */
    DELETE,
    /** 复制: a new draft with a new number; the source is unchanged. */
    COPY,
    /** 单证转换: a new draft of another type; the source is unchanged. */
    CONVERT,
    /** 更改证. */
    AMEND,
    /** 重发证. */
    REISSUE,
    /** 更改重发证. */
    AMEND_REISSUE,
    /** 存档. */
    ARCHIVE,
    /** 作废 (CCPIT). */
    VOID,
    /** 打印 / 预览. */
    PRINT
}
