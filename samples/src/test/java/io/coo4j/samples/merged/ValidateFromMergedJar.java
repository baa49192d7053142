package io.coo4j.samples.merged;

import io.coo4j.core.model.Certificate;
import io.coo4j.core.validation.Rule;
import io.coo4j.core.validation.RuleCatalog;
import io.coo4j.core.validation.Violation;
import io.coo4j.rules.CertificateValidator;
import io.coo4j.testkit.SampleData;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Run by {@link MergedJarTest} in a child JVM whose class path is a naively merged jar of the SDK modules: validates
 * a certificate that breaks a rule of sdk-core and one of sdk-rules, and reads the messages of every rule.
 */
public final class ValidateFromMergedJar {
    private ValidateFromMergedJar() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        int messages = 0;
        for (Rule r : RuleCatalog.rules()) {
            messages += r.messageTemplate().isEmpty() || r.messageTemplateZh().isEmpty() ? 0 : 1;
        }
        out.println("rule sets " + RuleCatalog.ruleSets().size() + ", rules with both messages " + messages);
        Certificate toTheUs = SampleData.certificate().toBuilder().destinationCountry("US").filingNumber("12345").build();
        for (Violation v : CertificateValidator.defaults().validate(toTheUs).violations()) {
            out.println(v.code() + " | " + v.message() + " | " + v.messageZh());
        }
    }
}
