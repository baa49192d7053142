package io.coo4j.core.data;

import io.coo4j.core.InvalidInputException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A customs district (关区) that issues or collects certificates: its 4-character code (digits; A100 for Macao; the message's {@code OrgCode} /
 * {@code FetchPlace}), its Chinese name, the English application address printed and sent as {@code AplAdd} (empty
 * where the pack has none), its abbreviation and the other names it goes by.
 *
 * @param code the 4-character district code, e.g. A100 for Macao
 * @param name the Chinese name
 * @param applicationAddress the English application address printed and sent as {@code AplAdd}; empty where the pack has none
 * @param abbreviationName the abbreviation; {@code null} when the pack gives none
 * @param aliases the other names the district goes by; {@code null} reads as none
 *
 * @since 0.1
 */
public record CustomsDistrict(String code, String name, String applicationAddress, @Nullable String abbreviationName,
                              List<String> aliases) {
    /** Copies the aliases, {@code null} reading as none and a {@code null} alias refused. */
    public CustomsDistrict(String code, String name, String applicationAddress, @Nullable String abbreviationName,
            @Nullable List<String> aliases) {
        // Not compact: the parameter may be null, the component never is.
        if (aliases == null) {
            aliases = List.of();
        } else if (aliases.stream().anyMatch(java.util.Objects::isNull)) {
            throw new InvalidInputException("CustomsDistrict", "aliases", "must be names, found null");
        } else {
            aliases = List.copyOf(aliases);
        }
        this.code = code;
        this.name = name;
        this.applicationAddress = applicationAddress;
        this.abbreviationName = abbreviationName;
        this.aliases = aliases;
    }
}
