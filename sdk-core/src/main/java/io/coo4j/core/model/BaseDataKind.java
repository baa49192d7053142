package io.coo4j.core.model;

/** The kinds of base-data profile (基础数据, 002) that pre-fill certificates. */
public enum BaseDataKind {
    EXPORTER("出口商"),
    IMPORTER("进口商"),
    PRODUCER("生产商"),
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
