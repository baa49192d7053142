package io.coo4j.spring;

import io.coo4j.client.CooClient;
import io.coo4j.client.CooClientListener;
import io.coo4j.client.RetryPolicy;
import io.coo4j.client.TokenSupplier;
import io.coo4j.client.exchange.FileExchange;
import io.coo4j.core.data.DataPack;
import io.coo4j.core.reference.ReferenceData;
import io.coo4j.print.FontProvider;
import io.coo4j.print.PdfRenderer;
import io.coo4j.print.RenderListener;
import io.coo4j.rules.CertificateValidator;
import io.coo4j.rules.ValidationListener;
import io.coo4j.rules.numbering.CertificateNumberGenerator;
import io.coo4j.rules.numbering.FileSerialStore;
import io.coo4j.rules.numbering.InMemorySerialStore;
import io.coo4j.rules.numbering.JdbcSerialStore;
import io.coo4j.rules.numbering.SerialStore;
import io.coo4j.rules.origin.OriginEngine;
import io.coo4j.spring.Coo4jProperties.SerialStoreKind;
import io.coo4j.spring.internal.Coo4jHealthIndicator;
import io.coo4j.spring.internal.Listeners;
import io.coo4j.spring.internal.Settings;
import java.nio.file.Path;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * What the starter puts in a Spring Boot application, from {@link Coo4jProperties}. Every bean backs off when the
 * application defines its own of the same type ({@code @ConditionalOnMissingBean}); the PDF renderer and the client
 * appear only when their modules are on the class path, the health component only with Actuator's health API. Runs after Spring Boot's DataSource auto-configuration so that
 * certificate numbers go to the application's database when it has one.
 *
 * @since 0.1
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
        "org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration"})
@EnableConfigurationProperties(Coo4jProperties.class)
public class Coo4jAutoConfiguration {
    /** Created by Spring Boot's auto-configuration, never by the application. */
    public Coo4jAutoConfiguration() {
    }

    /** The pack at {@code coo4j.data}, else the one named by {@code COO4J_DATA}, else the empty pack. */
    @Bean
    @ConditionalOnMissingBean
    public DataPack coo4jDataPack(Coo4jProperties properties) {
        Path folder = properties.getData();
        return Settings.build("coo4j.", "coo4j.data",
                () -> folder == null ? DataPack.fromEnvironment() : DataPack.load(folder));
    }

    /** coo4j's bundled reference data (countries, certificate types, code lists): {@link ReferenceData#defaults()}. */
    @Bean
    @ConditionalOnMissingBean
    public ReferenceData coo4jReferenceData() {
        return ReferenceData.defaults();
    }

    /**
     * The validator on the reference data and the pack; it tells every {@link ValidationListener} bean — the metrics
     * one of {@link Coo4jMetricsAutoConfiguration} and the application's own — of its validations, in their order.
     */
    @Bean
    @ConditionalOnMissingBean
    public CertificateValidator coo4jCertificateValidator(ReferenceData reference, DataPack pack,
                                                          ObjectProvider<ValidationListener> listeners) {
        List<ValidationListener> all = listeners.orderedStream().toList();
        return CertificateValidator.builder().referenceData(reference).dataPack(pack)
                .listener(all.isEmpty() ? null : (type, purpose, valid, errors, duration) ->
                        Listeners.each(all, l -> l.validated(type, purpose, valid, errors, duration)))
                .build();
    }

    /** The built-in general provisions with the data pack's PSR annexes. */
    @Bean
    @ConditionalOnMissingBean
    public OriginEngine coo4jOriginEngine(DataPack pack) {
        return OriginEngine.defaults().withAnnexes(pack);
    }

    /** The serial store {@code coo4j.serials.store} names, or the JDBC one when it is unset and a DataSource exists. */
    @Bean
    @ConditionalOnMissingBean
    @Conditional(SerialStoreWanted.class)
    public SerialStore coo4jSerialStore(Coo4jProperties properties, ObjectProvider<DataSource> dataSource) {
        Coo4jProperties.Serials serials = properties.getSerials();
        SerialStoreKind kind = serials.getStore() == null ? SerialStoreKind.JDBC : serials.getStore();
        return switch (kind) {
            case MEMORY -> new InMemorySerialStore();
            case FILE -> {
                if (serials.getFile() == null) {
                    throw Settings.invalid("coo4j.serials.file", "required when coo4j.serials.store=file");
                }
                yield Settings.build("coo4j.serials.", "coo4j.serials.file", () -> FileSerialStore.open(serials.getFile()));
            }
            case JDBC -> {
                DataSource source = dataSource.getIfUnique();
                if (source == null) {
                    throw Settings.invalid("coo4j.serials.store",
                            "jdbc needs exactly one DataSource bean in the application; there is none or several");
                }
                JdbcSerialStore store = Settings.build("coo4j.serials.", "coo4j.serials.table",
                        () -> JdbcSerialStore.create(source, serials.getTable()));
                yield serials.isCreateTable()
                        ? Settings.build("coo4j.serials.", "coo4j.serials.table", store::createTableIfMissing) : store;
            }
        };
    }

