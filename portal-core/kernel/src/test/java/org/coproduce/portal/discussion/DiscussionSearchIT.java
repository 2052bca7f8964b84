package org.coproduce.portal.discussion;

import static org.coproduce.portal.discussion.ForumFixtures.categories;
import static org.coproduce.portal.discussion.ForumFixtures.replies;
import static org.coproduce.portal.discussion.ForumFixtures.threads;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.coproduce.plugin.PortalRole;
import org.coproduce.plugin.Viewer;
import org.coproduce.portal.persistence.OnBothDatabases;
import org.coproduce.portal.persistence.TestDatabase;
import org.coproduce.portal.search.SearchFixtures;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Discussions feed the search index through the outbox, on H2 and PostgreSQL: new and edited posts, a category
 * turned members-only, an index reopened after a restart, a damaged index rebuilt equal to the database.
 */
class DiscussionSearchIT extends OnBothDatabases {

    @ParameterizedTest
    @MethodSource("databases")
    void postsAndEditsReachTheIndexInTheirTransaction(TestDatabase db, @TempDir Path folder) {
        SearchFixtures.Harness search = new SearchFixtures.Harness(db, folder);
        try {
            search.rebuild();
            Viewer admin = ForumFixtures.admin(db);
            Viewer member = ForumFixtures.member(db, "Sam Searcher", PortalRole.MEMBER, true);
            long open = db.inTransaction(em -> categories(em).create(admin, "Open room " + db, "Everyone.", false, null).id());
            long thread = db.inTransaction(em -> threads(em).start(member, open, "Quarrelsome kettle meetings",
                    "We boil the **kettle** first.", List.of("meetings")).id());
            long reply = db.inTransaction(em -> replies(em).add(member, thread, "Try a marmalade sandwich.", null).id());
            assertTrue(search.poll() >= 2);

            assertEquals(List.of("thread:" + thread), search.hitIds("kettle", Viewer.ANONYMOUS));
            assertEquals(List.of("reply:" + reply), search.hitIds("marmalade", Viewer.ANONYMOUS));

            db.runInTransaction(em -> replies(em).edit(member, reply, "Try a treacle sandwich."));
            db.runInTransaction(em -> threads(em).edit(member, thread, "Peaceful kettle meetings", "We boil the kettle.",
                    List.of("meetings")));
            search.poll();
            assertEquals(List.of(), search.hitIds("marmalade", Viewer.ANONYMOUS));
            assertEquals(List.of("reply:" + reply), search.hitIds("treacle", Viewer.ANONYMOUS));
            assertEquals("Reply in: Peaceful kettle meetings", search.search("treacle", Viewer.ANONYMOUS).hits().get(0).title());

            db.runInTransaction(em -> categories(em).update(admin, open, "Open room " + db, "Now closed.", true, null));
            search.poll();
            assertEquals(0, search.search("kettle treacle", Viewer.ANONYMOUS).total());
            assertEquals(2, search.search("kettle treacle", member).total());
            assertEquals(0, search.poll(), "nothing left to apply");
        } finally {
            search.close();
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aRestartResumesAndADamagedIndexIsRebuiltEqualToTheDatabase(TestDatabase db, @TempDir Path folder) {
        SearchFixtures.Harness search = new SearchFixtures.Harness(db, folder);
        try {
            search.rebuild();
            Viewer admin = ForumFixtures.admin(db);
            Viewer member = ForumFixtures.member(db, "Rae Restart", PortalRole.MEMBER, true);
            long room = db.inTransaction(em -> categories(em).create(admin, "Restart room " + db, "Everyone.", false, null).id());
            long first = db.inTransaction(em -> threads(em).start(member, room, "Before the crash", "Lighthouse keepers.", null).id());
            search.poll();
            long applied = search.applied();

            assertFalse(search.reopen(), "an intact index is kept");
            assertEquals(applied, search.applied(), "the applied position comes from the commit");
            long second = db.inTransaction(em -> threads(em).start(member, room, "After the crash", "Lighthouse lamps.", null).id());
            search.poll();
            assertEquals(Set.of("thread:" + first, "thread:" + second), new TreeSet<>(search.hitIds("lighthouse", member)));

            search.corrupt();
            assertTrue(search.reopen(), "a damaged index starts empty");
            assertEquals(Set.of(), search.keys());
            search.rebuild();
            List<String> states = search.statesWhilePutInPlace();
            assertEquals("FINISHING 100%", states.get(states.size() - 1),
                    "every document is written before the new index is put in place");
            assertEquals("DONE", search.progress().state());
            Set<String> expected = new TreeSet<>();
            db.inTransaction(em -> em.createNativeQuery("SELECT id FROM forum_thread").getResultList())
                    .forEach(id -> expected.add("thread:" + ((Number) id).longValue()));
            db.inTransaction(em -> em.createNativeQuery("SELECT id FROM forum_reply").getResultList())
                    .forEach(id -> expected.add("reply:" + ((Number) id).longValue()));
            assertEquals(expected, search.keys());
            assertEquals(expected.size(), search.progress().done());
            assertEquals(Set.of("thread:" + first, "thread:" + second), new TreeSet<>(search.hitIds("lighthouse", member)));
        } finally {
            search.close();
        }
    }
}
