package org.xinsheng.db;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;

/**
 * Settings for the embedded H2 database only (MySQL and MariaDB connections are left alone). H2 keeps a per-connection
 * cache of parsed statements, 8 by default: a filing runs more distinct statements than that, so every statement was
 * parsed again. A bigger cache changes nothing about what is stored or when it is written.
 */
@Singleton
public class H2Settings implements BeanCreatedEventListener<DatasourceConfiguration> {

    static final String QUERY_CACHE_SIZE = "64";

    @Override
    public DatasourceConfiguration onCreated(BeanCreatedEvent<DatasourceConfiguration> event) {
        DatasourceConfiguration config = event.getBean();
        String url = config.getUrl();
        if (url != null && url.startsWith("jdbc:h2:") && !url.toUpperCase().contains("QUERY_CACHE_SIZE")) {
            config.addDataSourceProperty("QUERY_CACHE_SIZE", QUERY_CACHE_SIZE);
        }
        return config;
    }
}
