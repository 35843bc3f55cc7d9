package org.xinsheng.db;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.flyway.DataSourceMigrationRunner;
import io.micronaut.flyway.FlywayConfigurationProperties;
import io.micronaut.inject.qualifiers.Qualifiers;
import io.micronaut.jdbc.DataSourceResolver;
import jakarta.inject.Singleton;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.Locale;

/**
 * Brings the schema up to date as the data source is created, before anything uses it, in place of Micronaut's own
 * Flyway runner ({@code flyway.datasources.default.enabled} still switches it off): through {@link SchemaMigrations},
 * so nodes started together do not race. {@code xinsheng.schema.migrate}: {@code auto} (the default) migrates unless
 * another node is doing it, {@code wait} leaves migrating to {@code xinsheng migrate} and only waits for it.
 */
@Singleton
@Replaces(DataSourceMigrationRunner.class)
public class SchemaAtStart implements BeanCreatedEventListener<DataSource> {

    private final ApplicationContext context;
    private final DataSourceResolver resolver;
    private final SchemaMigrations.Mode mode;
    private final Duration patience;

    public SchemaAtStart(ApplicationContext context, DataSourceResolver resolver,
                         @Value("${xinsheng.schema.migrate:auto}") String mode,
                         @Value("${xinsheng.schema.wait:10m}") Duration patience) {
        this.context = context;
        this.resolver = resolver;
        this.mode = switch (mode.toLowerCase(Locale.ROOT)) {
            case "auto" -> SchemaMigrations.Mode.MIGRATE;
            case "wait" -> SchemaMigrations.Mode.WAIT;
            default -> throw new IllegalArgumentException("xinsheng.schema.migrate is auto or wait, not " + mode);
        };
        this.patience = patience;
    }

    @Override
    public DataSource onCreated(BeanCreatedEvent<DataSource> event) {
        String name = event.getBeanIdentifier().getName();
        context.findBean(FlywayConfigurationProperties.class, Qualifiers.byName(name))
                .filter(FlywayConfigurationProperties::isEnabled)
                .ifPresent(flyway -> new SchemaMigrations(resolver.resolve(event.getBean()),
                        flyway.getFluentConfiguration()).bringUpToDate(mode, patience));
        return event.getBean();
    }
}
