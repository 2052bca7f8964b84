package org.coproduce.portal.discussion;

import java.util.ArrayList;
import java.util.List;

/**
 * A line diff by longest common subsequence: which lines of the old text stayed, which were removed and which
 * were added. Common leading and trailing lines are matched first; if what remains is very large, it is shown
 * as removed then added rather than spending unbounded memory.
 */
public final class LineDiff {

    /** Above this many cells the middle part is not aligned line by line. */
    static final long MAX_CELLS = 4_000_000L;

    /** What happened to a line. */
    public enum Change { SAME, REMOVED, ADDED }

    /** One line of a diff. */
    public record Line(Change change, String text) {

        /** A word for the change, so the diff does not rely on colour: "unchanged", "removed", "added". */
        public String label() {
            return switch (change) {
                case SAME -> "unchanged";
                case REMOVED -> "removed";
                case ADDED -> "added";
            };
        }
    }

    private LineDiff() {
    }

    /** The diff from {@code before} to {@code after} (null counts as empty). */
    public static List<Line> between(String before, String after) {
        List<String> a = lines(before);
        List<String> b = lines(after);
        int start = 0;
        while (start < a.size() && start < b.size() && a.get(start).equals(b.get(start))) {
            start++;
        }
        int endA = a.size();
        int endB = b.size();
        while (endA > start && endB > start && a.get(endA - 1).equals(b.get(endB - 1))) {
            endA--;
            endB--;
        }
        List<Line> result = new ArrayList<>();
        for (int i = 0; i < start; i++) {
            result.add(new Line(Change.SAME, a.get(i)));
        }
        middle(a.subList(start, endA), b.subList(start, endB), result);
        for (int i = endA; i < a.size(); i++) {
            result.add(new Line(Change.SAME, a.get(i)));
        }
        return result;
    }

    private static void middle(List<String> a, List<String> b, List<Line> out) {
        int n = a.size();
        int m = b.size();
        if ((long) (n + 1) * (m + 1) > MAX_CELLS) {
            a.forEach(line -> out.add(new Line(Change.REMOVED, line)));
            b.forEach(line -> out.add(new Line(Change.ADDED, line)));
            return;
        }
        // lcs[i][j]: length of the longest common subsequence of a[i..] and b[j..]
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < n && j < m) {
            if (a.get(i).equals(b.get(j))) {
                out.add(new Line(Change.SAME, a.get(i)));
                i++;
                j++;
            } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
                out.add(new Line(Change.REMOVED, a.get(i++)));
            } else {
                out.add(new Line(Change.ADDED, b.get(j++)));
            }
        }
        while (i < n) {
            out.add(new Line(Change.REMOVED, a.get(i++)));
        }
        while (j < m) {
            out.add(new Line(Change.ADDED, b.get(j++)));
        }
    }

    private static List<String> lines(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        return List.of(text.split("\r\n|\r|\n", -1));
    }
}
