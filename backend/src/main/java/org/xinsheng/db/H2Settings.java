package org.xinsheng.db;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;

import java.util.Locale;

/**
 * Settings for the embedded H2 database only (MySQL and MariaDB connections are left alone); a setting already named
 * in the URL is kept.
 * <p>
 * WRITE_DELAY 0: H2's store otherwise writes committed changes to its file up to half a second later, so a process
 * killed in that half second lost filings that had already been answered with a tracking code. With 0, every commit
 * writes its changes to the file before it returns, so what was acknowledged survives the process (not an operating
 * system crash or power loss: the file is not fsync'ed per commit; MariaDB is the database for that).
 * <p>
 * QUERY_CACHE_SIZE 64: H2 keeps a per-connection cache of parsed statements, 8 by default; a filing runs more
 * distinct statements than that, so every statement was parsed again.
 */
@Singleton
public class H2Settings implements BeanCreatedEventListener<DatasourceConfiguration> {

    static final String WRITE_DELAY = "0";
    static final String QUERY_CACHE_SIZE = "64";

    @Override
    public DatasourceConfiguration onCreated(BeanCreatedEvent<DatasourceConfiguration> event) {
        DatasourceConfiguration config = event.getBean();
        String url = config.getUrl();
        if (url != null && url.startsWith("jdbc:h2:")) {
            String named = url.toUpperCase(Locale.ROOT);
            if (!named.contains("WRITE_DELAY")) {
                config.addDataSourceProperty("WRITE_DELAY", WRITE_DELAY);
            }
            if (!named.contains("QUERY_CACHE_SIZE")) {
                config.addDataSourceProperty("QUERY_CACHE_SIZE", QUERY_CACHE_SIZE);
            }
        }
        return config;
    }
}
