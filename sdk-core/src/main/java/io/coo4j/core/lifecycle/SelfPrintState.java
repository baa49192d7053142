package io.coo4j.core.lifecycle;

import io.coo4j.core.InvalidInputException;

/**
 * The self-print state of an approved certificate (自助打印, 003): whether its print layout has been
 * received from the customs (版式接收中 / 接收成功), whether it is archived (未归档 / 已归档), and whether
 * the original was printed (待打印 / 已打印).
 *
 * @param layout whether the print layout has been received (版式接收中 / 接收成功)
 * @param archive whether the certificate is archived (未归档 / 已归档)
 * @param print whether the original was printed (待打印 / 已打印)
 */
public record SelfPrintState(Layout layout, Archive archive, Print print) {
    /** Layout reception. */
    public enum Layout {
        /** 版式接收中: the customs has not yet delivered the print layout; only copies can be printed. */
        RECEIVING("接收中"),
        /** 接收成功: the layout is here, so the original can be printed. */
        RECEIVED("接收成功");

        private final String nameZh;

        Layout(String nameZh) {
            this.nameZh = nameZh;
        }

        /** The Chinese term for this value. */
        public String nameZh() {
            return nameZh;
        }
    }

    /** Archive state. */
    public enum Archive {
        /** 未归档: not archived yet. */
        UNARCHIVED("未归档"),
        /** 已归档: archived after the original was printed; a fault can no longer be reported. */
        ARCHIVED("已归档");

        private final String nameZh;

        Archive(String nameZh) {
            this.nameZh = nameZh;
        }

        /** The Chinese term for this value. */
        public String nameZh() {
            return nameZh;
        }
    }

    /** Print state. */
    public enum Print {
        /** 待打印: the original has not been printed (again, after a printer fault). */
        PENDING("待打印"),
        /** 已打印: the original was printed; it is printed only once. */
        PRINTED("已打印");

        private final String nameZh;

        Print(String nameZh) {
            this.nameZh = nameZh;
        }

        /** The Chinese term for this value. */
        public String nameZh() {
            return nameZh;
        }
    }

    /** Refuses a {@code null} part. */
    public SelfPrintState {
        InvalidInputException.requireArgument(layout, "self-print state", "layout");
        InvalidInputException.requireArgument(archive, "self-print state", "archive");
        InvalidInputException.requireArgument(print, "self-print state", "print");
    }

    /** The state of these three parts. */
    public static SelfPrintState of(Layout layout, Archive archive, Print print) {
        return new SelfPrintState(layout, archive, print);
    }

    @Override
    public String toString() {
        return "(" + layout + ", " + archive + ", " + print + ")";
    }
}
