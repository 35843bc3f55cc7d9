package org.xinsheng.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.netty.handler.codec.compression.DecompressionException;
import jakarta.inject.Singleton;

import java.util.Map;

/** A body whose Content-Encoding (gzip, deflate...) does not match what was sent is the client's mistake: 400. */
@Produces
@Singleton
public class BadEncodingHandler implements ExceptionHandler<DecompressionException, HttpResponse<ApiError>> {

    @Override
    public HttpResponse<ApiError> handle(HttpRequest request, DecompressionException exception) {
        return HttpResponse.<ApiError>status(HttpStatus.BAD_REQUEST).body(new ApiError("bad_encoding",
                "The body could not be decompressed as its Content-Encoding header says; send it as declared or uncompressed.",
                Map.of()));
    }
}
