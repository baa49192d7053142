package io.coo4j.core.data;

import io.coo4j.core.InvalidInputException;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The customs districts of a data pack ({@code customs/customs_coo_issuing_authorities.json}, with the English
 * addresses of {@code …address_overrides.json} applied when that file is present), looked up by code. Immutable and
 * thread-safe.
 *
 * @since 0.1
 */
public final class CustomsDistricts {
    private final Map<String, CustomsDistrict> byCode;

    /**
     * The districts, looked up by code.
     *
     * @param districts every district, each code once
     * @throws InvalidInputException when two districts share a code
     */
    public CustomsDistricts(List<CustomsDistrict> districts) {
        Map<String, CustomsDistrict> map = new LinkedHashMap<>();
        for (CustomsDistrict d : InvalidInputException.requireList(districts, "CustomsDistricts", "districts")) {
            if (map.putIfAbsent(d.code(), d) != null) {
                throw new InvalidInputException("CustomsDistricts", "districts", "duplicate customs district " + d.code());
            }
        }
        byCode = Collections.unmodifiableMap(map);
    }

    /** The district with this 4-digit code. */
    public Optional<CustomsDistrict> find(String code) {
        return Optional.ofNullable(byCode.get(InvalidInputException.requireArgument(code, "CustomsDistricts.find", "code")));
    }

    /** Whether a customs district (关区) has this 4-digit code. */
    public boolean exists(String code) {
        return byCode.containsKey(InvalidInputException.requireArgument(code, "CustomsDistricts.exists", "code"));
    }

    /** Every district, in file order. */
    public Collection<CustomsDistrict> all() {
        return byCode.values();
    }

    /** How many districts the table holds. */
    public int size() {
        return byCode.size();
    }
}
