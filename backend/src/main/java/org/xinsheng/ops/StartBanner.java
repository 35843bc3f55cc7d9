package org.xinsheng.ops;

import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The last start-up line: where the worker pages and the staff consoles are. */
@Singleton
public class StartBanner {

    private static final Logger LOG = LoggerFactory.getLogger(StartBanner.class);

    @EventListener
    void onServerStarted(ServerStartupEvent event) {
        String base = event.getSource().getURL().toString().replaceAll("/$", "");
        LOG.info("XinSheng is running. Workers: {}/  Staff: {}/staff  API: {}/api/v1/openapi.yml", base, base, base);
    }
}
