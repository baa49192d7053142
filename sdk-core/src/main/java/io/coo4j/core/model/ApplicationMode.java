package io.coo4j.core.model;

/** How an enterprise applies for certificates (申领方式, 001 ch.1). */
public enum ApplicationMode {
    /** 自理: declares its own certificates. */
    SELF("自理"),
    /** 代理: declares on behalf of principals. */
    AGENT("代理"),
    /** 不申领证书: filed, but applies for no certificates (the English name is then optional). */
    NOT_APPLYING("不申领证书");

    private final String nameZh;

    ApplicationMode(String nameZh) {
        this.nameZh = nameZh;
    }

    /** The Chinese term for this value. */
    public String nameZh() {
        return nameZh;
    }
}
