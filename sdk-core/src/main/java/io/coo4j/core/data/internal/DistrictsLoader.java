package io.coo4j.core.data.internal;

import io.coo4j.core.InvalidInputException;
import io.coo4j.core.data.CustomsDistrict;
import io.coo4j.core.data.CustomsDistricts;
import io.coo4j.core.json.CooJson;
import io.coo4j.core.internal.Texts;
import io.coo4j.core.io.BoundedInput;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads {@code customs/customs_coo_issuing_authorities.json} ({@code {"entries": [{code, name, applicationAddress,
 * abbreviationName, aliases}]}}) and, when present, the English addresses of {@code …address_overrides.json} (same
 * shape; every code must be a district of the main file, and its address replaces the main one).
 */
public final class DistrictsLoader {
    /** The districts file inside a pack. */
    public static final String FILE = "customs/customs_coo_issuing_authorities.json";
    /** The address overrides beside it. */
    public static final String OVERRIDES = "customs/customs_coo_issuing_authorities.address_overrides.json";
    private static final long MAX_BYTES = 8L * 1024 * 1024;

    /** The file's shape; unknown fields are refused by the strict reader. */
    public record DistrictsFile(List<CustomsDistrict> entries) {
    }

    private DistrictsLoader() {
    }

    public static CustomsDistricts load(Path pack) {
        Path file = pack.resolve(FILE);
        List<CustomsDistrict> districts = read(file);
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < districts.size(); i++) {
            if (index.putIfAbsent(districts.get(i).code(), i) != null) {
                throw new InvalidInputException(file.toString(), "entries[" + i + "].code", "duplicate code " + districts.get(i).code());
            }
        }
        Path overridesFile = pack.resolve(OVERRIDES);
        if (CsvReader.present(overridesFile)) {
            List<CustomsDistrict> merged = new ArrayList<>(districts);
            List<CustomsDistrict> overrides = read(overridesFile);
            for (int i = 0; i < overrides.size(); i++) {
                CustomsDistrict o = overrides.get(i);
                Integer at = index.get(o.code());
                if (at == null) {
                    throw new InvalidInputException(overridesFile.toString(), "entries[" + i + "].code", "district " + o.code()
                            + " is not in " + FILE);
                }
                CustomsDistrict d = merged.get(at);
                merged.set(at, new CustomsDistrict(d.code(), d.name(), o.applicationAddress(), d.abbreviationName(), d.aliases()));
            }
            districts = merged;
        }
        return new CustomsDistricts(districts);
    }

    private static List<CustomsDistrict> read(Path file) {
        byte[] json;
        try (InputStream in = BoundedInput.openRegularFile(file, MAX_BYTES, "a districts table")) {
            json = in.readAllBytes();
        } catch (IOException e) {
            throw new InvalidInputException(file.toString(), "", Texts.describe(e), e);
        }
        List<CustomsDistrict> entries = CooJson.strict().read(json, DistrictsFile.class, file.toString()).entries();
        if (entries == null || entries.isEmpty()) {
            throw new InvalidInputException(file.toString(), "entries", "required: at least one district");
        }
        for (int i = 0; i < entries.size(); i++) {
            CustomsDistrict d = entries.get(i);
            String at = "entries[" + i + "]";
            if (d == null) {
                throw new InvalidInputException(file.toString(), at, "must be an object");
            }
            if (d.code() == null || !d.code().matches("[0-9A-Z]{4}")) {
                throw new InvalidInputException(file.toString(), at + ".code", "expected 4 digits or capitals (e.g. 0100, A100), found " + d.code());
            }
            if (d.name() == null || d.name().isBlank()) {
                throw new InvalidInputException(file.toString(), at + ".name", "required");
            }
            if (d.applicationAddress() == null) {
                throw new InvalidInputException(file.toString(), at + ".applicationAddress", "required (empty when unknown)");
            }
        }
        return entries;
    }
}
