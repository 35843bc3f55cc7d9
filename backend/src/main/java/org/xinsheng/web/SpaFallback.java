package org.xinsheng.web;

import io.micronaut.core.io.ResourceResolver;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.server.types.files.StreamedFile;

import java.util.Optional;

/**
 * The web app routes in the browser (/track/ABCD...), so a page address the server does not know is answered with
 * index.html. API and asset addresses keep their JSON 404.
 */
@Controller
public class SpaFallback {

    private final ResourceResolver resources;

    public SpaFallback(ResourceResolver resources) {
        this.resources = resources;
    }

    @Error(status = HttpStatus.NOT_FOUND, global = true)
    public HttpResponse<?> notFound(HttpRequest<?> request) {
        String path = request.getPath();
        boolean page = request.getMethod() == HttpMethod.GET
                && !path.startsWith("/api/") && !path.startsWith("/assets/") && !path.contains(".")
                && request.getHeaders().accept().stream().anyMatch(t -> t.matches(MediaType.TEXT_HTML_TYPE));
        Optional<StreamedFile> index = page
                ? resources.getResource("classpath:public/index.html").map(url -> new StreamedFile(url))
                : Optional.empty();
        if (index.isPresent()) {
            return HttpResponse.ok(index.get()).contentType(MediaType.TEXT_HTML_TYPE);
        }
        return HttpResponse.notFound(new ApiError("not_found", "There is nothing at this address.", java.util.Map.of()));
    }
}
