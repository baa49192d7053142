package io.coo4j.core.model;

/** The kinds of base-data profile (基础数据, 002) that pre-fill certificates. */
public enum BaseDataKind {
    /** 出口商: a saved exporter. */
    EXPORTER("出口商"),
    /** 进口商: a saved importer (consignee). */
    IMPORTER("进口商"),
    /** 生产商: a saved producer. */
    PRODUCER("生产商"),
    /** 特殊条款: a saved special clause (code and text) chosen when a certificate is filled. */
    SPECIAL_CLAUSE("特殊条款");

    private final String nameZh;

    BaseDataKind(String nameZh) {
        this.nameZh = nameZh;
    }

    /** The Chinese term for this value. */
    public String nameZh() {
        return nameZh;
    }
}
