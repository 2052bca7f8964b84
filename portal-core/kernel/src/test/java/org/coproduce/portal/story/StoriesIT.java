package org.coproduce.portal.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.UUID;
import org.coproduce.plugin.PortalRole;
import org.coproduce.plugin.Problem;
import org.coproduce.plugin.Viewer;
import org.coproduce.portal.RecordedEvents;
import org.coproduce.portal.account.Account;
import org.coproduce.portal.account.NetworkRole;
import org.coproduce.portal.common.PageOf;
import org.coproduce.portal.content.ModerationOutcome;
import org.coproduce.portal.persistence.OnBothDatabases;
import org.coproduce.portal.persistence.TestDatabase;
import org.coproduce.portal.search.SearchFixtures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link Stories} and {@link Pseudonyms} on H2 and PostgreSQL: sharing, who reads what, moderation, withdrawal. */
class StoriesIT extends OnBothDatabases {

    @ParameterizedTest
    @MethodSource("databases")
    void aStoryIsStoredExactlyAndWaitsForAModerator(TestDatabase db) {
        Account author = account(db, NetworkRole.SERVICE_USER, PortalRole.MEMBER);
        String body = "Line one with *Markdown* & <b>tags</b>\n\nLine two: ŵ ŷ 👋🏽";

        long id = db.inTransaction(em -> stories(em).share(author.id(), "  A title  ", body, false).id());

        Story stored = db.inTransaction(em -> stories(em).readable(id, viewer(author)));
        assertEquals("  A title  ", stored.title());
        assertEquals(body, stored.body());
        assertEquals(StoryStatus.PENDING, stored.status());
        assertFalse(stored.pseudonymous());
        assertEquals("Test Person", stored.authorName());
        assertNull(stored.withdrawnAt());
        assertTrue(db.inTransaction(em -> stories(em).published(1, 100)).items().stream().noneMatch(s -> s.id() == id));
        assertNotFound(() -> db.inTransaction(em -> stories(em).readable(id, Viewer.ANONYMOUS)));
        assertNotFound(() -> db.inTransaction(em -> stories(em).readable(id,
                viewer(account(db, NetworkRole.PRACTITIONER, PortalRole.MEMBER)))));
        Viewer moderator = viewer(account(db, NetworkRole.PRACTITIONER, PortalRole.MODERATOR));
        assertEquals(id, db.inTransaction(em -> stories(em).readable(id, moderator)).id());
        assertTrue(db.inTransaction(em -> stories(em).withStatus(StoryStatus.PENDING, 1, 100)).items().stream()
                .anyMatch(s -> s.id() == id));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void theAuthorMarksTheLanguageTheyWroteIn(TestDatabase db) {
        Account author = account(db, NetworkRole.CARER, PortalRole.MEMBER);
        long welsh = db.inTransaction(em -> stories(em).share(author.id(), "Fy stori", "Cerdded ger y gamlas.", true, " CY ").id());
        long unsaid = db.inTransaction(em -> stories(em).share(author.id(), "My story", "By the canal.", true, "").id());
        assertEquals("cy", db.inTransaction(em -> stories(em).readable(welsh, viewer(author))).language());
        assertNull(db.inTransaction(em -> stories(em).readable(unsaid, viewer(author))).language());
        Problem problem = assertThrows(Problem.class,
                () -> db.inTransaction(em -> stories(em).share(author.id(), "Title", "Body", true, "klingon")));
        assertEquals("language", problem.fields().get(0).field());
    }

    @ParameterizedTest
    @MethodSource("databases")
    void badInputSavesNothing(TestDatabase db) {
        Account author = account(db, NetworkRole.CARER, PortalRole.MEMBER);
        for (String[] bad : new String[][] {{"", "body"}, {"Title", " \n "}, {"x".repeat(151), "body"},
                {"Title", "y".repeat(StoryTexts.BODY_MAX + 1)}, {"Tab\tin title", "body"}, {"Title", "nul\u0000"}}) {
            Problem problem = assertThrows(Problem.class,
                    () -> db.inTransaction(em -> stories(em).share(author.id(), bad[0], bad[1], true)));
            assertEquals(Problem.Kind.INVALID, problem.kind());
        }
        assertEquals(0, db.inTransaction(em -> stories(em).byAuthor(author.id(), 1, 10)).total());
        assertEquals(Optional.empty(), db.inTransaction(em -> pseudonyms(em).find(author.id())),
                "no pseudonym made for a story that was not shared");
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aPseudonymIsMadeOnceAndStaysTheSame(TestDatabase db) {
        Account author = account(db, NetworkRole.SERVICE_USER, PortalRole.MEMBER);
        long first = db.inTransaction(em -> stories(em).share(author.id(), "One", "First story", true).id());
        long second = db.inTransaction(em -> stories(em).share(author.id(), "Two", "Second story", true).id());
        long named = db.inTransaction(em -> stories(em).share(author.id(), "Three", "Under my name", false).id());

        String pseudonym = db.inTransaction(em -> pseudonyms(em).find(author.id())).orElseThrow().name();
        Viewer me = viewer(author);
        assertEquals(pseudonym, db.inTransaction(em -> stories(em).readable(first, me)).authorName());
        assertEquals(pseudonym, db.inTransaction(em -> stories(em).readable(second, me)).authorName());
        assertEquals("Test Person", db.inTransaction(em -> stories(em).readable(named, me)).authorName());
        assertTrue(pseudonym.matches("[A-Z][a-z]+ [A-Z][a-zô]+ [1-9][0-9]"), pseudonym);
        assertEquals(pseudonym, db.inTransaction(em -> pseudonyms(em).forAccount(author.id())).name());

        Account other = account(db, NetworkRole.SERVICE_USER, PortalRole.MEMBER);
        assertNotEquals(pseudonym, db.inTransaction(em -> pseudonyms(em).forAccount(other.id())).name());
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aTakenPseudonymIsNeverGivenTwice(TestDatabase db) {
        Account first = account(db, NetworkRole.OTHER, PortalRole.MEMBER);
        Account second = account(db, NetworkRole.OTHER, PortalRole.MEMBER);
        // the same random sequence twice: the second account must get the next free name, not the same one
        String taken = db.inTransaction(em -> pseudonymsWith(em, 42).forAccount(first.id())).name();
        String next = db.inTransaction(em -> pseudonymsWith(em, 42).forAccount(second.id())).name();
        assertNotEquals(taken, next);

        PersistenceException duplicate = assertThrows(PersistenceException.class, () -> db.runInTransaction(em -> {
            em.persist(new Pseudonym(account(db, NetworkRole.OTHER, PortalRole.MEMBER).id(), taken, Instant.now()));
            em.flush();
        }));
        assertNotNull(duplicate);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void moderatorsApproveOrRejectOnce(TestDatabase db) {
        Account author = account(db, NetworkRole.SERVICE_USER, PortalRole.MEMBER);
        Viewer moderator = viewer(account(db, NetworkRole.PRACTITIONER, PortalRole.MODERATOR));
        long approved = db.inTransaction(em -> stories(em).share(author.id(), "Good", "A good story", false).id());
        long rejected = db.inTransaction(em -> stories(em).share(author.id(), "Not yet", "Has a phone number", false).id());

        Problem notModerator = assertThrows(Problem.class,
                () -> db.inTransaction(em -> stories(em).approve(approved, viewer(author))));
        assertEquals(Problem.Kind.FORBIDDEN, notModerator.kind());

        Account writingModerator = account(db, NetworkRole.PRACTITIONER, PortalRole.MODERATOR);
        long own = db.inTransaction(em -> stories(em).share(writingModerator.id(), "Mine", "My own story", false).id());
        Problem ownStory = assertThrows(Problem.class,
                () -> db.inTransaction(em -> stories(em).approve(own, viewer(writingModerator))));
        assertEquals(Problem.Kind.FORBIDDEN, ownStory.kind());
        assertEquals("You wrote this story, so another moderator needs to review it.", ownStory.getMessage());
        db.inTransaction(em -> stories(em).approve(own, moderator));

        db.inTransaction(em -> stories(em).approve(approved, moderator));
        Problem twice = assertThrows(Problem.class, () -> db.inTransaction(em -> stories(em).approve(approved, moderator)));
        assertEquals(Problem.Kind.CONFLICT, twice.kind());

        assertEquals(Problem.Kind.INVALID, assertThrows(Problem.class,
                () -> db.inTransaction(em -> stories(em).reject(rejected, moderator, " "))).kind());
        RecordedEvents<ModerationOutcome> outcomes = new RecordedEvents<>();
        db.inTransaction(em -> {
            Stories reviewing = stories(em);
            reviewing.outcomes = outcomes;
            return reviewing.reject(rejected, moderator, "Please take out the phone number.");
        });
        ModerationOutcome told = outcomes.fired().getFirst();
        assertEquals(author.id(), told.authorId());
        assertEquals(ModerationOutcome.Decision.REJECTED, told.decision());
        assertEquals("Please take out the phone number.", told.reason());

        Story published = db.inTransaction(em -> stories(em).readable(approved, Viewer.ANONYMOUS));
        assertEquals(StoryStatus.APPROVED, published.status());
        assertNotNull(published.moderatedAt());
        assertEquals(moderator.accountId().orElseThrow(), published.moderatedBy());
        PageOf<Story> listing = db.inTransaction(em -> stories(em).published(1, 100));
        assertTrue(listing.items().stream().anyMatch(s -> s.id() == approved));
        assertTrue(listing.items().stream().noneMatch(s -> s.id() == rejected));

        Story turnedDown = db.inTransaction(em -> stories(em).readable(rejected, viewer(author)));
        assertEquals(StoryStatus.REJECTED, turnedDown.status());
        assertEquals("Please take out the phone number.", turnedDown.rejectionReason());
        assertNotFound(() -> db.inTransaction(em -> stories(em).readable(rejected, Viewer.ANONYMOUS)));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aWithdrawnStoryIsGoneForEveryoneButItsAuthorAndIsKept(TestDatabase db) {
        Account author = account(db, NetworkRole.SERVICE_USER, PortalRole.MEMBER);
        Viewer moderator = viewer(account(db, NetworkRole.PRACTITIONER, PortalRole.MODERATOR));
        long id = db.inTransaction(em -> stories(em).share(author.id(), "Mine", "My story", true).id());
        db.inTransaction(em -> stories(em).approve(id, moderator));

        Problem notAuthor = assertThrows(Problem.class, () -> db.inTransaction(em -> stories(em).withdraw(id, moderator)));
        assertEquals(Problem.Kind.FORBIDDEN, notAuthor.kind());

        Instant withdrawnAt = db.inTransaction(em -> stories(em).withdraw(id, viewer(author))).withdrawnAt();
        assertNotNull(withdrawnAt);
        assertEquals(withdrawnAt, db.inTransaction(em -> stories(em).withdraw(id, viewer(author))).withdrawnAt(),
                "withdrawing again changes nothing");

        assertNotFound(() -> db.inTransaction(em -> stories(em).readable(id, Viewer.ANONYMOUS)));
        assertNotFound(() -> db.inTransaction(em -> stories(em).readable(id, moderator)));
        assertTrue(db.inTransaction(em -> stories(em).published(1, 100)).items().stream().noneMatch(s -> s.id() == id));
        Story own = db.inTransaction(em -> stories(em).readable(id, viewer(author)));
        assertTrue(own.withdrawn());
        assertEquals(List.of(id), db.inTransaction(em -> stories(em).byAuthor(author.id(), 1, 10)).items().stream()
                .map(Story::id).toList());
        assertEquals(1L, (long) db.jdbc(c -> {
            try (var statement = c.prepareStatement("SELECT COUNT(*) FROM story_entry WHERE id = ?")) {
                statement.setLong(1, id);
                var rows = statement.executeQuery();
                rows.next();
                return rows.getLong(1);
            }
        }), "the record stays");
    }

    @ParameterizedTest
    @MethodSource("databases")
    void practitionersAndModeratorsRespondUnderPublishedStories(TestDatabase db) {
        Account author = account(db, NetworkRole.SERVICE_USER, PortalRole.MEMBER);
        Account practitioner = account(db, NetworkRole.PRACTITIONER, PortalRole.MEMBER);
        Account moderatorAccount = account(db, NetworkRole.CARER, PortalRole.MODERATOR);
        Viewer moderator = viewer(moderatorAccount);
        long id = db.inTransaction(em -> stories(em).share(author.id(), "Help", "What helped", false).id());

        Problem early = assertThrows(Problem.class, () -> db.inTransaction(em -> stories(em).respond(id, moderator,
                moderatorAccount.id(), "Thank you")));
        assertEquals(Problem.Kind.CONFLICT, early.kind(), "not before it is published");
        db.inTransaction(em -> stories(em).approve(id, moderator));

        Problem notPractitioner = assertThrows(Problem.class, () -> db.inTransaction(em -> stories(em).respond(id,
                viewer(author), author.id(), "Me too")));
        assertEquals(Problem.Kind.FORBIDDEN, notPractitioner.kind());
        assertEquals(Problem.Kind.INVALID, assertThrows(Problem.class, () -> db.inTransaction(em -> stories(em)
                .respond(id, viewer(practitioner), practitioner.id(), "z".repeat(StoryTexts.RESPONSE_MAX + 1)))).kind());

        db.inTransaction(em -> stories(em).respond(id, viewer(practitioner), practitioner.id(), "We changed our forms."));
        db.inTransaction(em -> stories(em).respond(id, moderator, moderatorAccount.id(), "Thank you for sharing."));

        List<StoryResponse> responses = db.inTransaction(em -> stories(em).responses(id));
        assertEquals(List.of("We changed our forms.", "Thank you for sharing."),
                responses.stream().map(StoryResponse::body).toList());
        assertEquals("practitioner", StoryViews.response(responses.get(0)).authorRole());
        assertEquals("moderator", StoryViews.response(responses.get(1)).authorRole());
    }

    @ParameterizedTest
    @MethodSource("databases")
    void pagesOfTheQueueAreOldestFirst(TestDatabase db) {
        Account author = account(db, NetworkRole.SERVICE_USER, PortalRole.MEMBER);
        List<Long> ids = List.of(
                db.inTransaction(em -> stories(em).share(author.id(), "A", "a", false).id()),
                db.inTransaction(em -> stories(em).share(author.id(), "B", "b", false).id()),
                db.inTransaction(em -> stories(em).share(author.id(), "C", "c", false).id()));
        PageOf<Story> mine = db.inTransaction(em -> stories(em).byAuthor(author.id(), 2, 2));
        assertEquals(3, mine.total());
        assertEquals(2, mine.pages());
        assertEquals(List.of(ids.get(0)), mine.items().stream().map(Story::id).toList(), "newest first: page 2 is the oldest");
        List<Long> queue = db.inTransaction(em -> stories(em).withStatus(StoryStatus.PENDING, 1, 100)).items().stream()
                .map(Story::id).filter(ids::contains).toList();
        assertEquals(ids, queue);
        assertEquals(Problem.Kind.INVALID, assertThrows(Problem.class,
                () -> db.inTransaction(em -> stories(em).published(0, 10))).kind());
    }

    private static void assertNotFound(Runnable action) {
        Problem problem = assertThrows(Problem.class, action::run);
        assertEquals(Problem.Kind.NOT_FOUND, problem.kind());
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aModeratorRemovesIdentifyingDetailsAndTheWordsAreNotKept(TestDatabase db) {
        Account author = account(db, NetworkRole.SERVICE_USER, PortalRole.MEMBER);
        Viewer moderator = viewer(account(db, NetworkRole.PRACTITIONER, PortalRole.MODERATOR));
        long id = db.inTransaction(em -> stories(em).share(author.id(), "Life at 12 Canal Street",
                "Call me on 07700 900123 any time.", false).id());

        assertEquals(Problem.Kind.FORBIDDEN, assertThrows(Problem.class, () -> db.inTransaction(em -> stories(em)
                .redact(id, viewer(author), "Life at home", "Call me.", "Details"))).kind(), "only moderators");
        Problem noReason = assertThrows(Problem.class, () -> db.inTransaction(em -> stories(em)
                .redact(id, moderator, "Life at home", "Call me.", " ")));
        assertEquals(Problem.Kind.INVALID, noReason.kind());
        assertEquals(Problem.Kind.INVALID, assertThrows(Problem.class, () -> db.inTransaction(em -> stories(em)
                .redact(id, moderator, "Life at 12 Canal Street", "Call me on 07700 900123 any time.", "Why")))
                .kind(), "nothing changed");

        RecordedEvents<ModerationOutcome> told = new RecordedEvents<>();
        db.inTransaction(em -> {
            Stories redacting = stories(em);
            redacting.outcomes = told;
            return redacting.redact(id, moderator, "Life at home", "Call me through the group any time.",
                    "Your address and phone number could identify you.");
        });
        Story changed = db.inTransaction(em -> stories(em).readable(id, viewer(author)));
        assertEquals("Life at home", changed.title());
        assertEquals("Call me through the group any time.", changed.body());
        assertNotNull(changed.redactedAt());
        assertEquals(ModerationOutcome.Decision.REDACTED, told.fired().getFirst().decision());
        assertEquals(author.id(), told.fired().getFirst().authorId());
        List<org.coproduce.plugin.audit.AuditEntry> audit = db.inTransaction(em -> org.coproduce.portal.audit.AuditFixtures
                .log(em).about(org.coproduce.portal.moderation.ModerationAudit.SOURCE, "story", String.valueOf(id)));
        assertEquals(List.of("story.redact"), audit.stream().map(org.coproduce.plugin.audit.AuditEntry::action).toList());
        assertTrue(audit.stream().noneMatch(e -> String.valueOf(e).contains("07700") || String.valueOf(e).contains("Canal")),
                "the words removed are not kept in the audit log: " + audit);

        Account writingModerator = account(db, NetworkRole.PRACTITIONER, PortalRole.MODERATOR);
        long own = db.inTransaction(em -> stories(em).share(writingModerator.id(), "Mine", "My own story", false).id());
        assertEquals(Problem.Kind.FORBIDDEN, assertThrows(Problem.class, () -> db.inTransaction(em -> stories(em)
                .redact(own, viewer(writingModerator), "Mine", "My story", "Tidy"))).kind(), "not their own story");
    }

    static Stories stories(EntityManager em) {
        Stories stories = new Stories();
        stories.em = em;
        stories.responded = new RecordedEvents<>();
        stories.outcomes = new RecordedEvents<>();
        stories.audit = org.coproduce.portal.moderation.ModerationFixtures.audit(em);
        stories.search = SearchFixtures.outbox(em);
        stories.pseudonyms = pseudonyms(em);
        return stories;
    }

    static Pseudonyms pseudonyms(EntityManager em) {
        Pseudonyms pseudonyms = new Pseudonyms();
        pseudonyms.em = em;
        return pseudonyms;
    }

    private static Pseudonyms pseudonymsWith(EntityManager em, long seed) {
        Pseudonyms pseudonyms = pseudonyms(em);
        pseudonyms.generator = new PseudonymGenerator(new SplittableRandom(seed));
        return pseudonyms;
    }

    static Viewer viewer(Account account) {
        return new Viewer(Optional.of(account.id()), account.displayName(), Optional.of(account.portalRole()), true);
    }

    /** A verified account with the network and portal role given. */
    static Account account(TestDatabase db, NetworkRole networkRole, PortalRole role) {
        String email = "story-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        Account account = db.inTransaction(em -> {
            Account a = new Account(email, "Test Person", "pbkdf2-sha256$hash", networkRole, role, Instant.now());
            em.persist(a);
            return a;
        });
        db.jdbc(c -> {
            try (PreparedStatement statement = c.prepareStatement("UPDATE account SET verified_at = ? WHERE id = ?")) {
                statement.setObject(1, java.time.OffsetDateTime.now());
                statement.setLong(2, account.id());
                return statement.executeUpdate();
            }
        });
        return db.inTransaction(em -> em.find(Account.class, account.id()));
    }
}
