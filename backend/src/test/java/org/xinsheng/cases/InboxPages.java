package org.xinsheng.cases;

import io.micronaut.json.tree.JsonNode;
import org.xinsheng.support.Api;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * For tests about what a caller sees rather than about paging: the whole inbox, every page followed by its Link
 * header, as one JSON array (the tests share one database, so a caller's cases may fill more than a page).
 */
final class InboxPages {

    private InboxPages() {
    }

    static JsonNode json(Api api, String uri, String token) {
        List<JsonNode> all = new ArrayList<>();
        pages(api, uri, token).forEach(page -> page.json().values().forEach(all::add));
        return JsonNode.createArrayNode(all);
    }

    /** The whole inbox as the pages' JSON text one after the other, for contains checks. */
    static String body(Api api, String uri, String token) {
        return String.join("\n", pages(api, uri, token).stream().map(Api.Reply::body).toList());
    }

    private static List<Api.Reply> pages(Api api, String uri, String token) {
        List<Api.Reply> pages = new ArrayList<>();
        String next = uri + (uri.contains("?") ? "&" : "?") + "limit=200";
        while (next != null) {
            Api.Reply page = api.get(next, token);
            assertEquals(200, page.status(), page.body());
            pages.add(page);
            String link = page.header("Link");
            next = link == null ? null : link.substring(1, link.indexOf('>'));
        }
        return pages;
    }
}
