package org.xinsheng.web;

import com.zaxxer.hikari.HikariDataSource;
import io.micronaut.context.annotation.Requires;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.http.annotation.Controller;
import io.micronaut.jdbc.DataSourceResolver;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/** Uses a pooled connection after it was closed, as a request did when the pool had dropped its connection. */
@Controller("/api/v1/test-dead-connection")
@Requires(property = "xinsheng.test.dead-connection", value = "true")
@Secured(SecurityRule.IS_ANONYMOUS)
class DeadConnectionTestController {

    private final HikariDataSource pool;

    DeadConnectionTestController(DataSource dataSource, DataSourceResolver resolver) {
        this.pool = (HikariDataSource) resolver.resolve(dataSource);
    }

    @Get
    @ExecuteOn(TaskExecutors.BLOCKING)
    String read() {
        try {
            Connection connection = pool.getConnection();
            connection.close();
            connection.setReadOnly(true);
            return "{}";
        } catch (SQLException e) {
            throw new DataAccessException("Error setting read-only: " + e.getMessage(), e);
        }
    }
}
