package org.coproduce.portal.discussion;

import static org.coproduce.portal.discussion.ForumFixtures.categories;
import static org.coproduce.portal.discussion.ForumFixtures.follows;
import static org.coproduce.portal.discussion.ForumFixtures.moderation;
import static org.coproduce.portal.discussion.ForumFixtures.replies;
import static org.coproduce.portal.discussion.ForumFixtures.threads;
import static org.coproduce.portal.discussion.ForumFixtures.views;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.coproduce.plugin.PortalRole;
import org.coproduce.plugin.Problem;
import org.coproduce.plugin.Viewer;
import org.coproduce.portal.common.PageOf;
import org.coproduce.portal.persistence.OnBothDatabases;
import org.coproduce.portal.persistence.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Categories, threads, replies, revisions, moderation, views and follows on H2 and PostgreSQL. */
class DiscussionsIT extends OnBothDatabases {

    @ParameterizedTest
    @MethodSource("databases")
    void membersOnlyCategoriesDoNotExistForVisitors(TestDatabase db) {
        Viewer admin = ForumFixtures.admin(db);
        Viewer member = ForumFixtures.member(db, "Mo Member", PortalRole.MEMBER, true);
        long open = ForumFixtures.category(db, admin, false);
        long closed = ForumFixtures.category(db, admin, true);
        long thread = db.inTransaction(em -> threads(em).start(member, closed, "Private talk", "Only for members.", null).id());

        List<Long> visitorSees = db.inTransaction(em -> categories(em).list(Viewer.ANONYMOUS)).stream().map(CategoryView::id).toList();
        assertTrue(visitorSees.contains(open));
        assertFalse(visitorSees.contains(closed));
        assertTrue(db.inTransaction(em -> categories(em).list(member)).stream().anyMatch(c -> c.id() == closed));

        assertEquals(Problem.Kind.NOT_FOUND, assertThrows(Problem.class,
                () -> db.inTransaction(em -> categories(em).get(closed, Viewer.ANONYMOUS))).kind());
        assertEquals(Problem.Kind.NOT_FOUND, assertThrows(Problem.class,
                () -> db.inTransaction(em -> threads(em).list(closed, 1, 20, Viewer.ANONYMOUS))).kind());
        assertEquals(Problem.Kind.NOT_FOUND, assertThrows(Problem.class,
                () -> db.inTransaction(em -> threads(em).open(thread, 1, 20, Viewer.ANONYMOUS))).kind());
        assertEquals("Private talk", db.inTransaction(em -> threads(em).open(thread, 1, 20, member)).title());
    }

    @ParameterizedTest
    @MethodSource("databases")
    void onlyAdministratorsManageCategoriesAndNamesAreUnique(TestDatabase db) {
        Viewer admin = ForumFixtures.admin(db);
        Viewer moderator = ForumFixtures.member(db, "Mod", PortalRole.MODERATOR, true);
        assertEquals(Problem.Kind.FORBIDDEN, assertThrows(Problem.class, () -> db.inTransaction(em ->
                categories(em).create(moderator, "Nope", "Not allowed.", false, null))).kind());
        long id = db.inTransaction(em -> categories(em).create(admin, "Unique name", "First.", false, 5).id());
        assertEquals(Problem.Kind.CONFLICT, assertThrows(Problem.class, () -> db.inTransaction(em ->
                categories(em).create(admin, "UNIQUE NAME", "Second.", false, null))).kind());
        db.inTransaction(em -> categories(em).update(admin, id, "Unique name", "Changed.", true, 7));
        CategoryView changed = db.inTransaction(em -> categories(em).get(id, admin));
        assertEquals("Changed.", changed.description());
        assertTrue(changed.membersOnly());
        assertEquals(7, changed.position());
    }

