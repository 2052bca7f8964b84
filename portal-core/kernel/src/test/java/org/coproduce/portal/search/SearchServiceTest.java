package org.coproduce.portal.search;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.coproduce.plugin.PortalRole;
import org.coproduce.plugin.Problem;
import org.coproduce.plugin.Viewer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The search service on a real index in a temporary folder, over fixtures of our own: relevance, synonyms, typo
 * tolerance, phrases, facets, escaping, and that members-only content never reaches visitors in any form.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchServiceTest {

    private static final Viewer MEMBER = new Viewer(Optional.of(7L), "Mo", Optional.of(PortalRole.MEMBER), true);

    private static final String SYNONYMS = """
            co-production, coproduction, co-pro
            service user, participant, citizen, expert by experience, people with lived experience
            carer, caregiver
            social worker, practitioner
            """;

    private SearchIndex index;
    private SearchService search;

    @BeforeAll
    void buildIndex(@TempDir Path folder) {
        search = SearchService.standalone(folder, SYNONYMS);
        index = search.index();
        index.apply(List.of(
                doc("thread", "1", "Respite for carers", "", "How do you plan a short break when caring every day?",
                        Audiences.PUBLIC, "2025-03-01T10:00:00Z", List.of("respite", "carers"), null, null),
                doc("practice", "2", "Budget panel with people who use services",
                        "What changed", "People with lived experience sat on the panel that set the budget.",
                        Audiences.PUBLIC, "2026-02-01T10:00:00Z", List.of("budgets"), "GB", "COPRODUCTION"),
                doc("practice", "3", "Shared housing review", "", "Tenants and the social worker reviewed the support.",
                        Audiences.PUBLIC, "2026-05-01T10:00:00Z", List.of("housing"), "SE", "COLLABORATION"),
                doc("guidance", "4", "Paying people for their time", "Vouchers or cash\nBenefits",
                        "Paying <script>alert(1)</script> participants fairly & on time.", Audiences.PUBLIC,
                        "2026-06-01T10:00:00Z", List.of("payment"), null, null),
                doc("thread", "5", "Zanzibarian secret plans", "", "The members talk about zanzibarian budget plans.",
                        Audiences.MEMBERS, "2026-07-01T10:00:00Z", List.of("hiddentag"), "FR", null),
                doc("thread", "6", "Coproduction in mental health teams", "", "Mental health services did it together.",
                        Audiences.PUBLIC, "2026-08-01T10:00:00Z", List.of(), null, null)), List.of(), 42);
    }

    @AfterAll
    void close() {
        index.close();
    }

    private static IndexedDocument doc(String type, String id, String title, String headings, String body,
                                       String audience, String date, List<String> tags, String country, String level) {
        return new IndexedDocument(type, id, title, headings, body, "/" + type + "?id=" + id, audience,
                Instant.parse(date), tags, country, level);
    }

    private SearchResults find(String q, Viewer viewer) {
        return search.search(new SearchRequest(q, null, null, null, null, null, null, 1, 10), viewer);
    }

    private static List<String> ids(SearchResults results) {
        return results.hits().stream().map(SearchHit::id).toList();
    }

    @Test
    void theAppliedTaskIsKeptInTheCommit() {
        assertEquals(42, index.applied());
    }

    @Test
    void titlesWeighMoreThanBodies() {
        SearchResults r = find("budget", Viewer.ANONYMOUS);
        assertEquals("2", r.hits().get(0).id());
    }

    @Test
    void aWordInTheTitleWeighsMostThenInHeadingsThenInTheBody(@TempDir Path folder) {
        SearchService own = SearchService.standalone(folder, SYNONYMS);
        try {
            own.index().apply(List.of(
                    doc("thread", "1", "Meeting notes", "Notes", "The group talked about the garden on Tuesday.",
                            Audiences.PUBLIC, "2026-01-01T10:00:00Z", List.of(), null, null),
                    doc("guidance", "2", "Planning a year", "Garden", "What we grow and when we grow it.",
                            Audiences.PUBLIC, "2026-01-02T10:00:00Z", List.of(), null, null),
                    doc("thread", "3", "Garden volunteers", "Volunteering", "We meet on Tuesdays to dig and to plant.",
                            Audiences.PUBLIC, "2026-01-03T10:00:00Z", List.of(), null, null)), List.of(), 1);
            SearchResults garden = own.search(new SearchRequest("garden", null, null, null, null, null, "relevance", 1, 10),
                    Viewer.ANONYMOUS);
            assertEquals(List.of("3", "2", "1"), ids(garden));
            assertEquals(3, garden.total());
            assertEquals(List.of("3"), ids(own.search(new SearchRequest("\"garden volunteers\"", null, null, null, null,
                    null, null, 1, 10), Viewer.ANONYMOUS)));
            assertEquals(List.of(), ids(own.search(new SearchRequest("\"volunteers we meet\"", null, null, null, null,
                    null, null, 1, 10), Viewer.ANONYMOUS)), "a phrase does not run from the title into the body");
        } finally {
            own.index().close();
        }
    }

    @Test
    void anEditedSynonymListWorksAtOnceAndAlikeOnceTheIndexHoldsItsGroups(@TempDir Path folder) {
        SearchService own = SearchService.standalone(folder, "carer, caregiver");
        try {
            List<IndexedDocument> docs = List.of(
                    doc("thread", "1", "Allotment rota", "", "Who waters the beans in August?",
                            Audiences.PUBLIC, "2026-01-01T10:00:00Z", List.of(), null, null),
                    doc("thread", "2", "Tools to share", "", "The community garden shares one shed.",
                            Audiences.PUBLIC, "2026-01-02T10:00:00Z", List.of(), null, null),
                    doc("thread", "3", "Summer party", "", "A garden party for the whole community.",
                            Audiences.PUBLIC, "2026-01-03T10:00:00Z", List.of(), null, null),
                    doc("thread", "4", "New plots", "", "The allotment society has two plots free.",
                            Audiences.PUBLIC, "2026-01-04T10:00:00Z", List.of(), null, null));
            own.index().apply(docs, List.of(), 1);
            own.synonyms = Synonyms.fixed("carer, caregiver\nallotment, community garden");
            assertFalse(own.index().holds(own.synonyms.current().groups()), "the index has the old list");
            for (int stage = 0; stage < 2; stage++) {
                String when = stage == 0 ? "words expanded to synonyms" : "the groups' terms in the index";
                assertEquals(List.of("4", "2", "1"), ids(own.search(byDate("allotment"), Viewer.ANONYMOUS)), when);
                SearchResults garden = own.search(byDate("community garden"), Viewer.ANONYMOUS);
                assertEquals(List.of("4", "2", "1"), ids(garden), when + ": the words of a member together, not apart");
                assertFalse(garden.fuzzy());
                assertEquals(List.of("2"), ids(own.search(byDate("\"community garden shares\""), Viewer.ANONYMOUS)), when);
                SearchHit shed = own.search(byDate("allotment"), Viewer.ANONYMOUS).hits().stream()
                        .filter(h -> h.id().equals("2")).findFirst().orElseThrow();
                assertTrue(shed.snippet().contains("<mark>community garden</mark>") || shed.snippet().contains(
                        "<mark>community</mark> <mark>garden</mark>"), when + ": " + shed.snippet());
                SearchIndex.Rebuild rebuild = own.index().startRebuild(own.synonyms.current().groups());
                for (IndexedDocument d : docs) {
                    rebuild.add(d);
                }
                own.index().replaceWith(rebuild, 1);
                assertTrue(own.index().holds(own.synonyms.current().groups()), "the index has the new list");
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } finally {
            own.index().close();
        }
    }

    private static SearchRequest byDate(String q) {
        return new SearchRequest(q, null, null, null, null, null, "date", 1, 10);
    }

    @Test
    void synonymsFindOtherWordsForTheSameThing() {
        assertEquals(List.of("1"), ids(find("caregiver", Viewer.ANONYMOUS)));
        assertTrue(ids(find("\"expert by experience\"", Viewer.ANONYMOUS)).containsAll(List.of("2", "4")));
        assertTrue(ids(find("practitioner", Viewer.ANONYMOUS)).contains("3"));
        assertTrue(ids(find("co-production", Viewer.ANONYMOUS)).contains("6"));
    }

    @Test
    void everyWordNarrowsTheResults() {
        assertEquals(List.of("2", "4"), ids(find("people", Viewer.ANONYMOUS)).stream().sorted().toList());
        SearchResults both = find("budget panel", Viewer.ANONYMOUS);
        assertEquals(List.of("2"), ids(both), "only the document with both words, wherever they are");
        assertFalse(both.fuzzy());
        assertEquals(List.of("2"), ids(find("budget lived", Viewer.ANONYMOUS)), "one word in the title, one in the body");
        SearchResults none = find("budget tenants", Viewer.ANONYMOUS);
        assertTrue(none.fuzzy(), "no document has both: any of the words, marked as a wider search");
        assertTrue(ids(none).containsAll(List.of("2", "3")), ids(none).toString());
    }

    @Test
    void phrasesMustMatchAsPhrases() {
        assertEquals(List.of("2"), ids(find("\"lived experience\"", Viewer.ANONYMOUS)));
        assertEquals(List.of(), ids(find("\"experience lived\"", Viewer.ANONYMOUS)));
    }

    @Test
    void aMisspeltWordStillFindsAndIsCorrected() {
        SearchResults r = find("respte", Viewer.ANONYMOUS);
        assertEquals(List.of("1"), ids(r));
        assertTrue(r.fuzzy());
        assertEquals("respite", r.didYouMean());
        assertNull(find("respite", Viewer.ANONYMOUS).didYouMean());
        assertEquals("\"lived experience\" respite", find("\"lived experiance\" Respte", Viewer.ANONYMOUS).didYouMean(),
                "phrases keep their quotes");
    }

    @Test
    void manyResultsGiveAnEstimatedTotalOfOnlyWhatTheViewerMayRead(@TempDir Path folder) {
        SearchService many = SearchService.standalone(folder, SYNONYMS);
        SearchIndex big = many.index();
        try {
            // 30,000 posts mention meetings; every third is for members only, every fifth is a reply
            List<IndexedDocument> docs = new java.util.ArrayList<>();
            for (int i = 0; i < 30_000; i++) {
                docs.add(doc(i % 5 == 0 ? "reply" : "thread", String.valueOf(i), "Meeting notes " + i, "",
                        i % 1000 == 1 ? "What the quarterly meeting agreed." : "What the planning meeting agreed.",
                        i % 3 == 0 ? Audiences.MEMBERS : Audiences.PUBLIC,
                        "2026-01-01T10:00:00Z", List.of(), null, null));
            }
            big.apply(docs, List.of(), 1);
            SearchResults visitor = many.search(new SearchRequest("meeting", null, null, null, null, null, null, 1, 10),
                    Viewer.ANONYMOUS);
            assertTrue(visitor.totalEstimated() && visitor.facetsEstimated());
            assertTrue(Math.abs(visitor.total() - 20_000) <= 1_000, "about 20,000 public: " + visitor.total());
            long threads = visitor.facets().get("type").stream().filter(f -> f.value().equals("thread"))
                    .mapToLong(FacetValue::count).sum();
            assertTrue(Math.abs(threads - 16_000) <= 1_000, "about 16,000 public threads: " + threads);
            assertEquals(10, visitor.hits().size());
            SearchResults narrow = many.search(new SearchRequest("quarterly meeting", null, null, null, null, null,
                    null, 1, 10), Viewer.ANONYMOUS);
            assertFalse(narrow.totalEstimated() || narrow.facetsEstimated(), "fewer results are counted exactly");
            assertEquals(20, narrow.total(), "30 mention a quarterly meeting, 10 of them for members only");
        } finally {
            big.close();
        }
    }

    @Test
    void aNewSegmentsFacetValuesAndDeletionsAreInMemoryBeforeAnySearchSeesThem(@TempDir Path folder) {
        SearchService fresh = SearchService.standalone(folder, SYNONYMS);
        try {
            for (int segment = 0; segment < 2; segment++) {
                fresh.index().apply(List.of(segmentDoc(segment, "a", "Text."), segmentDoc(segment, "b", "Text.")),
                        List.of(), segment + 1);
                List<LeafReader> segments = readers(fresh);
                assertEquals(segment + 1, segments.size());
                assertTrue(segments.stream().allMatch(l -> FacetOrdinals.holds(l, FacetsConfig.DEFAULT_INDEX_FIELD_NAME)),
                        "read when the searcher was made, before any search");
            }
            fresh.index().apply(List.of(segmentDoc(0, "a", "Text, edited.")), List.of(), 3);
            List<LeafReader> edited = readers(fresh).stream().filter(LeafReader::hasDeletions).toList();
            assertEquals(1, edited.size(), "the edit deleted the first segment's old version");
            assertTrue(DeletedDocuments.holds(edited.get(0)), "listed when the searcher was made, before any search");
        } finally {
            fresh.index().close();
        }
    }

    @Test
    void aSearchsTotalAndFacetsAreCountedOnceUntilTheIndexChanges(@TempDir Path folder) {
        SearchService fresh = SearchService.standalone(folder, SYNONYMS);
        try {
            fresh.index().apply(List.of(segmentDoc(0, "a", "Meeting."), segmentDoc(0, "b", "Meeting."),
                    doc("thread", "m", "Members' meeting", "", "Meeting.", Audiences.MEMBERS, "2026-01-01T10:00:00Z",
                            List.of("tag1"), null, null)), List.of(), 1);
            SearchResults first = fresh.search(new SearchRequest("meeting", null, null, null, null, null, null, 1, 1),
                    Viewer.ANONYMOUS);
            SearchResults secondPage = fresh.search(new SearchRequest("meeting", null, null, null, null, null, null,
                    2, 1), Viewer.ANONYMOUS);
            assertEquals(2, first.total());
            assertSame(first.facets(), secondPage.facets(), "the next page shows the summary counted for the first");
            assertNotEquals(first.hits(), secondPage.hits());
            SearchResults member = fresh.search(new SearchRequest("meeting", null, null, null, null, null, null, 1, 1),
                    MEMBER);
            assertEquals(3, member.total(), "another audience is another search");
            assertEquals(List.of(new FacetValue("tag0", 2), new FacetValue("tag1", 1)), member.facets().get("tag"));

            fresh.index().apply(List.of(segmentDoc(1, "a", "Meeting again.")), List.of(), 2);
            SearchResults changed = fresh.search(new SearchRequest("meeting", null, null, null, null, null, null, 1, 1),
                    Viewer.ANONYMOUS);
            assertEquals(3, changed.total(), "counted again once the index has changed");
            assertEquals(List.of(new FacetValue("tag0", 2), new FacetValue("tag1", 1)), changed.facets().get("tag"));
            assertThrows(UnsupportedOperationException.class, () -> changed.facets().get("tag").clear(),
                    "a summary shared by searches cannot be changed by one of them");
        } finally {
            fresh.index().close();
        }
    }

    private static IndexedDocument segmentDoc(int segment, String part, String body) {
        return doc("thread", "s" + segment + part, "Segment " + segment, "", body, Audiences.PUBLIC,
                "2026-01-01T10:00:00Z", List.of("tag" + segment), null, null);
    }

    private static List<LeafReader> readers(SearchService service) {
        return service.index().withSearcher(s -> s.getIndexReader().leaves().stream()
                .map(LeafReaderContext::reader).toList());
    }

    @Test
    void facetsCountTheResults() {
        SearchResults all = search.search(new SearchRequest("", null, null, null, null, null, null, 1, 10), Viewer.ANONYMOUS);
        assertEquals(5, all.total());
        assertEquals(List.of(new FacetValue("practice", 2), new FacetValue("thread", 2), new FacetValue("guidance", 1)),
                all.facets().get("type"));
        assertEquals(List.of(new FacetValue("GB", 1), new FacetValue("SE", 1)), all.facets().get("country"));
        assertEquals("date", all.sort());
        assertEquals("6", all.hits().get(0).id(), "newest first without words");
        SearchResults gb = search.search(new SearchRequest("", "practice", null, "gb", null, "2026", null, 1, 10),
                Viewer.ANONYMOUS);
        assertEquals(List.of("2"), ids(gb));
    }

    @Test
    void membersOnlyContentNeverReachesVisitors() {
        SearchResults visitor = find("zanzibarian", Viewer.ANONYMOUS);
        assertEquals(0, visitor.total());
        assertTrue(visitor.hits().isEmpty());
        assertTrue(visitor.facets().values().stream().allMatch(List::isEmpty), visitor.facets().toString());
        assertNull(find("zanzibarain", Viewer.ANONYMOUS).didYouMean(), "no correction towards hidden words");
        assertTrue(search.suggest("zanz", 8, Viewer.ANONYMOUS).isEmpty());
        SearchResults budget = find("budget", Viewer.ANONYMOUS);
        assertFalse(ids(budget).contains("5"));
        assertTrue(budget.facets().get("tag").stream().noneMatch(f -> f.value().equals("hiddentag")));
        SearchResults member = find("zanzibarian", MEMBER);
        assertEquals(List.of("5"), ids(member));
        assertEquals("zanzibarian", find("zanzibarain", MEMBER).didYouMean());
        assertEquals(1, search.suggest("zanz", 8, MEMBER).size());
    }

    @Test
    void snippetsAreEscapedWithOnlyMarksAdded() {
        SearchHit hit = find("participants", Viewer.ANONYMOUS).hits().stream().filter(h -> h.id().equals("4"))
                .findFirst().orElseThrow();
        assertTrue(hit.snippet().contains("&lt;script&gt;"), hit.snippet());
        assertTrue(hit.snippet().contains("<mark>participants</mark>"), hit.snippet());
        assertTrue(hit.snippet().contains("&amp;"), hit.snippet());
        assertFalse(hit.snippet().replace("<mark>", "").replace("</mark>", "").contains("<"), hit.snippet());
    }

    @Test
    void eachHitsSnippetMarksTheWordsInItsOwnBodyAcrossSegments(@TempDir Path folder) {
        SearchService fresh = SearchService.standalone(folder, SYNONYMS);
        try {
            // two segments; in every third post "harvest" is only in the title, so its body has no mark for it
            for (int segment = 0; segment < 2; segment++) {
                List<IndexedDocument> posts = new java.util.ArrayList<>();
                for (int i = segment * 10; i < segment * 10 + 10; i++) {
                    boolean inBody = i % 3 != 0;
                    posts.add(doc("thread", "h" + i, "Orchard day " + i + (inBody ? "" : " harvest"), "",
                            "Post " + i + " was at the orchard. " + (inBody ? "The harvest was good." : "It rained."),
                            Audiences.PUBLIC, "2026-01-01T10:00:00Z", List.of(), null, null));
                }
                fresh.index().apply(posts, List.of(), segment + 1);
            }
            assertEquals(2, readers(fresh).size());
            SearchResults results = fresh.search(new SearchRequest("orchard harvest", null, null, null, null, null,
                    null, 1, 20), Viewer.ANONYMOUS);
            assertEquals(20, results.hits().size());
            for (SearchHit hit : results.hits()) {
                int i = Integer.parseInt(hit.id().substring(1));
                assertTrue(hit.snippet().contains("<mark>orchard</mark>"), hit.id() + ": " + hit.snippet());
                assertEquals(i % 3 != 0, hit.snippet().contains("<mark>harvest</mark>"),
                        hit.id() + ": " + hit.snippet());
                assertTrue(hit.snippet().startsWith("Post " + i + " "), "its own body: " + hit.snippet());
            }
        } finally {
            fresh.index().close();
        }
    }

    @Test
    void suggestionsCompleteTheLastWord() {
        assertEquals(List.of("Respite for carers"), search.suggest("resp", 8, Viewer.ANONYMOUS).stream()
                .map(SearchHit::title).toList());
        assertEquals(List.of("Shared housing review"), search.suggest("shared hous", 8, Viewer.ANONYMOUS).stream()
                .map(SearchHit::title).toList());
        assertTrue(search.suggest("r", 8, Viewer.ANONYMOUS).isEmpty());
    }

    @Test
    void oddInputGivesResultsOrA400NeverAnError() {
        for (String q : List.of("\"unbalanced", "AND", "-", "title:*", "a~~~", "***", "\u0001\u0002", "(((", "\"\"",
                "OR OR", "\\", "budget^10", "[1 TO 5]")) {
            assertDoesNotThrow(() -> find(q, Viewer.ANONYMOUS), q);
        }
        assertThrows(Problem.class, () -> find("x".repeat(10_000), Viewer.ANONYMOUS));
        assertThrows(Problem.class, () -> search.search(new SearchRequest("a", null, null, null, null, "20x6", null, 1, 10),
                Viewer.ANONYMOUS));
        assertThrows(Problem.class, () -> search.search(new SearchRequest("a", null, null, null, null, null, "best", 1, 10),
                Viewer.ANONYMOUS));
        assertThrows(Problem.class, () -> search.search(new SearchRequest("a", null, null, null, null, null, null, 0, 10),
                Viewer.ANONYMOUS));
    }

    @Test
    void pagesSliceTheResults() {
        SearchResults first = search.search(new SearchRequest("", null, null, null, null, null, null, 1, 2), Viewer.ANONYMOUS);
        SearchResults third = search.search(new SearchRequest("", null, null, null, null, null, null, 3, 2), Viewer.ANONYMOUS);
        assertEquals(List.of("6", "4"), ids(first));
        assertEquals(List.of("1"), ids(third));
        assertEquals(3, third.pages());
    }
}