    /** The certificate number generator (证书号) on the serial store, when there is one. */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBean(SerialStore.class)
    public CertificateNumberGenerator coo4jCertificateNumberGenerator(SerialStore store) {
        return CertificateNumberGenerator.create(store);
    }

    /**
     * The PDF renderer, when {@code sdk-print} is on the class path; it tells every {@link RenderListener} bean of its
     * renders, as the validator does.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(PdfRenderer.class)
    static class Print {
        @Bean
        @ConditionalOnMissingBean
        PdfRenderer coo4jPdfRenderer(Coo4jProperties properties, ReferenceData reference,
                                     ObjectProvider<RenderListener> listeners) {
            String font = properties.getPrint().getFont();
            FontProvider fonts = Settings.build("coo4j.print.", "coo4j.print.font", () -> switch (font) {
                case "automatic" -> FontProvider.automatic();
                case "standard" -> FontProvider.standard();
                case "noto-sans-sc" -> FontProvider.notoSansSc();
                default -> FontProvider.trueType(Path.of(font));
            });
            List<RenderListener> all = listeners.orderedStream().toList();
            return PdfRenderer.builder().fonts(fonts).referenceData(reference)
                    .listener(all.isEmpty() ? null : (type, kind, failure, duration) ->
                            Listeners.each(all, l -> l.rendered(type, kind, failure, duration)))
                    .build();
        }
    }

    /**
     * The Single Window client when {@code coo4j.client.endpoint} is set, and the file exchange when a folder is. The
     * client takes its token from the application's {@link TokenSupplier} bean when there is one (credentials that
     * rotate), and tells every {@link CooClientListener} bean — the metrics one of
     * {@link Coo4jMetricsAutoConfiguration} and the application's own — and the listeners of every
     * {@link CooClientListener.Factory} bean of its calls, in their order.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(CooClient.class)
    static class Client {
        @Bean
        @ConditionalOnMissingBean
        @ConditionalOnProperty("coo4j.client.endpoint")
        CooClient coo4jClient(Coo4jProperties properties, ObjectProvider<TokenSupplier> tokens,
                              ObjectProvider<CooClientListener> listeners,
                              ObjectProvider<CooClientListener.Factory> listenerFactories) {
            Coo4jProperties.Client client = properties.getClient();
            Coo4jProperties.Retry retry = client.getRetry();
            boolean tokenSet = client.getToken() != null && !client.getToken().isBlank();
            TokenSupplier supplier = tokens.getIfUnique();
            if (tokenSet == (supplier != null)) {
                throw Settings.invalid("coo4j.client.token", tokenSet
                        ? "set, but the application also defines a TokenSupplier bean: keep one"
                        : "required when coo4j.client.endpoint is set, unless the application defines a TokenSupplier bean");
            }
            RetryPolicy policy = Settings.build("coo4j.client.retry.", "coo4j.client.retry.max-attempts",
                    () -> new RetryPolicy(retry.getMaxAttempts(), retry.getInitialBackoff(), retry.getMaxBackoff()));
            return Settings.build("coo4j.client.", "coo4j.client.endpoint", () -> {
                CooClient.Builder builder = CooClient.builder().endpoint(client.getEndpoint())
                        .connectTimeout(client.getConnectTimeout())
                        .readTimeout(client.getReadTimeout())
                        .callTimeout(client.getCallTimeout())
                        .retryPolicy(policy);
                if (tokenSet) {
                    builder.token(client.getToken());
                } else {
                    builder.tokenSupplier(supplier);
                }
                if (client.getUserAgentSuffix() != null) {
                    builder.userAgentSuffix(client.getUserAgentSuffix());
                }
                listeners.orderedStream().forEach(builder::listener);
                listenerFactories.orderedStream().forEach(builder::listenerFactory);
                return builder.build();
            });
        }

        @Bean
        @ConditionalOnMissingBean
        @ConditionalOnProperty("coo4j.exchange.folder")
        FileExchange coo4jFileExchange(Coo4jProperties properties) {
            return Settings.build("coo4j.exchange.", "coo4j.exchange.folder",
                    () -> FileExchange.open(properties.getExchange().getFolder()));
        }
    }

    /** The {@code coo4j} health component, when Spring Boot's health API (Actuator) is on the class path. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.boot.health.contributor.HealthIndicator")
    static class HealthComponent {
        @Bean
        @ConditionalOnMissingBean(name = "coo4jHealthIndicator")
        Coo4jHealthIndicator coo4jHealthIndicator(DataPack pack, Coo4jProperties properties) {
            Coo4jProperties.Client client = properties.getClient();
            return new Coo4jHealthIndicator(pack, client.getEndpoint(), client.getConnectTimeout());
        }
    }

    /** A store was named, or the application has a DataSource for the default JDBC store. */
    static class SerialStoreWanted extends AnyNestedCondition {
        SerialStoreWanted() {
            super(ConfigurationPhase.REGISTER_BEAN);
        }

        @ConditionalOnProperty("coo4j.serials.store")
        static class Named {
        }

        @ConditionalOnBean(DataSource.class)
        static class HasDataSource {
        }
    }
}
