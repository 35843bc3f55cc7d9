package org.xinsheng.ratelimit;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.xinsheng.support.Api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** XINSHENG_RATE_LIMIT=false: no filter, no counting, no sync. */
@MicronautTest(transactional = false)
@Property(name = "xinsheng.rate-limit.enabled", value = "false")
@Property(name = "xinsheng.rate-limit.filing", value = "1")
class RateLimitSwitchedOffTest {

    @Inject
    Api api;
    @Inject
    ApplicationContext context;

    @Test
    void nothingIsLimited() {
        Callers worker = Callers.newClient(api);
        for (int i = 0; i < 3; i++) {
            assertEquals(201, worker.file().status());
        }
        assertFalse(context.containsBean(RateLimitFilter.class));
        assertFalse(context.containsBean(RateLimitSync.class));
    }
}
