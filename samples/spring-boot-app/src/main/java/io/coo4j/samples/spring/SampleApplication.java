package io.coo4j.samples.spring;

import io.coo4j.core.json.CooJson;
import io.coo4j.core.model.CertificateRecord;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * A Spring Boot application with coo4j's starter, configured in {@code application.yml}: certificate numbers come
 * from a table of its PostgreSQL database, declarations go to the endpoint under {@code coo4j.client}.
 * {@code java -jar coo4j-sample-spring-boot.jar draft.json …} declares each certificate file named and logs its number.
 */
@SpringBootApplication
public class SampleApplication {
    private static final Logger LOG = LoggerFactory.getLogger(SampleApplication.class);

    public static void main(String[] args) {
        SpringApplication.run(SampleApplication.class, args);
    }

    /** Declares the certificate JSON files named on the command line. */
    @Bean
    ApplicationRunner declareFiles(DeclarationService declarations) {
        return args -> {
            for (String file : args.getNonOptionArgs()) {
                CertificateRecord declared = declarations.declare(CooJson.strict().readCertificate(Path.of(file)));
                LOG.info("{}: declared as {}, {}", file, declared.certificate().number(), declared.state());
            }
        };
    }
}
