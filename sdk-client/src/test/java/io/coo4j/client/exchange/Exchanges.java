package io.coo4j.client.exchange;

import io.coo4j.core.json.CooJson;
import io.coo4j.core.model.Certificate;
import io.coo4j.core.testing.GeneratedFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

/** What the exchange tests share: a numbered certificate, receipts as the import client writes them, folder listings. */
final class Exchanges {
    private Exchanges() {
    }

    /** The Form E sample under number {@code E25456500999} followed by {@code serial} on four digits. */
    static Certificate certificate(int serial) {
        Certificate c = CooJson.strict().readCertificate(GeneratedFiles.projectRoot().resolve("samples/certificates/E.json"));
        return c.toBuilder().number(String.format("E25456500999%04d", serial)).build();
    }

    static FileExchange open(Path root) {
        return FileExchange.builder(root).pollInterval(Duration.ofMillis(5)).settleTime(Duration.ZERO).open();
    }

    static String fileRet(String number, int retType) {
        return "<FileRet xmlns=\"http://www.w3.org/2000/09/xmldsig#\"><CertNo>" + number + "</CertNo><RetType>" + retType
                + "</RetType><Note>导入成功</Note></FileRet>";
    }

    static String receipt(String number, int repType, String code, String text) {
        return "<Receipt xmlns=\"http://www.w3.org/2000/09/xmldsig#\"><CertNo>" + number + "</CertNo><Channel>6</Channel>"
                + "<CusRespData><RepType>" + repType + "</RepType><RepCode>" + code + "</RepCode><RepAddMsg>" + text
                + "</RepAddMsg></CusRespData></Receipt>";
    }

    static void drop(Path folder, String name, String xml) {
        try {
            Files.writeString(folder.resolve(name), xml, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> names(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
