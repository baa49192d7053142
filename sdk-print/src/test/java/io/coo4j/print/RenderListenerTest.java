package io.coo4j.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.coo4j.core.InvalidInputException;
import io.coo4j.core.model.Certificate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** The renderer tells its listener of each render, success or failure, and a failing listener changes nothing. */
class RenderListenerTest {

    @Test
    void theListenerHearsTypeDocumentOutcomeAndTime() {
        List<String> heard = new CopyOnWriteArrayList<>();
        PdfRenderer renderer = PdfRenderer.builder().fonts(FontProvider.standard()).listener((type, kind, failure, duration) -> {
            assertThat(duration).isPositive();
            heard.add(type + " " + kind + " " + (failure == null ? "ok" : failure.getClass().getSimpleName()));
        }).build();
        Certificate e = Samples.read("E");
        assertThat(renderer.render(e, DocumentKind.CERTIFICATE, Samples.fixed().build()).pages()).isEqualTo(1);
        RenderOptions overlay = Samples.fixed().mode(PrintMode.OVERLAY).build();
        assertThatThrownBy(() -> renderer.render(e, DocumentKind.INVOICE, overlay)).isInstanceOf(InvalidInputException.class);
        assertThat(heard).containsExactly("E CERTIFICATE ok", "E INVOICE InvalidInputException");
    }

    @Test
    void aThrowingListenerIsIgnoredAndTheAnswerIsTheSame() {
        PdfRenderer throwing = PdfRenderer.builder().fonts(FontProvider.standard()).listener((type, kind, failure, duration) -> {
            throw new IllegalStateException("metrics down");
        }).build();
        Certificate e = Samples.read("E");
        byte[] pdf = throwing.render(e, Samples.fixed().build()).pdf();
        assertThat(pdf).isEqualTo(Samples.LATIN.render(e, Samples.fixed().build()).pdf());
        assertThatThrownBy(() -> throwing.render(e, DocumentKind.INVOICE, Samples.fixed().mode(PrintMode.OVERLAY).build()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("overlay");
    }
}
