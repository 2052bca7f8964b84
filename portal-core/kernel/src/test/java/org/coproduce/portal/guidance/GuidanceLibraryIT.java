package org.coproduce.portal.guidance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.coproduce.plugin.PortalRole;
import org.coproduce.plugin.Problem;
import org.coproduce.portal.account.Account;
import org.coproduce.portal.account.NetworkRole;
import org.coproduce.portal.common.PageOf;
import org.coproduce.portal.persistence.OnBothDatabases;
import org.coproduce.portal.persistence.TestDatabase;
import org.coproduce.portal.search.SearchFixtures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Guidance documents, versions and drafts on H2 and PostgreSQL. */
class GuidanceLibraryIT extends OnBothDatabases {

    @ParameterizedTest
    @MethodSource("databases")
    void publishingANewVersionKeepsTheOldOneReadable(TestDatabase db) {
        long author = account(db);
        String tag = "tag-" + UUID.randomUUID().toString().substring(0, 8);
        GuidanceVersion first = db.inTransaction(em -> library(em).publish(content("Version one", tag, "First text."), null, author));
        GuidanceVersion second = db.inTransaction(em -> library(em).publish(
                content("Version two", tag, "Second text."), first.documentId(), author));

        assertEquals(first.documentId(), second.documentId());
        assertEquals(1, first.number());
        assertEquals(2, second.number());

        GuidanceView latest = db.inTransaction(em -> library(em).read(first.documentId(), Optional.empty()));
        assertEquals(2, latest.version());
        assertEquals(2, latest.latestVersion());
        assertTrue(latest.latest());
        assertEquals("Version two", latest.title());
        assertEquals(List.of(new Section("What to do", "Second text."), new Section("Why", "Because it *works*.")),
                latest.sections());
        assertEquals(List.of("Listen first.", "Share power."), latest.keyMessages());
        assertEquals(List.of(new Reference("A book, 2020", "https://example.org/book"), new Reference("A talk", null)),
                latest.references());
        assertEquals(List.of(tag, "carers"), latest.tags());
        assertEquals(List.of(1, 2), latest.versions().stream().map(VersionInfo::number).toList());

        GuidanceView old = db.inTransaction(em -> library(em).read(first.documentId(), Optional.of(1)));
        assertEquals(1, old.version());
        assertFalse(old.latest());
        assertEquals("Version one", old.title());
        assertEquals("First text.", old.sections().get(0).body());

        Problem missing = assertThrows(Problem.class, () -> db.inTransaction(em -> library(em).read(first.documentId(), Optional.of(3))));
        assertEquals(Problem.Kind.NOT_FOUND, missing.kind());
    }

    @ParameterizedTest
    @MethodSource("databases")
    void theListShowsLatestVersionsNewestFirstFilteredByTagAndPaged(TestDatabase db) {
        long author = account(db);
        String tag = "t" + UUID.randomUUID().toString().substring(0, 8);
        GuidanceVersion a = db.inTransaction(em -> library(em).publish(content("A", tag, "a"), null, author));
        db.inTransaction(em -> library(em).publish(content("A2", tag, "a2"), a.documentId(), author));
        db.inTransaction(em -> library(em).publish(content("B", tag, "b"), null, author));
        db.inTransaction(em -> library(em).publish(content("C", "other-" + tag, "c"), null, author));

        PageOf<GuidanceSummary> tagged = db.inTransaction(em -> library(em).list(tag.toUpperCase(), 1, 10));
        assertEquals(2, tagged.total(), "one entry per document, its latest version");
        assertEquals(List.of("B", "A2"), tagged.items().stream().map(GuidanceSummary::title).toList());
        assertEquals(List.of(tag, "carers"), tagged.items().get(0).tags());
        assertEquals(2, tagged.items().get(1).version());

        PageOf<GuidanceSummary> second = db.inTransaction(em -> library(em).list(tag, 2, 1));
        assertEquals(List.of("A2"), second.items().stream().map(GuidanceSummary::title).toList());
        assertEquals(2, second.pages());
        assertTrue(db.inTransaction(em -> library(em).list(null, 1, 100)).total() >= 3);
        List<String> inUse = db.inTransaction(em -> library(em).tagsInUse());
        assertEquals("carers", inUse.get(0), "the most used tag comes first: " + inUse);
        assertEquals(inUse.size(), new java.util.HashSet<>(inUse).size(), "each tag once: " + inUse);
        assertTrue(inUse.contains(tag) && !inUse.contains("other"));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void draftsAreEditedThenPublishedOnce(TestDatabase db) {
        long author = account(db);
        DraftView draft = db.inTransaction(em -> drafts(em).create(author, "notes.md", null,
                new GuidanceContent("Imported", "", List.of(new Section("One", "Body")), List.of(), List.of(), List.of())));
        assertEquals("notes.md", draft.sourceName());

        Problem incomplete = assertThrows(Problem.class, () -> db.inTransaction(em -> drafts(em).publish(draft.id(), null, author)));
        assertEquals("summary", incomplete.fields().get(0).field());

        DraftView edited = db.inTransaction(em -> drafts(em).update(draft.id(), null, content("Edited", "Drafts", "Typed.")));
        assertEquals("Edited", edited.title());
        assertEquals(List.of("drafts", "carers"), edited.tags(), "tags are stored in lower case");

        GuidanceView published = db.inTransaction(em -> drafts(em).publish(draft.id(), null, author));
        assertEquals(1, published.version());
        assertEquals("Edited", published.title());
        DraftView after = db.inTransaction(em -> drafts(em).find(draft.id()));
        assertEquals(1, after.publishedVersion());
        assertEquals(published.id(), after.publishedDocumentId());
        Problem again = assertThrows(Problem.class, () -> db.inTransaction(em -> drafts(em).publish(draft.id(), null, author)));
        assertEquals(Problem.Kind.CONFLICT, again.kind());

        DraftView next = db.inTransaction(em -> drafts(em).startNewVersion(author, published.id()));
        assertEquals(published.id(), next.documentId());
        assertNull(next.sourceName());
        GuidanceView v2 = db.inTransaction(em -> drafts(em).publish(next.id(), null, author));
        assertEquals(published.id(), v2.id());
        assertEquals(2, v2.version());
    }

    private static GuidanceContent content(String title, String tag, String firstBody) {
        return new GuidanceContent(title, "A summary of " + title + ".",
                List.of(new Section("What to do", firstBody), new Section("Why", "Because it *works*.")),
                List.of("Listen first.", "Share power."),
                List.of(new Reference("A book, 2020", "https://example.org/book"), new Reference("A talk", "")),
                List.of(tag, "Carers"));
    }

    private static long account(TestDatabase db) {
        return db.inTransaction(em -> {
            Account account = new Account(UUID.randomUUID() + "@example.org", "Mo Moderator", "x", NetworkRole.values()[0],
                    PortalRole.MODERATOR, Instant.now());
            em.persist(account);
            em.flush();
            return account.id();
        });
    }

    private static GuidanceLibrary library(EntityManager em) {
        GuidanceLibrary library = new GuidanceLibrary();
        library.em = em;
        library.search = SearchFixtures.outbox(em);
        return library;
    }

    private static GuidanceDrafts drafts(EntityManager em) {
        GuidanceDrafts drafts = new GuidanceDrafts();
        drafts.em = em;
        drafts.library = library(em);
        return drafts;
    }
}
