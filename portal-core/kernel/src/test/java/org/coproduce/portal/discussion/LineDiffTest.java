package org.coproduce.portal.discussion;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LineDiffTest {

    private static String show(List<LineDiff.Line> diff) {
        return diff.stream().map(l -> switch (l.change()) {
            case SAME -> "  " + l.text();
            case REMOVED -> "- " + l.text();
            case ADDED -> "+ " + l.text();
        }).collect(Collectors.joining("\n"));
    }

    @Test
    void identicalTextsHaveOnlyUnchangedLines() {
        assertEquals("  a\n  b", show(LineDiff.between("a\nb", "a\nb")));
    }

    @Test
    void aChangedLineIsRemovedThenAdded() {
        assertEquals("  one\n- two\n+ TWO\n  three", show(LineDiff.between("one\ntwo\nthree", "one\nTWO\nthree")));
    }

    @Test
    void insertionsAndDeletionsFollowTheLongestCommonSubsequence() {
        assertEquals("- a\n  b\n+ x\n  c\n  d\n+ e",
                show(LineDiff.between("a\nb\nc\nd", "b\nx\nc\nd\ne")));
    }

    @Test
    void aMovedLineIsOneRemovalAndOneAddition() {
        List<LineDiff.Line> diff = LineDiff.between("a\nb\nc", "b\nc\na");
        assertEquals(1, diff.stream().filter(l -> l.change() == LineDiff.Change.REMOVED).count());
        assertEquals(1, diff.stream().filter(l -> l.change() == LineDiff.Change.ADDED).count());
        assertEquals(2, diff.stream().filter(l -> l.change() == LineDiff.Change.SAME).count());
    }

    @Test
    void emptyAndNullTexts() {
        assertEquals("", show(LineDiff.between(null, "")));
        assertEquals("+ new", show(LineDiff.between(null, "new")));
        assertEquals("- old", show(LineDiff.between("old", "")));
    }

    @Test
    void windowsLineEndingsCountAsLineBreaks() {
        assertEquals("  a\n- b\n+ c", show(LineDiff.between("a\r\nb", "a\nc")));
    }

    @Test
    void labelsAreWordsNotOnlyColours() {
        assertEquals(List.of("unchanged", "removed", "added"),
                LineDiff.between("x\ny", "x\nz").stream().map(LineDiff.Line::label).toList());
    }

    @Test
    void hugeTextsFallBackToRemovedThenAddedWithoutRunningOutOfMemory() {
        String before = IntStream.range(0, 3000).mapToObj(i -> "old " + i).collect(Collectors.joining("\n"));
        String after = IntStream.range(0, 3000).mapToObj(i -> "new " + i).collect(Collectors.joining("\n"));
        List<LineDiff.Line> diff = LineDiff.between("same\n" + before, "same\n" + after);
        assertEquals(6001, diff.size());
        assertEquals(LineDiff.Change.SAME, diff.get(0).change());
        assertEquals(LineDiff.Change.REMOVED, diff.get(1).change());
        assertEquals(LineDiff.Change.ADDED, diff.get(6000).change());
    }
}
