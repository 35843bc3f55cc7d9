package org.xinsheng.web;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

@Produces
@Singleton
@Requires(classes = {ApiException.class, ExceptionHandler.class})
public class ApiExceptionHandler implements ExceptionHandler<ApiException, HttpResponse<ApiError>> {

    @Override
    public HttpResponse<ApiError> handle(HttpRequest request, ApiException exception) {
        MutableHttpResponse<ApiError> response = HttpResponse.<ApiError>status(exception.status())
                .body(exception.toError());
        exception.retryAfterSeconds().ifPresent(s -> response.header(HttpHeaders.RETRY_AFTER, Long.toString(s)));
        return response;
    }
}