    @ParameterizedTest
    @MethodSource("databases")
    void repliesQuoteAndUpdateCountsAndLastActivity(TestDatabase db) {
        Viewer admin = ForumFixtures.admin(db);
        Viewer priya = ForumFixtures.member(db, "Priya", PortalRole.MEMBER, true);
        Viewer stevie = ForumFixtures.member(db, "Stevie", PortalRole.MEMBER, true);
        long category = ForumFixtures.category(db, admin, false);
        DiscussionThread started = db.inTransaction(em -> threads(em).start(priya, category, "Reviews that listen",
                "How do you *start*?", List.of("Care-Reviews", "care-reviews")));
        long thread = started.id();
        long first = db.inTransaction(em -> replies(em).add(stevie, thread, "Ask what went well.", null).id());
        long second = db.inTransaction(em -> replies(em).add(priya, thread, "I will try that.", first).id());

        ThreadDetail detail = db.inTransaction(em -> threads(em).open(thread, 1, 20, Viewer.ANONYMOUS));
        assertEquals(List.of("care-reviews"), detail.tags());
        assertEquals(2, detail.replyCount());
        assertEquals("Priya", detail.authorName());
        ReplyView quoting = detail.replies().items().get(1);
        assertEquals(second, quoting.id());
        assertEquals(2, quoting.number());
        assertEquals(new QuoteView(first, "Stevie", "Ask what went well."), quoting.quote());
        assertNull(detail.replies().items().get(0).quote());
        assertTrue(detail.lastActivityAt().isAfter(started.createdAt()));

        ThreadSummary summary = db.inTransaction(em -> threads(em).list(category, 1, 20, Viewer.ANONYMOUS)).items().get(0);
        assertEquals(2, summary.replyCount());
        assertEquals(detail.lastActivityAt(), summary.lastActivityAt());
        CategoryView listed = db.inTransaction(em -> categories(em).get(category, Viewer.ANONYMOUS));
        assertEquals(1, listed.threadCount());
        assertEquals(detail.lastActivityAt(), listed.lastActivityAt());

        Replies.Location location = db.inTransaction(em -> replies(em).locate(Viewer.ANONYMOUS, second, 1));
        assertEquals(2, location.page());
        assertEquals("/discussions/thread?id=" + thread + "&page=2#reply-" + second, location.path());
        assertEquals(1, db.inTransaction(em -> threads(em).open(thread, 2, 1, Viewer.ANONYMOUS)).replies().items().size());
    }

