package io.coo4j.rules;

import io.coo4j.rules.internal.CriteriaSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The origin criteria (原产地标准) a certificate type's goods lines may carry, as {@link CertificateValidator} checks
 * them ({@code io/coo4j/rules/criteria.json}), for tools that offer them as choices: a goods template's drop-down
 * list, a form's selection. The lists are per certificate type, because a type fixes its agreement and, for GSP,
 * the destinations each criterion serves. An empty list means coo4j has no confirmed list for the type yet (or the
 * type carries no criterion): offer free entry then, not an empty choice.
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class OriginCriteria {
    private OriginCriteria() {
    }

    /**
     * The criterion codes of {@code certificateType} in table order, without the empty criterion (which some
     * agreements allow: China–ASEAN below the PSR list, GSP to Australia and New Zealand).
     */
    public static List<String> codes(String certificateType) {
        return distinct(certificateType, c -> List.of(c.code()));
    }

    /** The sub-criteria any criterion of {@code certificateType} takes (China–ASEAN PSR: RVC, CTC, PROCESS). */
    public static List<String> subCriteria(String certificateType) {
        return distinct(certificateType, CriteriaSet.Criterion::subCriteria);
    }

    private static List<String> distinct(String type, Function<CriteriaSet.Criterion, List<String>> values) {
        CriteriaSet set = CriteriaSet.forType(type);
        if (set == null) {
            return List.of();
        }
        Set<String> out = new LinkedHashSet<>();
        set.criteria().forEach(c -> values.apply(c).stream().filter(v -> !v.isEmpty()).forEach(out::add));
        return List.copyOf(out);
    }
}
