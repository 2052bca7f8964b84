package org.coproduce.portal.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.coproduce.plugin.PortalRole;
import org.coproduce.plugin.Problem;
import org.coproduce.plugin.Viewer;

/**
 * The synonym list administrators edit (table {@code search_synonyms}), applied when a query is read: a change
 * takes effect at once, with no re-indexing.
 */
@ApplicationScoped
public class Synonyms {

    static final int MAX_LENGTH = 100_000;

    @PersistenceContext(unitName = "coproduce")
    EntityManager em;

    private volatile Analyzer analyzer;

    @jakarta.inject.Inject
    org.coproduce.portal.audit.AuditLog audit;

    /** The list as stored. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String rules() {
        Object rules = em.createNativeQuery("SELECT rules FROM search_synonyms WHERE id = 1").getResultStream()
                .findFirst().orElse("");
        return String.valueOf(rules);
    }

    /** The query analyzer with the current list. */
    public Analyzer queryAnalyzer() {
        Analyzer current = analyzer;
        if (current == null) {
            current = SearchAnalyzers.query(SearchAnalyzers.synonyms(rules()));
            analyzer = current;
        }
        return current;
    }

    /** An administrator replaces the list; a line that cannot be read is a 400 and nothing changes. */
    @Transactional
    public void save(Viewer viewer, String rules) {
        if (!viewer.signedIn()) {
            throw new Problem(Problem.Kind.UNAUTHORIZED, "unauthorized", "Please sign in first.");
        }
        if (!viewer.has(PortalRole.ADMIN)) {
            throw new Problem(Problem.Kind.FORBIDDEN, "forbidden", "Only administrators can change the synonym list.");
        }
        String text = rules == null ? "" : rules.replace("\r\n", "\n");
        if (text.length() > MAX_LENGTH) {
            throw Problem.invalid(Map.of("rules", "The synonym list can hold at most " + MAX_LENGTH + " characters."));
        }
        Analyzer next = SearchAnalyzers.query(SearchAnalyzers.synonyms(text));
        String before = rules();
        em.createNativeQuery("UPDATE search_synonyms SET rules = ?1, updated_at = ?2, updated_by = ?3 WHERE id = 1")
                .setParameter(1, text).setParameter(2, java.time.OffsetDateTime.ofInstant(Instant.now(), java.time.ZoneOffset.UTC))
                .setParameter(3, viewer.accountId().orElseThrow()).executeUpdate();
        audit.write(viewer, "admin", "synonyms.change", "synonym-list", "1", difference(before, text));
        analyzer = next;
    }

    /** The audit entry's detail: how many rules before and after, and the lines added and removed. */
    static String difference(String before, String after) {
        java.util.List<String> old = rulesOf(before);
        java.util.List<String> now = rulesOf(after);
        java.util.List<String> added = now.stream().filter(l -> !old.contains(l)).toList();
        java.util.List<String> removed = old.stream().filter(l -> !now.contains(l)).toList();
        return "before: " + old.size() + " rules; after: " + now.size() + " rules. Added: "
                + (added.isEmpty() ? "none" : String.join(" | ", added)) + ". Removed: "
                + (removed.isEmpty() ? "none" : String.join(" | ", removed)) + ".";
    }

    private static java.util.List<String> rulesOf(String text) {
        return text.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }
}
