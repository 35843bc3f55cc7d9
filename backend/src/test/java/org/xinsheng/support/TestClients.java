package org.xinsheng.support;

import io.micronaut.context.annotation.Factory;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import org.xinsheng.staff.StaffService;

/** Test beans: API tests inject {@link Api} and {@link StaffFixtures} instead of building them in every class. */
@Factory
class TestClients {

    @Singleton
    Api api(@Client("/") HttpClient http, JsonMapper json) {
        return new Api(http.toBlocking(), json);
    }

    @Singleton
    StaffFixtures staffFixtures(StaffService staff, Api api) {
        return new StaffFixtures(staff, api);
    }
}
