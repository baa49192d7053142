package io.coo4j.rules.origin;

import io.coo4j.core.InvalidInputException;
import io.coo4j.core.model.GoodsItem;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The origin fields of a goods line as a certificate type's form prints them: the origin criterion (原产地标准), its
 * sub-criterion (China–ASEAN PSR: {@code RVC} / {@code CTC} / {@code PROCESS}), the auxiliary field (原产地标准辅助项:
 * a percentage, or the GSP heading) and the import-content share of FOB. Made by {@link CertificateCriteria} from an
 * origin determination, so an ERP fills the certificate from the answer rather than retyping it. Immutable.
 *
 * @param criterion            the origin criterion the form prints, e.g. {@code PSR}, {@code B}
 * @param subCriterion         the sub-criterion ({@code RVC}, {@code CTC}, {@code PROCESS}); null where the form has none
 * @param auxiliary            the auxiliary field (a percentage, or the GSP heading {@code XX.XX}); null where empty
 * @param importContentPercent the imported materials' share of FOB in percent (进口成份比例), 0 when all materials originate
 * @since 0.1
 */
public record GoodsCriterion(String criterion, @Nullable String subCriterion, @Nullable String auxiliary,
                             BigDecimal importContentPercent) {
    /** Refuses a missing criterion or import content: the form prints both. */
    public GoodsCriterion {
        InvalidInputException.requireArgument(criterion, "goods criterion", "criterion");
        InvalidInputException.requireArgument(importContentPercent, "goods criterion", "importContentPercent");
    }

    /** The goods line with these four fields set, the others untouched. */
    public GoodsItem.Builder applyTo(GoodsItem.Builder line) {
        return line.originCriterion(criterion).originSubCriterion(subCriterion).originAuxiliary(auxiliary)
                .importContentPercent(importContentPercent);
    }
}
