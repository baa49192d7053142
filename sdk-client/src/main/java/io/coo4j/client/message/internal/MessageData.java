package io.coo4j.client.message.internal;

import com.fasterxml.jackson.databind.JavaType;
import io.coo4j.core.CooException;
import io.coo4j.core.json.CooJson;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Loads sdk-client's built-in data files ({@code io/coo4j/client/message/*.json}): the message layout, the
 * fields it does not carry and the code lists only the message uses. Each file says where its content
 * comes from and, in {@code verify}, what is not confirmed.
 */
public final class MessageData {
    private MessageData() {
    }

    /** One data file: what it is, where it comes from, what is unconfirmed, and its rows. */
    public record DataFile<T>(String description, String source, String verify, List<T> entries) {
        public DataFile {
            entries = entries == null ? List.of() : List.copyOf(entries);
        }
    }

    public static <T> DataFile<T> load(String fileName, Class<T> rowType) {
        CooJson json = CooJson.strict();
        JavaType type = json.type(DataFile.class, rowType);
        try (InputStream in = MessageData.class.getResourceAsStream("/io/coo4j/client/message/" + fileName)) {
            if (in == null) {
                throw new CooException("built-in message data " + fileName + " is missing from the class path");
            }
            return json.read(in, type, fileName + " (built-in)");
        } catch (IOException e) {
            throw new CooException("cannot read built-in message data " + fileName + ": " + e.getMessage(), e);
        }
    }
}
