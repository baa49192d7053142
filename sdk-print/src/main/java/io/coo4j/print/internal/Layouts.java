package io.coo4j.print.internal;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.coo4j.core.InvalidInputException;
import io.coo4j.core.io.BoundedInput;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Loads layouts by id: first from the user's override folder (a file {@code <id>.json}), then from the
 * bundled resources. Each is read once; thread-safe.
 */
public final class Layouts {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private final Path overrides;
    private final Map<String, Layout> cache = new ConcurrentHashMap<>();

    public Layouts(Path overrides) {
        this.overrides = overrides;
    }

    public Layout get(String id) {
        return cache.computeIfAbsent(id, this::load);
    }

    private Layout load(String id) {
        if (!id.matches("[A-Za-z0-9_-]{1,64}")) {
            // Ids come from reference data a user may override: never let one name a file outside the folder.
            throw new InvalidInputException("layouts", id, "not a layout id (letters, digits, '_' and '-')");
        }
        String name = id.toLowerCase(java.util.Locale.ROOT).replace('_', '-') + ".json";
        try {
            if (overrides != null && Files.isRegularFile(overrides.resolve(name))) {
                return read(Files.newInputStream(overrides.resolve(name)), overrides.resolve(name).toString());
            }
            InputStream in = Layouts.class.getResourceAsStream("/io/coo4j/print/layouts/" + name);
            if (in == null) {
                throw new InvalidInputException("layouts", id, "no layout for this form");
            }
            return read(in, name);
        } catch (IOException e) {
            throw new InvalidInputException(overrides != null ? overrides.resolve(name).toString() : name, "",
                    "cannot read the layout: " + BoundedInput.describe(e), e);
        }
    }

    private static Layout read(InputStream in, String source) throws IOException {
        try (in) {
            return MAPPER.readValue(in, Layout.class);
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new InvalidInputException(source, "", "not a layout: " + e.getOriginalMessage(), e);
        }
    }
}
