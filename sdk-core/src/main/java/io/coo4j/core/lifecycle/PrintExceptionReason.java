package io.coo4j.core.lifecycle;

/**
 * Why a self-print went wrong (打印异常申请, 003). Printer faults let the enterprise print again;
 * content faults make the customs regenerate the print file.
 */
public enum PrintExceptionReason {
    /** 停电: a printer fault. */
    POWER_CUT("停电", true),
    /** 缺纸: a printer fault. */
    OUT_OF_PAPER("缺纸", true),
    /** 卡纸: a printer fault. */
    PAPER_JAM("卡纸", true),
    /** 墨粉不足: a printer fault. */
    TONER_LOW("墨粉不足", true),
    /** 打印机未知故障: a printer fault. */
    UNKNOWN_PRINTER_FAULT("打印机未知故障", true),
    /** 内容缺失. */
    CONTENT_MISSING("内容缺失", false),
    /** 内容错误: comes with details of what is wrong. */
    CONTENT_WRONG("内容错误", false);

    private final String nameZh;
    private final boolean reprintAllowed;

    PrintExceptionReason(String nameZh, boolean reprintAllowed) {
        this.nameZh = nameZh;
        this.reprintAllowed = reprintAllowed;
    }

    /**
     * The Chinese name the Single Window shows.
     *
     * @return the name in Chinese, e.g. {@code 卡纸}
     */
    public String nameZh() {
        return nameZh;
    }

    /**
     * Whether the enterprise may print again at once.
     *
     * @return true: the enterprise may print again; false: the customs regenerates the print file first
     */
    public boolean reprintAllowed() {
        return reprintAllowed;
    }

    /**
     * The lifecycle operation this exception application performs.
     *
     * @return {@link SelfPrintOperation#REPORT_PRINTER_FAULT} or {@link SelfPrintOperation#REPORT_CONTENT_FAULT}
     */
    public SelfPrintOperation operation() {
        return reprintAllowed ? SelfPrintOperation.REPORT_PRINTER_FAULT : SelfPrintOperation.REPORT_CONTENT_FAULT;
    }
}
