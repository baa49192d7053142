package io.coo4j.client.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.coo4j.core.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Issue 17 item 5: an unknown apply type is coo4j's input error, and a message carrying one still names the element. */
class ApplyTypeTest {
    @Test
    void readsTheTwoCodesAndRefusesAnyOtherAsInvalidInput() {
        assertThat(ApplyType.ofCode("0")).isEqualTo(ApplyType.SAVE);
        assertThat(ApplyType.ofCode("1")).isEqualTo(ApplyType.DECLARE);
        for (String bad : new String[] {"2", "", " 1", null}) {
            assertThatThrownBy(() -> ApplyType.ofCode(bad)).as(String.valueOf(bad))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                        assertThat(e.location()).isEqualTo("code");
                        assertThat(e.problem()).startsWith("0 (暂存, save) or 1 (申报, declare), got ");
                    });
        }
    }

    @Test
    void aMessageWithAnUnknownApplyTypeIsRefusedNamingTheElementAndItsLine() {
        String message = new String(Messages.WRITER.write(Messages.sample("E"), ApplyType.DECLARE), StandardCharsets.UTF_8)
                .replace("<ApplyType>1</ApplyType>", "<ApplyType>2</ApplyType>");

        assertThatThrownBy(() -> Messages.READER.read(new ByteArrayInputStream(message.getBytes(StandardCharsets.UTF_8)),
                "COO_E1.xml")).isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.source()).isEqualTo("COO_E1.xml");
                    assertThat(e.location()).startsWith("line ");
                    assertThat(e.problem()).contains("ApplyType", "\"2\"");
                });
    }
}
