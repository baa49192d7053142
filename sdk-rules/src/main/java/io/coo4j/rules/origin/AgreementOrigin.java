package io.coo4j.rules.origin;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A row of {@code origin.json}: an agreement's general provisions. {@code originatingGoods} cites the article that lists
 * the ways a good qualifies (原产货物); {@code productSpecificRules} says whether the agreement has product-specific rules
 * (产品特定原产地规则) at all (the China–Honduras early harvest has none: wholly obtained or produced from originating
 * materials only); {@code generalRule} is the rule for goods no product-specific rule covers (null where every product
 * has one, or where no such rule exists). Then the de minimis share (null where none), the chapter ranges
 * ({@code "15-24"}) whose products may not use de minimis for a material of their own subheading, the value RVC and de
 * minimis are computed on ({@code FOB}, or {@code EX_WORKS} where the agreement says 出厂价格), and the criterion its
 * certificate prints for each way of qualifying ({@code WO}, {@code PE}, {@code CTC}, {@code RVC}, {@code PSR}; null
 * where coo4j does not know).
 *
 * @param agreement                       the agreement's two-digit customs code, e.g. {@code 19}
 * @param generalRule                     the rule for products without a product-specific rule, in coo4j's rule syntax
 *                                        ({@code RVC(45)}); null where there is none
 * @param deMinimisPercent                the de minimis (微小含量) share of the value base in percent; null where none
 * @param deMinimisSameSubheadingExcluded chapter ranges ({@code "15-24"}) whose products may not use de minimis for a
 *                                        material of their own subheading; {@code null} reads as none
 * @param valueBase                       the value RVC and de minimis are shares of; {@code null} reads as FOB
 * @param productSpecificRules            whether the agreement has product-specific rules at all
 * @param criteria                        the criterion the certificate prints for each way of qualifying
 *                                        ({@code WO}, {@code PE}, {@code CTC}, {@code RVC}, {@code PSR}), a value null
 *                                        where coo4j does not know it; {@code null} reads as none
 * @param originatingGoods                the article that lists the ways a good qualifies (原产货物)
 * @param source                          the articles the row is taken from
 * @param verify                          what is not yet confirmed from the agreement's text; null when all is
 * @since 0.1
 */
public record AgreementOrigin(String agreement, @Nullable String generalRule, @Nullable BigDecimal deMinimisPercent,
                              List<String> deMinimisSameSubheadingExcluded, ValueBase valueBase, boolean productSpecificRules,
                              Map<String, @Nullable String> criteria, @Nullable String originatingGoods, @Nullable String source,
                              @Nullable String verify) {
    /** The value an agreement's RVC and de minimis are shares of. */
    public enum ValueBase {
        /** 离岸价格. */
        FOB,
        /** 出厂价格. */
        EX_WORKS
    }

    /** Copies the lists; {@code null} reads as none. */
    public AgreementOrigin(String agreement, @Nullable String generalRule, @Nullable BigDecimal deMinimisPercent,
            @Nullable List<String> deMinimisSameSubheadingExcluded, @Nullable ValueBase valueBase,
            boolean productSpecificRules, @Nullable Map<String, @Nullable String> criteria, @Nullable String originatingGoods,
            @Nullable String source, @Nullable String verify) {
        // Not compact: the parameter may be null, the component never is.
        deMinimisSameSubheadingExcluded = deMinimisSameSubheadingExcluded == null ? List.of()
                : List.copyOf(deMinimisSameSubheadingExcluded);
        valueBase = valueBase == null ? ValueBase.FOB : valueBase;
        criteria = criteria == null ? Map.of() : Collections.unmodifiableMap(new HashMap<>(criteria));
        this.agreement = agreement;
        this.generalRule = generalRule;
        this.deMinimisPercent = deMinimisPercent;
        this.deMinimisSameSubheadingExcluded = deMinimisSameSubheadingExcluded;
        this.valueBase = valueBase;
        this.productSpecificRules = productSpecificRules;
        this.criteria = criteria;
        this.originatingGoods = originatingGoods;
        this.source = source;
        this.verify = verify;
    }

    /** Whether products of {@code chapter} may not use de minimis for a material of their own subheading. */
    public boolean sameSubheadingExcluded(String chapter) {
        for (String range : deMinimisSameSubheadingExcluded) {
            String[] ends = range.split("-");
            String to = ends.length > 1 ? ends[1] : ends[0];
            if (chapter.compareTo(ends[0]) >= 0 && chapter.compareTo(to) <= 0) {
                return true;
            }
        }
        return false;
    }
}
