package org.coproduce.portal.common;

import java.util.List;
import java.util.Map;
import org.coproduce.plugin.Problem;

/**
 * One page of a longer list (numbered pages, never infinite scroll).
 *
 * @param items the items on this page
 * @param page  the page number, from 1
 * @param size  the page size
 * @param total how many items there are in all
 */
public record PageOf<T>(List<T> items, int page, int size, long total) {

    public static final int MAX_SIZE = 100;

    public PageOf {
        items = List.copyOf(items);
    }

    /** The number of pages (at least 1). */
    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    /** The offset of a page, after checking the page number and size a person asked for. */
    public static int offset(int page, int size) {
        if (page < 1) {
            throw Problem.invalid(Map.of("page", "Page numbers start at 1."));
        }
        if (size < 1 || size > MAX_SIZE) {
            throw Problem.invalid(Map.of("size", "A page holds 1 to " + MAX_SIZE + " items."));
        }
        return Math.multiplyExact(page - 1, size);
    }
}
