package dev.licit.store.review;

import java.util.List;

/**
 * One page of the review queue and how many cases the whole search found.
 *
 * @param rows the cases of this page, each with its order's destination
 * @param total the cases the filters and the search found, over all pages
 */
public record CasePage(List<Row> rows, long total) {
    public CasePage {
        rows = List.copyOf(rows);
    }

    /** A case of the page (its matches, not its actions) and the destination of its order. */
    public record Row(ReviewCase reviewCase, String destination) {}
}
