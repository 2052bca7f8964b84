package org.coproduce.portal.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.coproduce.plugin.Problem;
import org.junit.jupiter.api.Test;

class ApiInputTest {

    @Test
    void idsAreWholeNumbersAboveZero() {
        assertEquals(42L, ApiInput.id("id", "42"));
        for (String bad : new String[] {"abc", "0", "-3", "1.5", "", "99999999999999999999"}) {
            Problem problem = assertThrows(Problem.class, () -> ApiInput.id("id", bad), bad);
            assertEquals(Problem.Kind.INVALID, problem.kind());
            assertEquals("The id must be a whole number above 0.", problem.getMessage());
            assertEquals("id", problem.fields().get(0).field());
        }
    }

    @Test
    void pageNumbersDefaultWhenAbsentAndMustBeNumbers() {
        assertEquals(1, ApiInput.integer("page", null, 1));
        assertEquals(1, ApiInput.integer("page", " ", 1));
        assertEquals(3, ApiInput.integer("page", "3", 1));
        assertEquals("The page must be a whole number.",
                assertThrows(Problem.class, () -> ApiInput.integer("page", "two", 1)).getMessage());
    }

    @Test
    void flagsAndBodiesMustBePresent() {
        assertEquals(true, ApiInput.flag("locked", true));
        assertEquals("Please say locked: true or false.",
                assertThrows(Problem.class, () -> ApiInput.flag("locked", null)).getMessage());
        assertEquals("body_missing", assertThrows(Problem.class, () -> ApiInput.body(null)).code());
    }
}
