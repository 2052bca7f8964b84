package org.coproduce.portal.assisted;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.coproduce.plugin.PortalRole;
import org.coproduce.plugin.Problem;
import org.coproduce.plugin.Viewer;
import org.coproduce.plugin.audit.AuditEntry;
import org.coproduce.portal.account.Account;
import org.coproduce.portal.account.AccountFixtures;
import org.coproduce.portal.account.NetworkRole;
import org.coproduce.portal.audit.AuditFixtures;
import org.coproduce.portal.discussion.DiscussionFixtures;
import org.coproduce.portal.discussion.ReplyView;
import org.coproduce.portal.discussion.ThreadDetail;
import org.coproduce.portal.moderation.ModerationFixtures;
import org.coproduce.portal.moderation.TrustLevel;
import org.coproduce.portal.persistence.OnBothDatabases;
import org.coproduce.portal.persistence.TestDatabase;
import org.coproduce.portal.story.Stories;
import org.coproduce.portal.story.Story;
import org.coproduce.portal.story.StoryFixtures;
import org.coproduce.portal.story.StoryStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link AssistedPosting} on H2 and PostgreSQL: posting on someone's behalf, consent records, audit, withdrawal. */
class AssistedPostingIT extends OnBothDatabases {

    private static final LocalDate LAST_WEEK = LocalDate.now(AssistedPosting.HOME).minusDays(7);

