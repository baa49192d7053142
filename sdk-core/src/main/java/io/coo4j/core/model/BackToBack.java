package io.coo4j.core.model;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The inbound original proof of origin (原始原产地证明) behind an RCEP back-to-back certificate (背对背原产地证书,
 * 001 §1.26) or a China–ASEAN movement certificate (流动证明, 001 §1.24). The Single Window fills it from the inbound
 * goods' origin data (进境货物原产地信息) that the goods were picked from — "原始原产地证明中的字段是由货物信息中进境货物
 * 原产地信息电子数据使用并完成货物信息保存后自动反填" — and lets the enterprise edit only the approved-exporter number and
 * the first exporting RCEP country ("经核准出口商授权号、首次出口的 RCEP 原产国两个字段支持编辑修改").
 *
 * <p>Immutable; build with {@link #builder()}, change with {@link #toBuilder()}.
 *
 * @param originalProofNumber      the original proof's reference number (原始原产地证明编号, the manual's query field)
 * @param originalIssueDate        the original proof's date of issuance (RCEP Article 3.19.1(f); ACFTA OCP Rule 12(a)(iii))
 * @param firstExportingCountry    首次出口的 RCEP 原产国, ISO 3166-1 alpha-2
 * @param approvedExporterNumber   经核准出口商授权号, when the original proof is an approved exporter's declaration
 * @param originalIssuingAuthority the name of the Issuing Authority that issued the original Form E (ACFTA OCP Rule 12(a)(iii))
 * @param originalValidUntil       the original proof's end of validity: the back-to-back proof may not outlast it
 *                                 (ACFTA OCP Rule 12(c); RCEP Article 3.19.1(b))
 * @param originalConsignee        the consignee the original Form E names (box 2, products consigned to): the importer in
 *                                 China, who must be the exporter applying for the movement certificate (GACC Announcement
 *                                 2011 No. 11 二(二): 申报该货物进入我国关境的收货人同时是申报该货物离开我国关境的发货人);
 *                                 {@code null} when not known
 * @param lines                    the original proof's goods lines (进境货物原产地信息) the goods are chosen from, one per
 *                                 goods line ("每次新增货物信息仅可选择一项", 001 §1.24, §1.26); empty when not known
 * @since 0.1
 */
public record BackToBack(
        @Nullable String originalProofNumber,
        @Nullable LocalDate originalIssueDate,
        @Nullable String firstExportingCountry,
        @Nullable String approvedExporterNumber,
        @Nullable String originalIssuingAuthority,
        @Nullable LocalDate originalValidUntil,
        @Nullable Party originalConsignee,
        List<InboundLine> lines) {

    /** Copies the lists; a {@code null} list reads as empty and a {@code null} element is refused. */
    public BackToBack(@Nullable String originalProofNumber, @Nullable LocalDate originalIssueDate,
            @Nullable String firstExportingCountry, @Nullable String approvedExporterNumber,
            @Nullable String originalIssuingAuthority, @Nullable LocalDate originalValidUntil,
            @Nullable Party originalConsignee, @Nullable List<InboundLine> lines) {
        // Not compact: the parameter may be null, the component never is.
        lines = Lists.copy(lines, "BackToBack", "lines");
        this.originalProofNumber = originalProofNumber;
        this.originalIssueDate = originalIssueDate;
        this.firstExportingCountry = firstExportingCountry;
        this.approvedExporterNumber = approvedExporterNumber;
        this.originalIssuingAuthority = originalIssuingAuthority;
        this.originalValidUntil = originalValidUntil;
        this.originalConsignee = originalConsignee;
        this.lines = lines;
    }

    /** A builder with every field empty. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's fields, to change some of them. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds a {@link BackToBack}; not thread-safe. */
    public static final class Builder {
        private @Nullable String originalProofNumber;
        private @Nullable LocalDate originalIssueDate;
        private @Nullable String firstExportingCountry;
        private @Nullable String approvedExporterNumber;
        private @Nullable String originalIssuingAuthority;
        private @Nullable LocalDate originalValidUntil;
        private @Nullable Party originalConsignee;
        private List<InboundLine> lines = List.of();

        private Builder() {
        }

        private Builder(BackToBack b) {
            originalProofNumber = b.originalProofNumber;
            originalIssueDate = b.originalIssueDate;
            firstExportingCountry = b.firstExportingCountry;
            approvedExporterNumber = b.approvedExporterNumber;
            originalIssuingAuthority = b.originalIssuingAuthority;
            originalValidUntil = b.originalValidUntil;
            originalConsignee = b.originalConsignee;
            lines = b.lines;
        }

        /** The original proof's reference number (原始原产地证明编号). */
        public Builder originalProofNumber(@Nullable String v) { originalProofNumber = v; return this; }
        /** The original proof's date of issuance. */
        public Builder originalIssueDate(@Nullable LocalDate v) { originalIssueDate = v; return this; }
        /** 首次出口的 RCEP 原产国. */
        public Builder firstExportingCountry(@Nullable String v) { firstExportingCountry = v; return this; }
        /** 经核准出口商授权号. */
        public Builder approvedExporterNumber(@Nullable String v) { approvedExporterNumber = v; return this; }
        /** The Issuing Authority of the original Form E. */
        public Builder originalIssuingAuthority(@Nullable String v) { originalIssuingAuthority = v; return this; }
        /** The original proof's end of validity. */
        public Builder originalValidUntil(@Nullable LocalDate v) { originalValidUntil = v; return this; }
        /** The consignee the original Form E names (box 2): the importer in China. */
        public Builder originalConsignee(@Nullable Party v) { originalConsignee = v; return this; }
        /** The original proof's goods lines (进境货物原产地信息); {@code null} for none. */
        public Builder lines(@Nullable List<InboundLine> v) { lines = v; return this; }

        /** The value; {@code null} lines read as none. */
        public BackToBack build() {
            return new BackToBack(originalProofNumber, originalIssueDate, firstExportingCountry, approvedExporterNumber,
                    originalIssuingAuthority, originalValidUntil, originalConsignee, lines);
        }
    }
}
