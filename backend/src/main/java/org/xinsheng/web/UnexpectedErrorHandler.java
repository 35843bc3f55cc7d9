package org.xinsheng.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Map;

/**
 * Errors no other handler knows. A database that cannot be reached answers 503 with Retry-After (clients retry with
 * the same Idempotency-Key, so nothing is filed twice); anything else is a 500 whose cause goes to the log only.
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
        LOG.error("Unexpected error during {} {}", request.getMethod(), request.getPath(), exception);
        return HttpResponse.<ApiError>status(HttpStatus.INTERNAL_SERVER_ERROR)
                .body(ApiError.internal());
    }

    static boolean databaseUnreachable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t.getClass().getSimpleName().equals("CannotGetJdbcConnectionException")
                    || t.getClass().getSimpleName().equals("CommunicationsException")) {
                return true;
            }
        }
        return false;
    }
}
