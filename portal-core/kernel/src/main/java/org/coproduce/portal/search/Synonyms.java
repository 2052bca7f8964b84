package org.coproduce.portal.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
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
 * The synonym list administrators edit (table {@code search_synonyms}). A change takes effect at once: queries
 * expand the words to their synonyms while the index does not hold the new list's groups; the index is then rebuilt
 * with them in the background (an {@link Changed} event after the change commits), after which a group costs a
 * search one term (see {@link SynonymGroups}).
 */
@ApplicationScoped
public class Synonyms {

    static final int MAX_LENGTH = 100_000;

    /** The list changed (observed after the transaction commits). */
    public record Changed(SynonymGroups groups) {
    }

    /** A list read: the analyzer expanding words to their synonyms, and its groups. */
    public record Parsed(Analyzer expanding, SynonymGroups groups) {
        static Parsed of(String rules) {
            return new Parsed(SearchAnalyzers.query(SearchAnalyzers.synonyms(rules)), SynonymGroups.of(rules));
        }
    }

    @PersistenceContext(unitName = "coproduce")
    EntityManager em;

    @Inject
    Event<Changed> changed;

    private volatile Parsed parsed;

    /** Synonyms that are this list, not read from the database: for the benchmark and tests. */
    public static Synonyms fixed(String rules) {
        Synonyms synonyms = new Synonyms();
        synonyms.parsed = Parsed.of(rules);
        return synonyms;
    }

    @Inject
    org.coproduce.portal.audit.AuditLog audit;

    /** The list as stored. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String rules() {
        Object rules = em.createNativeQuery("SELECT rules FROM search_synonyms WHERE id = 1").getResultStream()
                .findFirst().orElse("");
        return String.valueOf(rules);
    }

    /** The list in force, read. */
    public Parsed current() {
        Parsed current = parsed;
        if (current == null) {
            current = Parsed.of(rules());
            parsed = current;
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
        Parsed next = Parsed.of(text);
        String before = rules();
        em.createNativeQuery("UPDATE search_synonyms SET rules = ?1, updated_at = ?2, updated_by = ?3 WHERE id = 1")
                .setParameter(1, text).setParameter(2, java.time.OffsetDateTime.ofInstant(Instant.now(), java.time.ZoneOffset.UTC))
                .setParameter(3, viewer.accountId().orElseThrow()).executeUpdate();
        audit.write(viewer, "admin", "synonyms.change", "synonym-list", "1", difference(before, text));
        parsed = next;
        if (changed != null) {
            changed.fire(new Changed(next.groups()));
        }
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
