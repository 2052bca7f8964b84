package org.coproduce.portal.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.coproduce.plugin.Viewer;

/**
 * Answers searches and suggestions for one viewer. Every query carries the viewer's audiences as a filter, and
 * everything shown is computed from that filtered query: results, total, facets, snippets, the "did you mean"
 * correction (offered only when the corrected words find something the viewer may read) and suggestions.
 */
@ApplicationScoped
public class SearchService {

    /** Fewer exact results than this and words a letter or two away are matched too. */
    static final int FEW = 3;
    static final int FACET_VALUES = 15;
    /**
     * Searches matching more than this have their total estimated from a random sample (and marked as such), unless
     * the index knows their count without visiting the matches (a search made often: see {@link MatchSample}).
     */
    static final int EXACT_UP_TO = 10_000;
    /** Facets of more matches than this are counted on a random share of about this many (and marked as estimates). */
    static final int FACET_SAMPLE = 3_000;
    /**
     * How many matches, about, the estimate of a larger total is drawn from (in about 400 blocks): as many as the
     * facets are counted on, so they are counted on the same sample. At a million posts, estimates from 3,000 matched
     * those from 5,000 to two significant figures for 12 searches of 19,000 to 920,000 results (all within 5% of
     * exact).
     */
    static final int TOTAL_SAMPLE = FACET_SAMPLE;
    /** How many searches' totals and facets are remembered until the index changes. */
    static final int SUMMARIES = 1_000;
    static final List<String> DIMENSIONS = List.of(SearchFields.TYPE, SearchFields.TAG, SearchFields.COUNTRY,
            SearchFields.LEVEL, SearchFields.YEAR);
    private static final Sort NEWEST = new Sort(new SortField(SearchFields.DATE, SortField.Type.LONG, true));

    @Inject
    SearchIndex index;

    @Inject
    Synonyms synonyms;

    @Inject
    SearchSources sources;

    private final FacetCounters facetCounters = new FacetCounters();
    private final SpellingCandidates spelling = new SpellingCandidates();
    /** Typo-tolerant queries expanded to the words of the index they stand for (costly to work out). */
    private final ReaderBoundCache<Query, Query> tolerantQueries = new ReaderBoundCache<>(500);
    /** The summaries of searches whose total is exact, by the query of their matches (see {@link #summary}). */
    private final ReaderBoundCache<Query, MatchSummary> summaries = new ReaderBoundCache<>(SUMMARIES);
    /** Where the searched words are in the index, by word and field (about 1 KB each with ten segments). */
    private final KnownTermStates knownTerms = new KnownTermStates(4_096);

    /**
     * A search service outside the container, over the index in {@code dataDir}/search-index (opened, or made empty
     * when missing), with the given synonym list and no plugins: for the benchmark and tests. Close its index after.
     */
    public static SearchService standalone(java.nio.file.Path dataDir, String synonymList) {
        SearchService service = new SearchService();
        service.index = new SearchIndex();
        service.index.dataDir = dataDir.toString();
        service.synonyms = Synonyms.fixed(synonymList);
        service.index.open(service.synonyms.current().groups());
        service.sources = new SearchSources();
        return service;
    }

    /** The index this service searches. */
    public SearchIndex index() {
        return index;
    }

