package io.coo4j.rules;

import com.fasterxml.jackson.databind.JavaType;
import io.coo4j.core.InvalidInputException;
import io.coo4j.core.json.CooJson;
import io.coo4j.core.reference.ReferenceFile;
import io.coo4j.rules.internal.CriteriaSet;
import io.coo4j.rules.internal.RulesData;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The origin criteria (原产地标准) each certificate type's goods lines may carry: the table {@link CertificateValidator}
 * checks against and that tools offer as choices (a goods template's drop-down list, a form's selection). The lists
 * are per certificate type, because a type fixes its agreement and, for GSP, the destinations each criterion serves.
 *
 * <p>The built-in table ({@code io/coo4j/rules/criteria.json}) holds the lists coo4j could confirm or grade from the
 * seeds and the forms' notes; a type it lacks is reported by the validator as not checked. A user who holds a form's
 * notes supplies that type's list in a file of the same format with {@link #withOverrides(Path)}, no release needed.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class OriginCriteria {
    private static final Pattern TYPE = Pattern.compile("[A-Z]{1,3}");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Map<String, CriteriaSet> byType;

    private OriginCriteria(Map<String, CriteriaSet> byType) {
        this.byType = byType;
    }

    private static final class Builtin {
        static final OriginCriteria TABLE = new OriginCriteria(index(RulesData.load("criteria.json", CriteriaSet.class)));
    }

    /** The built-in table, loaded on first use. */
    public static OriginCriteria defaults() {
        return Builtin.TABLE;
    }

    /**
     * This table with the rows of {@code file} (the {@code criteria.json} format) in place of this table's rows for the
     * same types. Every row is checked; a bad file is refused whole, naming the file, the JSON path and the rule.
     */
    public OriginCriteria withOverrides(Path file) {
        InvalidInputException.requireArgument(file, "OriginCriteria.withOverrides", "file");
        CooJson json = CooJson.strict();
        JavaType type = json.type(ReferenceFile.class, CriteriaSet.class);
        ReferenceFile<CriteriaSet> read;
        try {
            read = json.read(file, type);
        } catch (InvalidInputException e) {
            throw e;
        } catch (RuntimeException e) {
            // a row the record refuses (CriteriaSet.Criterion's own checks) surfaces as a mapping error
            throw new InvalidInputException(file.toString(), "entries", e.getMessage(), e);
        }
        List<CriteriaSet> rows = read.entries() == null ? List.of() : read.entries();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            check(file, "entries[" + i + "]", rows.get(i), seen);
        }
        Map<String, CriteriaSet> merged = new LinkedHashMap<>(byType);
        rows.forEach(r -> merged.put(r.type(), r));
        return new OriginCriteria(Collections.unmodifiableMap(merged));
    }

    /** Whether the table has a list for {@code certificateType} (else the validator reports it as not checked). */
    public boolean covers(@Nullable String certificateType) {
        return byType.containsKey(certificateType);
    }

    /**
     * The criterion codes of {@code certificateType} in table order, without the empty criterion (which some
     * agreements allow: China–ASEAN below the PSR list, GSP to Australia and New Zealand, China–Pakistan's content
     * percentage). Empty when the table has no list for the type, or the type carries no criterion: offer free entry
     * then, not an empty choice.
     */
    public List<String> codes(@Nullable String certificateType) {
        return distinct(certificateType, c -> List.of(c.code()));
    }

    /** The sub-criteria any criterion of {@code certificateType} takes (China–ASEAN PSR: RVC, CTC, PROCESS). */
    public List<String> subCriteria(@Nullable String certificateType) {
        return distinct(certificateType, CriteriaSet.Criterion::subCriteria);
    }

    /** The row of {@code type}, or null: for the validator. */
    @Nullable CriteriaSet set(@Nullable String type) {
        return byType.get(type);
    }

    private List<String> distinct(@Nullable String type, Function<CriteriaSet.Criterion, List<String>> values) {
        CriteriaSet set = byType.get(type);
        if (set == null) {
            return List.of();
        }
        Set<String> out = new LinkedHashSet<>();
        set.criteria().forEach(c -> values.apply(c).stream().filter(v -> !v.isEmpty()).forEach(out::add));
        return List.copyOf(out);
    }

    private static void check(Path file, String at, CriteriaSet row, Set<String> types) {
        if (row.type() == null || !TYPE.matcher(row.type()).matches()) {
            throw bad(file, at + ".type", "a certificate type code of 1 to 3 capital letters, got " + row.type());
        }
        if (!types.add(row.type())) {
            throw bad(file, at + ".type", "type " + row.type() + " has a row already in this file");
        }
        if (row.source() == null || row.source().isBlank()) {
            throw bad(file, at + ".source", "required: where the list comes from (the form's notes, an announcement)");
        }
        if (row.grade() == null) {
            throw bad(file, at + ".grade", "required: SEED, SCHEMA or OFFICIAL for a list the customs or an official text"
                    + " state (then it refuses), PEER or INFERRED otherwise (then it only warns)");
        }
        Set<String> codes = new HashSet<>();
        for (int j = 0; j < row.criteria().size(); j++) {
            CriteriaSet.Criterion c = row.criteria().get(j);
            String here = at + ".criteria[" + j + "]";
            if (c.code() == null || !codes.add(c.code())) {
                throw bad(file, here + ".code", c.code() == null ? "required (\"\" for the empty criterion)"
                        : "criterion '" + c.code() + "' is listed twice");
            }
            if (c.auxiliary() == null || c.importShare() == null) {
                throw bad(file, here + (c.auxiliary() == null ? ".auxiliary" : ".importShare"), "required");
            }
            if ((c.importShare() == CriteriaSet.ImportShare.AT_MOST) != (c.importShareMax() != null)) {
                throw bad(file, here + ".importShareMax", "goes with importShare AT_MOST, and only with it");
            }
            for (BigDecimal percent : new BigDecimal[] {c.importShareMax(), c.auxiliaryMin()}) {
                if (percent != null && (percent.signum() < 0 || percent.compareTo(HUNDRED) > 0)) {
                    throw bad(file, here, "a percentage from 0 to 100, got " + percent.toPlainString());
                }
            }
            if (c.subCriteria().stream().anyMatch(s -> s == null || s.isBlank())) {
                throw bad(file, here + ".subCriteria", "no empty sub-criterion");
            }
            if (c.destinations().stream().anyMatch(d -> d == null || !COUNTRY.matcher(d).matches())) {
                throw bad(file, here + ".destinations", "ISO 3166 alpha-2 codes such as KR");
            }
        }
    }

    private static InvalidInputException bad(Path file, String location, String problem) {
        return new InvalidInputException(file.toString(), location, problem);
    }

    private static Map<String, CriteriaSet> index(List<CriteriaSet> sets) {
        Map<String, CriteriaSet> map = new LinkedHashMap<>();
        sets.forEach(s -> map.put(s.type(), s));
        return Collections.unmodifiableMap(map);
    }
}
