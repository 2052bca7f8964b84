package org.coproduce.portal.discussion;

import static org.coproduce.portal.discussion.ForumFixtures.categories;
import static org.coproduce.portal.discussion.ForumFixtures.postModeration;
import static org.coproduce.portal.discussion.ForumFixtures.replies;
import static org.coproduce.portal.discussion.ForumFixtures.threads;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.coproduce.plugin.PortalRole;
import org.coproduce.plugin.Problem;
import org.coproduce.plugin.Viewer;
import org.coproduce.plugin.audit.AuditEntry;
import org.coproduce.portal.audit.AuditFixtures;
import org.coproduce.portal.mail.OutboxFixtures;
import org.coproduce.portal.moderation.ModerationFixtures;
import org.coproduce.portal.moderation.Reports;
import org.coproduce.portal.moderation.TrustLevel;
import org.coproduce.portal.persistence.OnBothDatabases;
import org.coproduce.portal.persistence.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Post states, the posting gate, moderators' decisions, reports and standings on H2 and PostgreSQL. */
class PostModerationIT extends OnBothDatabases {

    @ParameterizedTest
    @MethodSource("databases")
    void aNewMembersPostWaitsUnseenUntilApprovedAndThenCounts(TestDatabase db) {
        Viewer admin = ForumFixtures.admin(db);
        Viewer moderator = ForumFixtures.member(db, "Mod", PortalRole.MODERATOR, true);
        Viewer newcomer = ForumFixtures.newMember(db, "Nia");
        Viewer other = ForumFixtures.member(db, "Owen", PortalRole.MEMBER, true);
        long category = ForumFixtures.category(db, admin, false);

        DiscussionThread thread = db.inTransaction(em -> threads(em).start(newcomer, category, "First", "Hello all.", null));
        assertEquals(PostState.AWAITING, thread.state());
        assertEquals(Problem.Kind.NOT_FOUND, assertThrows(Problem.class,
                () -> db.inTransaction(em -> threads(em).open(thread.id(), 1, 20, other))).kind());
        assertEquals("awaiting", db.inTransaction(em -> threads(em).open(thread.id(), 1, 20, newcomer)).state());
        assertEquals(0, db.inTransaction(em -> threads(em).list(category, 1, 20, Viewer.ANONYMOUS)).total());
        assertEquals(1, db.inTransaction(em -> threads(em).list(category, 1, 20, newcomer)).total(), "the author sees it");
        assertEquals(1, db.inTransaction(em -> threads(em).list(category, 1, 20, moderator)).total());
        assertEquals(0, db.inTransaction(em -> categories(em).get(category, other)).threadCount());
        assertEquals(Problem.Kind.NOT_FOUND, assertThrows(Problem.class,
                () -> db.inTransaction(em -> replies(em).add(other, thread.id(), "Hi.", null))).kind());

        List<PostModeration.WaitingPost> waiting = db.inTransaction(em -> postModeration(em).waiting(moderator, 500));
        assertTrue(waiting.stream().anyMatch(p -> p.id() == thread.id() && p.contentType().equals("thread")));
        assertEquals(Problem.Kind.FORBIDDEN, assertThrows(Problem.class,
                () -> db.inTransaction(em -> postModeration(em).waiting(other, 10))).kind());

        assertEquals(PostState.PUBLISHED, db.inTransaction(em -> postModeration(em).decide(moderator, "thread", thread.id(),
                PostModeration.Action.APPROVE, null)));
        assertEquals(1, db.inTransaction(em -> categories(em).get(category, other)).threadCount());
        assertEquals(TrustLevel.BASIC, db.inTransaction(em -> ModerationFixtures.standings(em).level(newcomer.accountId().orElseThrow())),
                "an approved contribution makes a basic member");

        Reply reply = db.inTransaction(em -> replies(em).add(newcomer, thread.id(), "A second thought.", null));
        assertEquals(PostState.PUBLISHED, reply.state(), "a basic member's posts do not wait");
        assertEquals(1, db.inTransaction(em -> threads(em).open(thread.id(), 1, 20, other)).replyCount());
        db.inTransaction(em -> postModeration(em).decide(moderator, "reply", reply.id(), PostModeration.Action.HIDE,
                "Off topic."));
        ThreadDetail seen = db.inTransaction(em -> threads(em).open(thread.id(), 1, 20, other));
        assertEquals(0, seen.replyCount());
        assertTrue(seen.replies().items().isEmpty());
        assertEquals("hidden", db.inTransaction(em -> threads(em).open(thread.id(), 1, 20, newcomer)).replies().items().get(0).state());
        assertEquals(Problem.Kind.INVALID, assertThrows(Problem.class, () -> db.inTransaction(em ->
                postModeration(em).decide(moderator, "reply", reply.id(), PostModeration.Action.RESTORE, "x".repeat(1001)))).kind());
        assertEquals(Problem.Kind.CONFLICT, assertThrows(Problem.class, () -> db.inTransaction(em ->
                postModeration(em).decide(moderator, "reply", reply.id(), PostModeration.Action.APPROVE, null))).kind());

        List<AuditEntry> log = db.inTransaction(em -> AuditFixtures.log(em).about("moderation", "reply", String.valueOf(reply.id())));
        assertEquals("reply.hide", log.get(0).action());
        assertTrue(log.get(0).detail().contains("Off topic.") && log.get(0).detail().contains("after: hidden"));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void suspendedMembersCannotPostAndNewMembersAreLimited(TestDatabase db) {
        Viewer admin = ForumFixtures.admin(db);
        Viewer moderator = ForumFixtures.member(db, "Mod", PortalRole.MODERATOR, true);
        Viewer member = ForumFixtures.member(db, "Sam", PortalRole.MEMBER, true);
        Viewer newcomer = ForumFixtures.newMember(db, "Eli");
        long category = ForumFixtures.category(db, admin, false);
        long id = member.accountId().orElseThrow();

        db.inTransaction(em -> ModerationFixtures.standings(em).suspend(moderator, id, Instant.now().plusSeconds(3600),
                "Cooling off."));
        Problem refused = assertThrows(Problem.class, () -> db.inTransaction(em -> threads(em).start(member, category, "Hi", "Hi.", null)));
        assertEquals(Problem.Kind.FORBIDDEN, refused.kind());
        assertTrue(refused.getMessage().contains("Cooling off."));
        db.inTransaction(em -> ModerationFixtures.standings(em).lift(moderator, id, "Talked it through."));
        assertEquals(PostState.PUBLISHED, db.inTransaction(em -> threads(em).start(member, category, "Hi", "Hi.", null)).state());

        db.inTransaction(em -> threads(em).start(newcomer, category, "One", "First.", null));
        assertEquals(Problem.Kind.CONFLICT, assertThrows(Problem.class,
                () -> db.inTransaction(em -> threads(em).start(newcomer, category, "Again", "First.", null))).kind());
        db.inTransaction(em -> threads(em).start(newcomer, category, "Two", "Second.", null));
        Problem limited = assertThrows(Problem.class,
                () -> db.inTransaction(em -> threads(em).start(newcomer, category, "Three", "Third.", null)));
        assertEquals(Problem.Kind.TOO_MANY_REQUESTS, limited.kind());
        assertTrue(limited.retryAfterSeconds() > 0 && limited.retryAfterSeconds() <= 61);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void safeguardingReportsAreMailedToLeadsAndKeptOutOfTheQueue(TestDatabase db) {
        Viewer admin = ForumFixtures.admin(db);
        Viewer moderator = ForumFixtures.member(db, "Mod", PortalRole.MODERATOR, true);
        Viewer lead = ForumFixtures.member(db, "Lee Lead", PortalRole.MODERATOR, true);
        Viewer author = ForumFixtures.member(db, "Ann", PortalRole.MEMBER, true);
        Viewer reporter = ForumFixtures.member(db, "Rob", PortalRole.MEMBER, true);
        Viewer another = ForumFixtures.member(db, "Ria", PortalRole.MEMBER, true);
        long category = ForumFixtures.category(db, admin, false);
        long thread = db.inTransaction(em -> threads(em).start(author, category, "Weekend", "Home alone again.", null).id());
        db.runInTransaction(em -> ModerationFixtures.lead(em, lead.accountId().orElseThrow()));
        String leadEmail = db.inTransaction(em -> em.find(org.coproduce.portal.account.Account.class,
                lead.accountId().orElseThrow()).email());

        long concern = db.inTransaction(em -> ModerationFixtures.reports(em).file(reporter, "thread", thread, "safeguarding",
                "A child may be alone.").id());
        long ordinary = db.inTransaction(em -> ModerationFixtures.reports(em).file(another, "thread", thread, "spam", null).id());
        assertEquals(Problem.Kind.CONFLICT, assertThrows(Problem.class, () -> db.inTransaction(em ->
                ModerationFixtures.reports(em).file(another, "thread", thread, "abuse", null))).kind(), "once is enough");
        assertTrue(db.inTransaction(em -> OutboxFixtures.outbox(em).recent(500)).stream()
                .anyMatch(m -> m.recipient().equals(leadEmail) && m.body().contains("A child may be alone.")
                        && m.body().contains("https://coproduce.example/moderation/urgent")));

        List<Reports.ReportView> queue = db.inTransaction(em -> ModerationFixtures.reports(em).queue(moderator, 500));
        assertTrue(queue.stream().anyMatch(r -> r.id() == ordinary));
        assertFalse(queue.stream().anyMatch(r -> r.id() == concern));
        assertTrue(db.inTransaction(em -> ModerationFixtures.reports(em).urgent(moderator, 500)).stream()
                .anyMatch(r -> r.id() == concern && r.contentTitle().equals("Weekend")));
        assertEquals(Problem.Kind.FORBIDDEN, assertThrows(Problem.class,
                () -> db.inTransaction(em -> ModerationFixtures.reports(em).urgent(author, 10))).kind());
        assertEquals(Problem.Kind.NOT_FOUND, assertThrows(Problem.class, () -> db.inTransaction(em ->
                ModerationFixtures.reports(em).file(reporter, "story", 987654321L, "spam", null))).kind());
        assertEquals(Problem.Kind.INVALID, assertThrows(Problem.class, () -> db.inTransaction(em ->
                ModerationFixtures.reports(em).file(reporter, "thread", thread, "other", " "))).kind());

        db.inTransaction(em -> ModerationFixtures.reports(em).resolve(moderator, concern, "Called the family: all well."));
        assertFalse(db.inTransaction(em -> ModerationFixtures.reports(em).urgent(moderator, 500)).stream()
                .anyMatch(r -> r.id() == concern));
        assertEquals(Problem.Kind.CONFLICT, assertThrows(Problem.class, () -> db.inTransaction(em ->
                ModerationFixtures.reports(em).resolve(moderator, concern, "Again."))).kind());
    }
}
