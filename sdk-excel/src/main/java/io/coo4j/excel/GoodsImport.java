package io.coo4j.excel;

import io.coo4j.core.InvalidInputException;
import io.coo4j.core.model.GoodsItem;
import java.util.List;

/**
 * What a goods import (货物导入) read: the goods of every row whose cells all converted, numbered 1… in file order,
 * and the problems of the other rows, all of them from one pass. The caller decides whether to take the good rows
 * or ask for a corrected file. At most {@link GoodsImporter#MAX_ERRORS} problems are listed; {@code errorsNotListed}
 * counts the rest.
 *
 * <p>Immutable.
 *
 * @param certificateType the certificate type the goods were read for (the caller's, else the template's), e.g. {@code E}
 * @param goods           the goods of the rows that converted, numbered from 1 in file order; empty when they were
 *                        handed to a consumer as read
 * @param errors          the problems of the other rows, at most {@link GoodsImporter#MAX_ERRORS}
 * @param errorsNotListed how many more problems there were
 * @since 0.1
 */
public record GoodsImport(String certificateType, List<GoodsItem> goods, List<CellError> errors, long errorsNotListed) {
    /** Refuses a missing certificate type; copies the lists, refusing a {@code null} element. */
    public GoodsImport {
        InvalidInputException.requireArgument(certificateType, "goods import", "certificateType");
        goods = InvalidInputException.requireList(goods, "goods import", "goods");
        errors = InvalidInputException.requireList(errors, "goods import", "errors");
    }

    /** Whether every non-empty row was read without a problem. */
    public boolean clean() {
        return errors.isEmpty();
    }
}
