package org.xinsheng.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * How long browsers keep the web app's files. Everything under /assets/ carries a content hash in its name (the
 * build writes a new name when the content changes), so it is kept a year and never revalidated: a worker on slow
 * mobile data downloads the scripts, styles and the Tibetan font once. The page itself (index.html, also answered
 * for the app's own addresses) names the current hashes, so it is always revalidated. These replace the static
 * file handler's own "private, max-age=60".
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class AssetCaching {

    static final String IMMUTABLE = "public, max-age=31536000, immutable";
    static final String REVALIDATE = "no-cache";
    static final String A_DAY = "public, max-age=86400";

    @ResponseFilter
    public void cache(HttpRequest<?> request, MutableHttpResponse<?> response) {
        String path = request.getPath();
        if (path.startsWith("/api/")) {
            return; // the API says for itself what may be kept
        }
        if (response.status() == HttpStatus.OK && path.startsWith("/assets/")) {
            response.getHeaders().set(HttpHeaders.CACHE_CONTROL, IMMUTABLE);
        } else if (response.status() == HttpStatus.OK && path.startsWith("/favicon")) {
            response.getHeaders().set(HttpHeaders.CACHE_CONTROL, A_DAY);
        } else if (page(path) || response.getContentType().map(t -> t.getName().equals("text/html")).orElse(false)) {
            response.getHeaders().set(HttpHeaders.CACHE_CONTROL, REVALIDATE);
        }
    }

    /** The page's own addresses (/, /track/ABCD…, /index.html): a static file's type is set only after filters run. */
    private static boolean page(String path) {
        return !path.contains(".") || path.endsWith(".html");
    }
}
