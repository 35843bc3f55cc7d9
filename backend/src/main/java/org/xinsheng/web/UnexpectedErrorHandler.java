package org.xinsheng.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xinsheng.db.WriteConflicts;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Map;

/**
 * Errors no other handler knows. A database that cannot be reached answers 503 with Retry-After (clients retry with
 * the same Idempotency-Key, so nothing is filed twice), and so does a write that kept losing to others (deadlock or
 * Galera certification conflict, SQL state 40001); anything else is a 500 whose cause goes to the log only.
 */
@Produces
@Singleton
public class UnexpectedErrorHandler implements ExceptionHandler<RuntimeException, HttpResponse<ApiError>> {

    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedErrorHandler.class);

    @Override
    public HttpResponse<ApiError> handle(HttpRequest request, RuntimeException exception) {
        if (databaseUnreachable(exception)) {
            LOG.warn("Database unreachable during {} {}: {}", request.getMethod(), request.getPath(), exception.getMessage());
            return HttpResponse.<ApiError>status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header("Retry-After", "5")
                    .body(new ApiError("database_unavailable",
                            "The complaint database cannot be reached right now. Nothing was lost: try again in a few seconds.",
                            Map.of()));
        }
        if (WriteConflicts.isConflict(exception)) {
            // Lost to other writers more often than RetryOnConflict runs it again (or outside its reach): nothing
            // was written, so the same request may simply be sent again.
            LOG.warn("Write conflict not resolved by retries during {} {}", request.getMethod(), request.getPath());
            return HttpResponse.<ApiError>status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header("Retry-After", "1")
                    .body(new ApiError("database_busy",
                            "The complaint database is busy with other changes. Nothing was saved: try again in a moment.",
                            Map.of()));
        }
        LOG.error("Unexpected error during {} {}", request.getMethod(), request.getPath(), exception);
        return HttpResponse.<ApiError>status(HttpStatus.INTERNAL_SERVER_ERROR)
                .body(ApiError.internal());
    }

    /**
     * Whether the cause is the database connection rather than the request: SQL state class 08 (connection exception),
     * the pool's own errors about its connections (Hikari's "Connection is closed" on a connection it had already
     * dropped, or a closed pool, come without a SQL state), or the driver's or Micronaut Data's connection failures.
     */
    static boolean databaseUnreachable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLException sql && (connectionException(sql) || fromThePool(sql))
                    || t.getClass().getSimpleName().equals("CannotGetJdbcConnectionException")
                    || t.getClass().getSimpleName().equals("CommunicationsException")) {
                return true;
            }
        }
        return false;
    }

    private static boolean connectionException(SQLException e) {
        return e.getSQLState() != null && e.getSQLState().startsWith("08");
    }

    /** Thrown by the pool itself, not passed on from the database (those carry the database's SQL state). */
    private static boolean fromThePool(SQLException e) {
        StackTraceElement[] frames = e.getStackTrace();
        return e.getSQLState() == null && frames.length > 0 && frames[0].getClassName().startsWith("com.zaxxer.hikari.");
    }
}
