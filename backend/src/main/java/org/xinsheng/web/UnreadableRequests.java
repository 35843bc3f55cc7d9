package org.xinsheng.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.netty.NettyHttpRequest;
import io.netty.handler.codec.DecoderResult;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;

import java.util.Map;
import java.util.Optional;

/**
 * Requests whose line or headers Netty could not read (a control byte in a header, an address or headers over its
 * limits). The framework answers them before any filter runs and with 413 for every size limit; here each gets the
 * status that names what was wrong and a message about the request line or headers, not the body.
 */
final class UnreadableRequests {

    record Verdict(HttpStatus status, ApiError error) {
    }

    private UnreadableRequests() {
    }

    static Optional<Verdict> of(HttpRequest<?> request) {
        if (!(request instanceof NettyHttpRequest<?> netty)) {
            return Optional.empty();
        }
        DecoderResult result = netty.getNativeRequest().decoderResult();
        if (!result.isFailure()) {
            return Optional.empty();
        }
        Throwable cause = result.cause();
        if (cause instanceof TooLongHttpLineException) {
            return Optional.of(new Verdict(HttpStatus.REQUEST_URI_TOO_LONG,
                    new ApiError("uri_too_long", "The address of the request is too long.", Map.of())));
        }
        if (cause instanceof TooLongHttpHeaderException) {
            return Optional.of(new Verdict(HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE,
                    new ApiError("headers_too_large", "The request headers are too large.", Map.of())));
        }
        return Optional.of(new Verdict(HttpStatus.BAD_REQUEST,
                new ApiError("bad_request", "The request line or its headers could not be read.", Map.of())));
    }
}