    public SearchResults search(SearchRequest request, Viewer viewer) {
        Map<String, String> filters = request.checked();
        QueryText text = QueryText.parse(request.q());
        requireOpen();
        boolean byDate = "date".equals(request.sort()) || ((request.sort() == null || request.sort().isBlank()) && text.isEmpty());
        String sortName = byDate ? "date" : "relevance";
        List<String> audiences = Audiences.of(viewer);
        List<String> hidden = sources.inactiveTypes();
        Synonyms.Parsed list = synonyms.current();
        int offset = (request.page() - 1) * request.size();
        int wanted = offset + request.size();
        return index.withSearcher(searcher -> {
            // Words become synonym groups' terms when the index holds this list's groups (one posting list a group, where
            // expanding them means a disjunction of their words and phrases); phrases keep their words.
            Analyzer phrases = list.expanding();
            Analyzer words = index.holds(list.groups()) ? list.groups().queryAnalyzer() : phrases;
            SearchQueries.TextQueries queries = SearchQueries.of(text, words, phrases);
            if (queries == null && !text.isEmpty()) {
                return new SearchResults(request.q(), 0, false, request.page(), request.size(), sortName, List.of(),
                        emptyFacets(), false, null, false);
            }
            // Rewritten once for the page and the snippets (expanding words a letter or two away is costly); the count uses
            // a query for the same documents that is cheaper to count.
            Query scoring = queries == null ? null : knownTerms.bind(searcher, searcher.rewrite(queries.scoring()));
            Query query = SearchQueries.filtered(scoring, audiences, filters, hidden);
            Query matchingOnly = queries == null ? query
                    : SearchQueries.filtered(queries.matching(), audiences, filters, hidden);
            MatchSummary summary = summary(searcher, matchingOnly);
            boolean fuzzy = false;
            if (summary.total() < FEW && !text.words().isBlank()) {
                Query tolerant = tolerantQueries.get(searcher.getIndexReader(),
                        SearchQueries.tolerant(text, words, phrases), searcher::rewrite);
                Query wider = SearchQueries.filtered(tolerant, audiences, filters, hidden);
                MatchSummary widerSummary = summary(searcher, wider);
                if (widerSummary.total() > summary.total()) {
                    summary = widerSummary;
                    query = wider;
                    scoring = tolerant;
                    fuzzy = true;
                }
            }
            // The total is known already, so the page's search counts no further than the page: it can skip documents
            // that cannot make the page from the first hits on. Newest first needs no scores: the cheaper query for the
            // same documents finds them.
            TopDocs top = byDate
                    ? searcher.search(fuzzy ? query : matchingOnly,
                            new TopFieldCollectorManager(NEWEST, wanted, null, wanted))
                    : searcher.search(query, new TopScoreDocCollectorManager(wanted, wanted));
            String didYouMean = text.isEmpty() ? null : didYouMean(searcher, request.q(), audiences, hidden);
            List<SearchHit> hits = hits(searcher, top, offset, scoring);
            return new SearchResults(request.q(), summary.total(), summary.totalEstimated(), request.page(),
                    request.size(), sortName, hits, summary.facets(), summary.facetsEstimated(), didYouMean, fuzzy);
        });
    }

    /**
     * The total and facets of a query's matches. Once the total is exact (at most {@value #EXACT_UP_TO} matches, or
     * counted by the query cache: a search made often), the summary is remembered until the index changes: the same
     * matches give the same summary (its sample is drawn from fixed seeds), so a search asked again or paged through
     * counts its matches once, and each request still finds its own page of hits and snippets (as Elasticsearch's
     * request cache keeps totals and aggregations, not hits). An estimated total is worked out again each time, so
     * that it becomes exact once the query cache holds the query.
     */
    private MatchSummary summary(IndexSearcher searcher, Query matching) throws IOException {
        IndexReader reader = searcher.getIndexReader();
        MatchSummary known = summaries.find(reader, matching);
        if (known != null) {
            return known;
        }
        MatchSample sample = MatchSample.of(searcher, matching, EXACT_UP_TO, TOTAL_SAMPLE);
        MatchSample counted = sample.thinnedTo(FACET_SAMPLE);
        MatchSummary summary = new MatchSummary(sample.total(), sample.sampled(), facets(searcher, counted),
                counted.estimates());
        if (!sample.sampled()) {
            summaries.remember(reader, matching, summary);
        }
        return summary;
    }

    /** Up to {@code limit} titles starting with what was typed (the last word may be unfinished), newest first. */
    public List<SearchHit> suggest(String q, int limit, Viewer viewer) {
        QueryText text = QueryText.parse(q);
        List<String> tokens = SearchQueries.tokens(SearchAnalyzers.plain(), SearchFields.SUGGEST, text.allText());
        if (tokens.isEmpty() || tokens.get(tokens.size() - 1).length() < 2) {
            return List.of();
        }
        requireOpen();
        BooleanQuery.Builder words = new BooleanQuery.Builder();
        for (int i = 0; i < tokens.size() - 1; i++) {
            words.add(new TermQuery(new Term(SearchFields.SUGGEST, tokens.get(i))), BooleanClause.Occur.MUST);
        }
        words.add(new PrefixQuery(new Term(SearchFields.SUGGEST, tokens.get(tokens.size() - 1))), BooleanClause.Occur.MUST);
        Query query = SearchQueries.filtered(words.build(), Audiences.of(viewer), Map.of(), sources.inactiveTypes());
        return index.withSearcher(searcher -> {
            TopDocs top = searcher.search(query, limit * 3, NEWEST);
            ShownFields.Shown[] shown = ShownFields.read(searcher.getIndexReader(),
                    java.util.Arrays.stream(top.scoreDocs).mapToInt(sd -> sd.doc).toArray());
            List<SearchHit> hits = new ArrayList<>();
            Set<String> titles = new LinkedHashSet<>();
            for (ShownFields.Shown doc : shown) {
                if (titles.add(doc.title().toLowerCase(Locale.ROOT)) && hits.size() < limit) {
                    hits.add(hit(doc, "", 0f));
                }
            }
            return hits;
        });
    }

