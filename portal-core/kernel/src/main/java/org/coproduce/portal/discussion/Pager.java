package org.coproduce.portal.discussion;

import java.util.ArrayList;
import java.util.List;

/**
 * The page numbers a numbered pager shows: the first and last page, and two either side of the current one;
 * a 0 stands for the gap between them ("…").
 */
public final class Pager {

    private Pager() {
    }

    public static List<Integer> numbers(int current, int pages) {
        List<Integer> numbers = new ArrayList<>();
        for (int n = 1; n <= pages; n++) {
            if (n == 1 || n == pages || Math.abs(n - current) <= 2) {
                numbers.add(n);
            } else if (numbers.get(numbers.size() - 1) != 0) {
                numbers.add(0);
            }
        }
        return numbers;
    }
}
