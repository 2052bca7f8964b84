package org.coproduce.portal.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.util.List;
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

/** {@link PracticeExamples} on H2 and PostgreSQL: storing with lists, unique reference numbers, filters. */
class PracticeExamplesIT extends OnBothDatabases {

    @ParameterizedTest
    @MethodSource("databases")
    void anExampleIsStoredWithItsListsInOrder(TestDatabase db) {
        long author = author(db);
        String reference = reference("GB");
        NewPracticeExample input = new NewPracticeExample("Co-designed respite", "Carers designed it.", "Body *here*",
                "gb", "Bryn Council", "team@example.org", reference, "COLLABORATION",
                List.of("Respite", "carers", "design"), List.of("More breaks taken", "Shorter waits"),
                List.of("https://example.org/a", "https://example.org/b"));

        long id = db.inTransaction(em -> examples(em).add(author, input).id());

        PracticeExample stored = db.inTransaction(em -> examples(em).find(id));
        assertEquals("Co-designed respite", stored.title());
        assertEquals("Body *here*", stored.body());
        assertEquals("GB", stored.country());
        assertEquals(reference, stored.referenceNumber());
        assertEquals(PartnershipLevel.COLLABORATION, stored.partnershipLevel());
        assertEquals(List.of("respite", "carers", "design"), stored.tags());
        assertEquals(List.of("More breaks taken", "Shorter waits"), stored.outcomes());
        assertEquals(List.of("https://example.org/a", "https://example.org/b"), stored.evidenceLinks());
        assertEquals("Test Person", stored.author().displayName());
        PracticeViews.Full view = PracticeViews.full(stored, new PracticeExamples.Related(List.of(), List.of()));
        assertEquals("United Kingdom", view.countryName());
        assertEquals("Collaboration", view.partnershipLevelLabel());
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aReferenceNumberIsUsedOnce(TestDatabase db) {
        long author = author(db);
        String reference = reference("SE");
        db.inTransaction(em -> examples(em).add(author, example(reference, "SE", "COPRODUCTION", "first")));
        Problem conflict = assertThrows(Problem.class, () -> db.inTransaction(em -> examples(em).add(author,
                example(reference.toLowerCase(), "SE", "COPRODUCTION", "second"))));
        assertEquals(Problem.Kind.CONFLICT, conflict.kind());
        assertEquals("referenceNumber", conflict.fields().get(0).field());
        assertEquals(1L, (long) db.inTransaction(em -> em.createQuery(
                "SELECT COUNT(e) FROM PracticeExample e WHERE e.referenceNumber = :r", Long.class)
                .setParameter("r", reference).getSingleResult()));
        assertThrows(PersistenceException.class, () -> db.runInTransaction(em -> {
            em.persist(new PracticeExample(em.find(Account.class, author),
                    example(reference, "SE", "COPRODUCTION", "third").checked(), Instant.now()));
            em.flush();
        }), "the database refuses it too");
    }

    @ParameterizedTest
    @MethodSource("databases")
    void listingsAreFilteredByCountryLevelAndTag(TestDatabase db) {
        long author = author(db);
        String tag = "tag-" + UUID.randomUUID().toString().substring(0, 8);
        long nlCoproduction = db.inTransaction(em -> examples(em).add(author, example(reference("NL"), "NL", "COPRODUCTION", tag)).id());
        long nlCooperation = db.inTransaction(em -> examples(em).add(author, example(reference("NL"), "NL", "COOPERATION", tag)).id());
        long ieCoproduction = db.inTransaction(em -> examples(em).add(author, example(reference("IE"), "IE", "COPRODUCTION", tag)).id());
        long untagged = db.inTransaction(em -> examples(em).add(author, example(reference("IE"), "IE", "COPRODUCTION", "other")).id());

        assertEquals(List.of(ieCoproduction, nlCooperation, nlCoproduction), ids(db, new PracticeFilter(null, null, tag)));
        assertEquals(List.of(nlCooperation, nlCoproduction), ids(db, new PracticeFilter("NL", null, tag)));
        assertEquals(List.of(ieCoproduction, nlCoproduction), ids(db, new PracticeFilter(null, PartnershipLevel.COPRODUCTION, tag)));
        assertEquals(List.of(nlCoproduction), ids(db, new PracticeFilter("NL", PartnershipLevel.COPRODUCTION, tag)));
        assertEquals(List.of(), ids(db, new PracticeFilter("NZ", null, tag)));
        assertTrue(db.inTransaction(em -> examples(em).list(new PracticeFilter("IE", null, null), 1, 100)).items()
                .stream().anyMatch(l -> l.example().id() == untagged));

        PageOf<PracticeExamples.Listed> page = db.inTransaction(em -> examples(em).list(new PracticeFilter(null, null, tag), 2, 2));
        assertEquals(3, page.total());
        assertEquals(2, page.pages());
        assertEquals(List.of(nlCoproduction), page.items().stream().map(l -> l.example().id()).toList());
        assertEquals(List.of(tag, "shared"), page.items().get(0).tags(), "tags come with the listing, in order");
        assertTrue(db.inTransaction(em -> examples(em).tagsInUse()).contains(tag));
        assertTrue(db.inTransaction(em -> examples(em).countriesInUse()).containsAll(List.of("NL", "IE")));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void unknownExamplesAreNotFound(TestDatabase db) {
        assertEquals(Problem.Kind.NOT_FOUND, assertThrows(Problem.class,
                () -> db.inTransaction(em -> examples(em).find(987654321L))).kind());
    }

    private static List<Long> ids(TestDatabase db, PracticeFilter filter) {
        return db.inTransaction(em -> examples(em).list(filter, 1, 100)).items().stream()
                .map(l -> l.example().id()).toList();
    }

    private static NewPracticeExample example(String reference, String country, String level, String tag) {
        return new NewPracticeExample("Example " + reference, "Summary", "Body", country, "Organisation",
                "https://example.org", reference, level, List.of(tag, "shared"), List.of(), List.of());
    }

    private static String reference(String prefix) {
        return prefix + "-" + (100000 + (int) (Math.random() * 899999));
    }

    static PracticeExamples examples(EntityManager em) {
        PracticeExamples examples = new PracticeExamples();
        examples.em = em;
        examples.search = SearchFixtures.outbox(em);
        return examples;
    }

    private static long author(TestDatabase db) {
        String email = "practice-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        return db.inTransaction(em -> {
            Account account = new Account(email, "Test Person", "pbkdf2-sha256$hash", NetworkRole.PRACTITIONER,
                    PortalRole.MEMBER, Instant.now());
            em.persist(account);
            return account;
        }).id();
    }
}
