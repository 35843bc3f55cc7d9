package org.xinsheng.ops;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;

/** The few settings a command needs before (or instead of) starting the application: read as the server reads them. */
record Settings(String dbUrl, String dbUser, String dbPassword, int port) {

    static Settings load() {
        try (ApplicationContext context = ApplicationContext.builder().build()) {
            Environment env = context.getEnvironment();
            env.start();
            return new Settings(
                    env.getRequiredProperty("datasources.default.url", String.class),
                    env.getProperty("datasources.default.username", String.class, "sa"),
                    env.getProperty("datasources.default.password", String.class, ""),
                    env.getProperty("micronaut.server.port", Integer.class, 8080));
        }
    }
}