    @ParameterizedTest
    @MethodSource("databases")
    void aStoryForSomeoneWithoutAnAccountShowsTheirPseudonymAndWaitsForAnotherModerator(TestDatabase db) {
        Account priya = AccountFixtures.verified(db, "Priya Practitioner", NetworkRole.PRACTITIONER, PortalRole.MEMBER);
        OnBehalf sam = new OnBehalf("Sam Jones", "", "pseudonym", "Quiet Heron", "phone", LAST_WEEK,
                "Sam agreed on the phone to share this under the name Quiet Heron.", true);

        long id = db.inTransaction(em -> posting(em).shareStory(viewer(priya), "Our day centre", "It mattered.\n\nA lot.",
                "cy", sam).id());

        Story story = db.inTransaction(em -> StoryFixtures.stories(em).readable(id, viewer(priya)));
        assertEquals("Quiet Heron", story.authorName());
        assertEquals("Priya Practitioner", story.sharedBy());
        assertTrue(story.onBehalf());
        assertEquals(StoryStatus.PENDING, story.status());
        assertEquals("cy", story.language());
        assertNull(story.behalfAccountId());
        assertThrows(Problem.class, () -> db.inTransaction(em -> StoryFixtures.stories(em).readable(id, Viewer.ANONYMOUS)));

        AssistedPosting.ConsentView consent = db.inTransaction(em -> posting(em)
                .consentOf(AssistedConsent.PostKind.STORY, id, viewer(priya))).orElseThrow();
        assertEquals("Sam Jones", consent.personName());
        assertFalse(consent.personHasAccount());
        assertEquals("pseudonym", consent.shownAs());
        assertEquals("Quiet Heron", consent.shownName());
        assertEquals("phone", consent.consentMethod());
        assertEquals(LAST_WEEK, consent.consentGivenOn());
        assertEquals("Priya Practitioner", consent.enteredBy());
        assertEquals("/stories/story?id=" + id, consent.path());
        Account stranger = AccountFixtures.verified(db, "Someone Else", NetworkRole.CARER, PortalRole.MEMBER);
        assertTrue(db.inTransaction(em -> posting(em).consentOf(AssistedConsent.PostKind.STORY, id, viewer(stranger)))
                .isEmpty(), "only staff who entered it, the person and moderators see the consent record");

        List<AuditEntry> audit = db.inTransaction(em -> AuditFixtures.log(em).about(AssistedPosting.AUDIT_SOURCE, "story",
                String.valueOf(id)));
        assertEquals(List.of("story.shared"), audit.stream().map(AuditEntry::action).toList());
        assertEquals(Optional.of(priya.id()), audit.get(0).actorId());
        assertTrue(audit.get(0).detail().contains("Sam Jones (no account)"), audit.get(0).detail());

        // A moderator who entered a story cannot review it; another moderator can.
        Account mo = AccountFixtures.verified(db, "Mo Moderator", NetworkRole.OTHER, PortalRole.MODERATOR);
        long second = db.inTransaction(em -> posting(em).shareStory(viewer(mo), "Title", "Body", null,
                new OnBehalf("Alex", null, "name", null, "in-person", LAST_WEEK, "To share under the name Alex.", true)).id());
        Problem own = assertThrows(Problem.class, () -> db.inTransaction(em -> StoryFixtures.stories(em).approve(second, viewer(mo))));
        assertEquals(Problem.Kind.FORBIDDEN, own.kind());
        Account other = AccountFixtures.verified(db, "Other Moderator", NetworkRole.OTHER, PortalRole.MODERATOR);
        db.inTransaction(em -> StoryFixtures.stories(em).approve(second, viewer(other)));
        Story published = db.inTransaction(em -> StoryFixtures.stories(em).readable(second, Viewer.ANONYMOUS));
        assertEquals("Alex", published.authorName());
        assertEquals("Mo Moderator", published.sharedBy());
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aPersonWithAnAccountSeesTheStoryUnderTheirOwnPseudonymAndCanWithdrawIt(TestDatabase db) {
        Account priya = AccountFixtures.verified(db, "Priya Practitioner", NetworkRole.PRACTITIONER, PortalRole.MEMBER);
        Account sam = AccountFixtures.verified(db, "Sam Member", NetworkRole.SERVICE_USER, PortalRole.MEMBER);
        String samsPseudonym = db.inTransaction(em -> StoryFixtures.pseudonyms(em).forAccount(sam.id()).name());

        long id = db.inTransaction(em -> posting(em).shareStory(viewer(priya), "Title", "Body", "", new OnBehalf("",
                " " + sam.email().toUpperCase() + " ", "pseudonym", "Ignored Name", "paper-form", LAST_WEEK,
                "Signed the form to share it under their pseudonym.", true)).id());

        Story story = db.inTransaction(em -> StoryFixtures.stories(em).readable(id, viewer(sam)));
        assertEquals(samsPseudonym, story.authorName());
        assertEquals(sam.id(), story.behalfAccountId());
        assertTrue(db.inTransaction(em -> StoryFixtures.stories(em).byAuthor(sam.id(), 1, 50)).items().stream()
                .anyMatch(s -> s.id() == id), "the person's own list has it");
        AssistedPosting.ConsentView consent = db.inTransaction(em -> posting(em)
                .consentOf(AssistedConsent.PostKind.STORY, id, viewer(sam))).orElseThrow();
        assertEquals("Sam Member", consent.personName());
        assertTrue(consent.personHasAccount());
        assertTrue(db.inTransaction(em -> posting(em).records(viewer(sam), 1, 20)).items().stream()
                .anyMatch(c -> c.postId() == id));

        Account stranger = AccountFixtures.verified(db, "Someone Else", NetworkRole.PRACTITIONER, PortalRole.MEMBER);
        Problem notYours = assertThrows(Problem.class, () -> db.inTransaction(em -> posting(em).withdrawStory(viewer(stranger),
                id, null)));
        assertEquals(Problem.Kind.NOT_FOUND, notYours.kind(), "a pending story is not there for others");

        db.inTransaction(em -> posting(em).withdrawStory(viewer(sam), id, "Changed my mind."));
        Story withdrawn = db.inTransaction(em -> StoryFixtures.stories(em).readable(id, viewer(priya)));
        assertTrue(withdrawn.withdrawn());
        AssistedPosting.ConsentView after = db.inTransaction(em -> posting(em)
                .consentOf(AssistedConsent.PostKind.STORY, id, viewer(priya))).orElseThrow();
        assertNotNull(after.withdrawnAt());
        assertEquals("Sam Member", after.withdrawnBy());
        assertEquals("Changed my mind.", after.withdrawalNote());
        assertEquals(List.of("story.shared", "story.withdrawn"), db.inTransaction(em -> AuditFixtures.log(em)
                .about(AssistedPosting.AUDIT_SOURCE, "story", String.valueOf(id))).stream().map(AuditEntry::action).toList());
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aModeratorWithdrawsAStoryAtThePersonsRequest(TestDatabase db) {
        Account priya = AccountFixtures.verified(db, "Priya Practitioner", NetworkRole.PRACTITIONER, PortalRole.MEMBER);
        Account mo = AccountFixtures.verified(db, "Mo Moderator", NetworkRole.OTHER, PortalRole.MODERATOR);
        long id = db.inTransaction(em -> posting(em).shareStory(viewer(priya), "Title", "Body", null,
                new OnBehalf("Jo", null, "pseudonym", "", "phone", LAST_WEEK, "To share it under a made-up name.", true)).id());
        String madeUp = db.inTransaction(em -> StoryFixtures.stories(em).readable(id, viewer(priya))).authorName();
        assertFalse(madeUp.isBlank() || madeUp.equals("Jo"), madeUp);
        db.inTransaction(em -> StoryFixtures.stories(em).approve(id, viewer(mo)));
        db.inTransaction(em -> posting(em).withdrawStory(viewer(mo), id, "Jo rang to ask."));
        assertThrows(Problem.class, () -> db.inTransaction(em -> StoryFixtures.stories(em).readable(id, Viewer.ANONYMOUS)));
        assertEquals("Mo Moderator", db.inTransaction(em -> posting(em).consentOf(AssistedConsent.PostKind.STORY, id,
                viewer(priya))).orElseThrow().withdrawnBy());
    }

    @ParameterizedTest
    @MethodSource("databases")
    void onlyStaffPostOnSomeonesBehalfAndEveryProblemIsNamedAtOnce(TestDatabase db) {
        Account carer = AccountFixtures.verified(db, "Carer", NetworkRole.CARER, PortalRole.MEMBER);
        OnBehalf fine = new OnBehalf("Sam", null, "name", null, "phone", LAST_WEEK, "Agreed.", true);
        Problem forbidden = assertThrows(Problem.class, () -> db.inTransaction(em -> posting(em).shareStory(viewer(carer),
                "Title", "Body", null, fine)));
        assertEquals(Problem.Kind.FORBIDDEN, forbidden.kind());

        Account priya = AccountFixtures.verified(db, "Priya Practitioner", NetworkRole.PRACTITIONER, PortalRole.MEMBER);
        long before = db.inTransaction(em -> em.createQuery("SELECT COUNT(c) FROM AssistedConsent c", Long.class).getSingleResult());
        OnBehalf bad = new OnBehalf(" ", "nobody-" + System.nanoTime() + "@example.org", "nickname", null, "telepathy",
                LocalDate.now(AssistedPosting.HOME).plusDays(2), "", false);
        Problem invalid = assertThrows(Problem.class, () -> db.inTransaction(em -> posting(em).shareStory(viewer(priya),
                "", "Body", null, bad)));
        assertEquals(Set.of("title", "personEmail", "personName", "shownAs", "consentMethod", "consentGivenOn", "agreedTo",
                        "consentConfirmed"),
                invalid.fields().stream().map(Problem.FieldMessage::field).collect(Collectors.toSet()));
        Problem self = assertThrows(Problem.class, () -> db.inTransaction(em -> posting(em).shareStory(viewer(priya),
                "Title", "Body", null, new OnBehalf("Me", priya.email(), "name", null, "phone", LAST_WEEK, "Agreed.", true))));
        assertEquals("personEmail", self.fields().get(0).field());
        assertEquals((Long) before, db.inTransaction(em -> em.createQuery("SELECT COUNT(c) FROM AssistedConsent c", Long.class)
                .getSingleResult()), "nothing saved");
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aReplyOnSomeonesBehalfShowsTheirNameAndLanguageInTheThread(TestDatabase db) {
        long category = DiscussionFixtures.category(db);
        Account priya = AccountFixtures.verified(db, "Priya Practitioner", NetworkRole.PRACTITIONER, PortalRole.MEMBER);
        db.inTransaction(em -> {
            ModerationFixtures.trust(em, priya.id(), TrustLevel.TRUSTED); // her posts are published at once
            return null;
        });
        long thread = db.inTransaction(em -> DiscussionFixtures.threads(em).start(viewer(priya), category, "Day services",
                "What helps?", List.of(), "en").id());
        long reply = db.inTransaction(em -> posting(em).reply(viewer(priya), thread, "Mae'r bws yn helpu.", null, "cy",
                new OnBehalf("Sam Jones", null, "name", null, "paper-form", LAST_WEEK, "Wrote the reply on our form.", true)).id());

        ThreadDetail detail = db.inTransaction(em -> DiscussionFixtures.threads(em).open(thread, 1, 20, Viewer.ANONYMOUS));
        assertEquals("en", detail.language());
        ReplyView shown = detail.replies().items().get(0);
        assertEquals(reply, shown.id());
        assertEquals("Priya Practitioner", shown.authorName());
        assertEquals("Sam Jones", shown.onBehalfOf());
        assertEquals("cy", shown.language());
        assertEquals(List.of("reply.posted"), db.inTransaction(em -> AuditFixtures.log(em)
                .about(AssistedPosting.AUDIT_SOURCE, "reply", String.valueOf(reply))).stream().map(AuditEntry::action).toList());
        assertEquals("/discussions/reply?id=" + reply, db.inTransaction(em -> posting(em)
                .consentOf(AssistedConsent.PostKind.REPLY, reply, viewer(priya))).orElseThrow().path());

        // The language of an ordinary reply and thread can be marked and changed by their author.
        long own = db.inTransaction(em -> DiscussionFixtures.replies(em).add(viewer(priya), thread, "Hello", null, "").id());
        db.inTransaction(em -> DiscussionFixtures.replies(em).edit(viewer(priya), own, "Helo", Optional.of("cy")));
        db.inTransaction(em -> DiscussionFixtures.threads(em).edit(viewer(priya), thread, "Day services", "What helps?",
                List.of(), Optional.of("")));
        ThreadDetail later = db.inTransaction(em -> DiscussionFixtures.threads(em).open(thread, 1, 20, Viewer.ANONYMOUS));
        assertNull(later.language());
        assertEquals("cy", later.replies().items().get(1).language());
        assertNull(later.replies().items().get(1).onBehalfOf());
        Problem klingon = assertThrows(Problem.class, () -> db.inTransaction(em -> DiscussionFixtures.replies(em)
                .add(viewer(priya), thread, "Body", null, "tlh")));
        assertEquals("language", klingon.fields().get(0).field());
    }

    static AssistedPosting posting(EntityManager em) {
        AssistedPosting posting = new AssistedPosting();
        posting.em = em;
        posting.stories = StoryFixtures.stories(em);
        posting.replies = DiscussionFixtures.replies(em);
        posting.pseudonyms = StoryFixtures.pseudonyms(em);
        posting.audit = AuditFixtures.log(em);
        return posting;
    }

    static Viewer viewer(Account account) {
        return new Viewer(Optional.of(account.id()), account.displayName(), Optional.of(account.portalRole()), true);
    }
}