    private void requireOpen() {
        if (!index.isOpen()) {
            index.open(synonyms.current().groups());
        }
    }

    private List<SearchHit> hits(IndexSearcher searcher, TopDocs top, int offset, Query scoring) throws IOException {
        if (offset >= top.scoreDocs.length) {
            return List.of();
        }
        ScoreDoc[] page = java.util.Arrays.copyOfRange(top.scoreDocs, offset, top.scoreDocs.length);
        // Each hit's fields are read once: the snippets are cut from the body read here.
        ShownFields.Shown[] docs = ShownFields.read(searcher.getIndexReader(),
                java.util.Arrays.stream(page).mapToInt(sd -> sd.doc).toArray());
        Map<Integer, String> bodies = new java.util.HashMap<>();
        for (int i = 0; i < page.length; i++) {
            bodies.put(page[i].doc, docs[i].body());
        }
        String[] snippets = scoring == null ? new String[page.length]
                : Snippets.highlighter(searcher, bodies).highlight(SearchFields.BODY, scoring,
                        new TopDocs(top.totalHits, page), 2);
        List<SearchHit> hits = new ArrayList<>();
        for (int i = 0; i < page.length; i++) {
            String snippet = snippets[i] != null ? snippets[i] : Snippets.opening(docs[i].body());
            hits.add(hit(docs[i], snippet, Float.isNaN(page[i].score) ? 0f : page[i].score));
        }
        return hits;
    }

    private static SearchHit hit(ShownFields.Shown doc, String snippet, float score) {
        return new SearchHit(doc.type(), doc.id(), doc.title(), doc.url(), snippet, score, doc.date());
    }

    private Map<String, List<FacetValue>> facets(IndexSearcher searcher, MatchSample collector) throws IOException {
        Map<String, List<FacetValue>> facets = emptyFacets();
        FacetCounter counter = facetCounters.of(searcher.getIndexReader(), index.facets());
        if (counter == null) {
            return facets;
        }
        int[] counts = counter.count(collector.getMatchingDocs());
        for (String dim : DIMENSIONS) {
            List<FacetValue> values = facets.get(dim);
            for (LabelAndValue lv : counter.top(counts, dim, FACET_VALUES)) {
                values.add(new FacetValue(lv.label, collector.estimate(lv.value.longValue())));
            }
        }
        return facets;
    }

    private static Map<String, List<FacetValue>> emptyFacets() {
        Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
        DIMENSIONS.forEach(d -> facets.put(d, new ArrayList<>()));
        return facets;
    }

    /**
     * The query with each word the index does not know replaced by the closest one it does, when that word alone
     * finds something the viewer may read; null when nothing needs correcting.
     */
    String didYouMean(IndexSearcher searcher, String typed, List<String> audiences, List<String> hidden)
            throws IOException {
        IndexReader reader = searcher.getIndexReader();
        String original = QueryText.tidied(typed);
        String corrected = original;
        boolean changed = false;
        for (String token : new LinkedHashSet<>(SearchQueries.tokens(SearchAnalyzers.plain(), SearchFields.PLAIN, original))) {
            if (token.length() < 4 || SpellingCandidates.inIndex(reader, SearchFields.PLAIN, token)) {
                continue;
            }
            for (String word : spelling.of(reader, SearchFields.PLAIN, token)) {
                Query alone = SearchQueries.filtered(new TermQuery(new Term(SearchFields.PLAIN, word)), audiences,
                        Map.of(), hidden);
                if (searcher.count(alone) > 0) {
                    corrected = Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])" + Pattern.quote(token) + "(?![\\p{L}\\p{N}])")
                            .matcher(corrected).replaceAll(Matcher.quoteReplacement(word));
                    changed = true;
                    break;
                }
            }
        }
        return changed ? corrected : null;
    }

    /** The facet counter of the current index reader, made once per reader (making it reads every facet value). */
    static final class FacetCounters {
        private IndexReader reader;
        private FacetCounter counter;

        synchronized FacetCounter of(IndexReader current, org.apache.lucene.facet.FacetsConfig config) throws IOException {
            if (current != reader) {
                counter = FacetCounter.of(current, config);
                reader = current; // only once made: a failure leaves no counter of another reader behind for this one
            }
            return counter;
        }
    }
}
