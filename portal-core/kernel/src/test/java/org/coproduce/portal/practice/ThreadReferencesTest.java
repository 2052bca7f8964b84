package org.coproduce.portal.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.coproduce.plugin.Problem;
import org.coproduce.portal.common.Texts;
import org.junit.jupiter.api.Test;

class ThreadReferencesTest {

    @Test
    void numbersAndLinksAreRead() {
        assertEquals(List.of(5L, 12L, 7L, 8L, 9L, 10L), ThreadReferences.parse("""
                5, 12
                /discussions/thread?id=7
                https://coproduce.example.org/discussions/thread?id=8&page=2 /portal/discussions/thread?page=3&id=9#r4
                http://localhost:9080/discussions/thread.xhtml?id=10"""));
        assertEquals(List.of(), ThreadReferences.parse("  "));
        assertEquals(List.of(), ThreadReferences.parse(null));
    }

    @Test
    void anythingElseIsExplained() {
        for (String wrong : List.of("five", "/discussions/category?id=5", "/discussions/thread?id=x", "-3",
                "/discussions/thread?threadid=5", "5;6")) {
            Problem problem = assertThrows(Problem.class, () -> ThreadReferences.parse("4, " + wrong), wrong);
            assertEquals(Problem.Kind.INVALID, problem.kind());
            assertEquals("relatedThreadIds", problem.fields().get(0).field());
            assertTrue(problem.fields().get(0).message().startsWith("\"" + wrong + "\" is not a thread number"), wrong);
        }
    }

    @Test
    void relatedIdsAreKeptOnceAndCounted() {
        Texts check = new Texts();
        assertEquals(List.of(3L, 1L), NewPracticeExample.ids(check, "relatedThreadIds", List.of(3L, 1L, 3L), "threads"));
        check.throwIfAny();
        Texts tooMany = new Texts();
        NewPracticeExample.ids(tooMany, "relatedGuidanceIds",
                java.util.stream.LongStream.rangeClosed(1, 11).boxed().toList(), "guidance documents");
        Problem problem = assertThrows(Problem.class, tooMany::throwIfAny);
        assertEquals("Please link at most 10 guidance documents.", problem.fields().get(0).message());
        Texts negative = new Texts();
        NewPracticeExample.ids(negative, "relatedThreadIds", List.of(0L), "discussion threads");
        assertThrows(Problem.class, negative::throwIfAny);
    }
}
