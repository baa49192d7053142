package io.coo4j.rules.internal;

import com.fasterxml.jackson.databind.JavaType;
import io.coo4j.core.CooException;
import io.coo4j.core.json.CooJson;
import io.coo4j.core.reference.ReferenceFile;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/** Loads sdk-rules' built-in data files ({@code io/coo4j/rules/*.json}, the reference-file format). */
public final class RulesData {
    private RulesData() {
    }

    public static <T> List<T> load(String fileName, Class<T> rowType) {
        CooJson json = CooJson.strict();
        JavaType type = json.type(ReferenceFile.class, rowType);
        try (InputStream in = RulesData.class.getResourceAsStream("/io/coo4j/rules/" + fileName)) {
            if (in == null) {
                throw new CooException("built-in rules data " + fileName + " is missing from the class path");
            }
            ReferenceFile<T> file = json.read(in, type, fileName + " (built-in)");
            return file.entries();
        } catch (IOException e) {
            throw new CooException("cannot read built-in rules data " + fileName + ": " + e.getMessage(), e);
        }
    }
}
