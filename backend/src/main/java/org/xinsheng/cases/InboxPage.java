package org.xinsheng.cases;

import io.micronaut.core.annotation.Nullable;

import java.util.List;

/** One page of the inbox, the number of all the caller's matches, and the cursor of the next page if there is one. */
public record InboxPage(List<CaseViews.Summary> cases, long total, @Nullable String next) {
}