    @ParameterizedTest
    @MethodSource("databases")
    void onlyVerifiedMembersPostAndNothingIsHalfSaved(TestDatabase db) {
        Viewer admin = ForumFixtures.admin(db);
        Viewer unverified = ForumFixtures.member(db, "New", PortalRole.MEMBER, false);
        Viewer member = ForumFixtures.member(db, "Old", PortalRole.MEMBER, true);
        long category = ForumFixtures.category(db, admin, false);
        assertEquals(Problem.Kind.UNAUTHORIZED, assertThrows(Problem.class, () -> db.inTransaction(em ->
                threads(em).start(Viewer.ANONYMOUS, category, "Hello", "Body", null))).kind());
        assertEquals(Problem.Kind.FORBIDDEN, assertThrows(Problem.class, () -> db.inTransaction(em ->
                threads(em).start(unverified, category, "Hello", "Body", null))).kind());
        Problem invalid = assertThrows(Problem.class, () -> db.inTransaction(em ->
                threads(em).start(member, category, "", "x".repeat(20_001), null)));
        assertEquals(List.of("title", "body"), invalid.fields().stream().map(Problem.FieldMessage::field).toList());
        long thread = db.inTransaction(em -> threads(em).start(member, category, "Hello", "Body", null).id());
        assertThrows(Problem.class, () -> db.inTransaction(em -> replies(em).add(member, thread, " ", null)));
        Problem otherThread = assertThrows(Problem.class, () -> db.inTransaction(em -> replies(em).add(member, thread, "Hi", -5L)));
        assertEquals("quotedReplyId", otherThread.fields().get(0).field());
        assertEquals(Problem.Kind.NOT_FOUND, assertThrows(Problem.class, () -> db.inTransaction(em ->
                replies(em).add(member, 999_999L, "Hi", null))).kind());
        ThreadDetail after = db.inTransaction(em -> threads(em).open(thread, 1, 20, member));
        assertEquals(0, after.replyCount());
        assertEquals(0, after.replies().total());
        assertEquals(1, db.inTransaction(em -> threads(em).list(category, 1, 20, member)).total());
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aCategoryListsOnlyTheThreadsWithATag(TestDatabase db) {
        Viewer admin = ForumFixtures.admin(db);
        Viewer member = ForumFixtures.member(db, "Tam Tagger", PortalRole.MEMBER, true);
        long category = ForumFixtures.category(db, admin, false);
        db.runInTransaction(em -> {
            threads(em).start(member, category, "Care plans", "Body", List.of("care-planning", "carers"));
            threads(em).start(member, category, "Carers' week", "Body", List.of("carers"));
            threads(em).start(member, category, "Untagged", "Body", List.of());
            threads(em).start(member, category, "Care, not planning", "Body", List.of("care"));
        });

        PageOf<ThreadSummary> carers = db.inTransaction(em -> threads(em).list(category, Optional.of("carers"), 1, 20,
                Viewer.ANONYMOUS));
        PageOf<ThreadSummary> care = db.inTransaction(em -> threads(em).list(category, Optional.of("care"), 1, 20,
                Viewer.ANONYMOUS));

        assertEquals(List.of("Carers' week", "Care plans"), carers.items().stream().map(ThreadSummary::title).toList());
        assertEquals(2, carers.total());
        assertEquals(List.of("Care, not planning"), care.items().stream().map(ThreadSummary::title).toList(),
                "a whole tag, not a part of one");
        assertEquals(4, db.inTransaction(em -> threads(em).list(category, Optional.empty(), 1, 20, member)).total());
    }

    @ParameterizedTest
    @MethodSource("databases")
    void moderatorsPinAndLockAndALockedThreadTakesNoReplies(TestDatabase db) {
        Viewer admin = ForumFixtures.admin(db);
        Viewer moderator = ForumFixtures.member(db, "Morgan", PortalRole.MODERATOR, true);
        Viewer member = ForumFixtures.member(db, "Sam", PortalRole.MEMBER, true);
        long category = ForumFixtures.category(db, admin, false);
        long older = db.inTransaction(em -> threads(em).start(member, category, "Older", "First", null).id());
        long newer = db.inTransaction(em -> threads(em).start(member, category, "Newer", "Second", null).id());
        assertEquals(List.of(newer, older), ids(db, category));

        assertEquals(Problem.Kind.FORBIDDEN, assertThrows(Problem.class, () -> db.inTransaction(em ->
                moderation(em).pin(member, older, true))).kind());
        db.inTransaction(em -> moderation(em).pin(moderator, older, true));
        assertEquals(List.of(older, newer), ids(db, category), "pinned first");

        db.inTransaction(em -> moderation(em).lock(moderator, newer, true, "Moved to the events thread."));
        ThreadDetail locked = db.inTransaction(em -> threads(em).open(newer, 1, 20, member));
        assertTrue(locked.locked());
        assertEquals("Moved to the events thread.", locked.lockNotice());
        Problem refused = assertThrows(Problem.class, () -> db.inTransaction(em -> replies(em).add(member, newer, "Too late?", null)));
        assertEquals(Problem.Kind.CONFLICT, refused.kind());
        assertTrue(refused.getMessage().contains("locked") && refused.getMessage().contains("Moved to the events thread."));

        db.inTransaction(em -> moderation(em).lock(moderator, newer, false, null));
        db.inTransaction(em -> replies(em).add(member, newer, "Open again.", null));
        assertEquals(1, db.inTransaction(em -> threads(em).open(newer, 1, 20, member)).replyCount());
    }

    @ParameterizedTest
    @MethodSource("databases")
    void editsKeepRevisionsThatAuthorsAndModeratorsSee(TestDatabase db) {
        Viewer admin = ForumFixtures.admin(db);
        Viewer author = ForumFixtures.member(db, "Author", PortalRole.MEMBER, true);
        Viewer other = ForumFixtures.member(db, "Other", PortalRole.MEMBER, true);
        Viewer moderator = ForumFixtures.member(db, "Moderator", PortalRole.MODERATOR, true);
        long category = ForumFixtures.category(db, admin, false);
        long thread = db.inTransaction(em -> threads(em).start(author, category, "First title", "one\ntwo", null).id());
        long reply = db.inTransaction(em -> replies(em).add(other, thread, "A reply", null).id());

        assertEquals(Problem.Kind.FORBIDDEN, assertThrows(Problem.class, () -> db.inTransaction(em ->
                threads(em).edit(other, thread, "Hijacked", "x", null))).kind());
        assertEquals(Problem.Kind.FORBIDDEN, assertThrows(Problem.class, () -> db.inTransaction(em ->
                replies(em).edit(author, reply, "Not mine"))).kind());

        db.inTransaction(em -> threads(em).edit(author, thread, "Better title", "one\nTWO\nthree", List.of("x")));
        db.inTransaction(em -> threads(em).edit(author, thread, "Better title", "one\nTWO\nthree", List.of("x")));
        db.inTransaction(em -> replies(em).edit(other, reply, "A better reply"));

        ThreadDetail edited = db.inTransaction(em -> threads(em).open(thread, 1, 20, other));
        assertEquals("Better title", edited.title());
        assertTrue(edited.editedAt() != null && edited.replies().items().get(0).editedAt() != null);

        List<RevisionView> all = db.inTransaction(em -> threads(em).revisions(moderator, thread));
        assertEquals(2, all.size(), "an edit that changes nothing keeps no revision");
        RevisionView threadEdit = all.stream().filter(r -> r.replyId() == null).findFirst().orElseThrow();
        assertEquals("First title", threadEdit.oldTitle());
        assertEquals("Better title", threadEdit.newTitle());
        assertEquals("Author", threadEdit.editorName());
        assertEquals(List.of(new RevisionView.DiffLineView("unchanged", "one"), new RevisionView.DiffLineView("removed", "two"),
                new RevisionView.DiffLineView("added", "TWO"), new RevisionView.DiffLineView("added", "three")), threadEdit.diff());

        List<RevisionView> authorSees = db.inTransaction(em -> threads(em).revisions(author, thread));
        assertEquals(List.of(threadEdit.id()), authorSees.stream().map(RevisionView::id).toList());
        List<RevisionView> otherSees = db.inTransaction(em -> threads(em).revisions(other, thread));
        assertEquals(List.of(reply), otherSees.stream().map(RevisionView::replyId).toList());
        assertEquals(Problem.Kind.UNAUTHORIZED, assertThrows(Problem.class, () -> db.inTransaction(em ->
                threads(em).revisions(Viewer.ANONYMOUS, thread))).kind());
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aViewCountsOncePerViewerPerDay(TestDatabase db) {
        Viewer admin = ForumFixtures.admin(db);
        long category = ForumFixtures.category(db, admin, false);
        long thread = db.inTransaction(em -> threads(em).start(admin, category, "Counted", "Views", null).id());
        LocalDate today = LocalDate.of(2026, 11, 26);
        String visitor = ThreadViews.viewerKey(Viewer.ANONYMOUS, "203.0.113.9", "Firefox");

        assertTrue(db.<Boolean>inTransaction(em -> views(em).record(thread, visitor, today)));
        assertFalse(db.<Boolean>inTransaction(em -> views(em).record(thread, visitor, today)));
        assertFalse(db.<Boolean>inTransaction(em -> views(em).record(thread, visitor, today)));
        assertTrue(db.<Boolean>inTransaction(em -> views(em).record(thread, ThreadViews.viewerKey(admin, "203.0.113.9", "Firefox"), today)));
        assertTrue(db.<Boolean>inTransaction(em -> views(em).record(thread, visitor, today.plusDays(1))));
        assertTrue(db.<Boolean>inTransaction(em -> views(em).record(thread,
                ThreadViews.viewerKey(Viewer.ANONYMOUS, "198.51.100.7", "Firefox"), today)));

        assertEquals(4, db.inTransaction(em -> threads(em).open(thread, 1, 20, admin)).viewCount());
        assertEquals(64, visitor.length());
        assertFalse(visitor.contains("203.0.113.9"), "no readable address is stored");
    }

    @ParameterizedTest
    @MethodSource("databases")
    void membersFollowThreadsAndCategories(TestDatabase db) {
        Viewer admin = ForumFixtures.admin(db);
        Viewer member = ForumFixtures.member(db, "Follower", PortalRole.MEMBER, false);
        long category = ForumFixtures.category(db, admin, false);
        long thread = db.inTransaction(em -> threads(em).start(admin, category, "Follow me", "Body", null).id());

        assertTrue(db.<Boolean>inTransaction(em -> follows(em).followThread(member, thread, true)));
        assertTrue(db.<Boolean>inTransaction(em -> follows(em).followThread(member, thread, true)), "following twice is fine");
        assertTrue(db.inTransaction(em -> threads(em).open(thread, 1, 20, member)).following());
        assertFalse(db.inTransaction(em -> threads(em).open(thread, 1, 20, admin)).following());
        db.inTransaction(em -> follows(em).followThread(member, thread, false));
        assertFalse(db.inTransaction(em -> threads(em).open(thread, 1, 20, member)).following());

        db.inTransaction(em -> follows(em).followCategory(member, category, true));
        assertTrue(db.inTransaction(em -> categories(em).get(category, member)).following());
        assertTrue(db.inTransaction(em -> categories(em).list(member)).stream().filter(c -> c.id() == category)
                .findFirst().orElseThrow().following());
        assertEquals(Problem.Kind.UNAUTHORIZED, assertThrows(Problem.class, () -> db.inTransaction(em ->
                follows(em).followCategory(Viewer.ANONYMOUS, category, true))).kind());
    }

    private static List<Long> ids(TestDatabase db, long category) {
        return db.inTransaction(em -> threads(em).list(category, 1, 20, Viewer.ANONYMOUS)).items().stream()
                .map(ThreadSummary::id).toList();
    }
}
