package org.coproduce.portal.story;

import jakarta.persistence.EntityManager;

/** The story services wired to an entity manager, for persistence tests in other packages. */
public final class StoryFixtures {

    private StoryFixtures() {
    }

    public static Stories stories(EntityManager em) {
        return StoriesIT.stories(em);
    }

    public static Pseudonyms pseudonyms(EntityManager em) {
        return StoriesIT.pseudonyms(em);
    }
}
