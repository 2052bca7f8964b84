package org.coproduce.portal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;

/**
 * The groups of a synonym list, each word or phrase analysed as indexed text is (stemmed), for indexing each group
 * as one term: where a member occurs, the index holds the group's term beside the words (at the member's first
 * position), so a query finds a group with one term lookup instead of a disjunction of its words and phrases (phrases
 * of common words are the costliest part of a search otherwise). The index records the groups it was written with
 * ({@link #canonical()}); while they differ from the list in force (just edited) queries expand synonyms instead, and
 * the index is rebuilt.
 */
public final class SynonymGroups {

    public static final SynonymGroups NONE = new SynonymGroups(List.of());
    /** Group terms hold a character ('#') the tokenizer never leaves in a word, so no text can make one. */
    static final String TERM_PREFIX = "syn#";

    /** Each group's members, each member its analysed words joined by spaces. */
    private final List<List<String>> groups;
    private final String canonical;
    private volatile SynonymMap indexMap;
    private volatile Analyzer queryAnalyzer;

    private SynonymGroups(List<List<String>> groups) {
        this.groups = groups;
        StringBuilder text = new StringBuilder();
        for (List<String> group : groups) {
            text.append(String.join(",", group)).append('\n');
        }
        this.canonical = text.toString();
    }

    /**
     * The groups of a list as administrators write it (one group a line, members separated by commas, # comments);
     * a list that cannot be read is a 400 (see {@link SearchAnalyzers#synonyms}).
     */
    public static SynonymGroups of(String rules) {
        SearchAnalyzers.synonyms(rules);
        List<List<String>> groups = new ArrayList<>();
        String text = rules == null ? "" : rules;
        for (String line : text.split("\r?\n")) {
            String stripped = line.strip();
            if (stripped.isEmpty() || stripped.startsWith("#")) {
                continue;
            }
            List<String> members = new ArrayList<>();
            for (String member : stripped.split(",")) {
                String words = String.join(" ", SearchQueries.tokens(SearchAnalyzers.english(), SearchFields.BODY, member));
                if (!words.isEmpty() && !members.contains(words)) {
                    members.add(words);
                }
            }
            if (members.size() > 1) {
                groups.add(List.copyOf(members));
            }
        }
        return new SynonymGroups(List.copyOf(groups));
    }

    /** The groups an index recorded with {@link #canonical()}. */
    public static SynonymGroups fromCanonical(String canonical) {
        if (canonical == null || canonical.isBlank()) {
            return NONE;
        }
        List<List<String>> groups = new ArrayList<>();
        for (String line : canonical.split("\n")) {
            if (!line.isEmpty()) {
                groups.add(List.of(line.split(",")));
            }
        }
        return new SynonymGroups(List.copyOf(groups));
    }

    /** The groups as one text: a line a group, its analysed members separated by commas. */
    public String canonical() {
        return canonical;
    }

    public boolean isEmpty() {
        return groups.isEmpty();
    }

    /** Every member to its group's term, the words kept: what the index writes. */
    SynonymMap indexMap() {
        SynonymMap map = indexMap;
        if (map == null) {
            map = map(true);
            indexMap = map;
        }
        return map;
    }

    /**
     * The query analyzer for words (not phrases) on an index written with these groups: each member, one word or
     * several, becomes its group's term.
     */
    public Analyzer queryAnalyzer() {
        // built at most a few times over (the same each time) rather than making every search take a lock
        Analyzer analyzer = queryAnalyzer;
        if (analyzer == null) {
            analyzer = SearchAnalyzers.query(map(false));
            queryAnalyzer = analyzer;
        }
        return analyzer;
    }

    private SynonymMap map(boolean keepWords) {
        try {
            SynonymMap.Builder builder = new SynonymMap.Builder(true);
            for (int g = 0; g < groups.size(); g++) {
                CharsRef term = new CharsRef(TERM_PREFIX + g);
                for (String member : groups.get(g)) {
                    builder.add(SynonymMap.Builder.join(member.split(" "), new CharsRefBuilder()), term, keepWords);
                }
            }
            return builder.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SynonymGroups that && canonical.equals(that.canonical);
    }

    @Override
    public int hashCode() {
        return canonical.hashCode();
    }

    @Override
    public String toString() {
        return groups.size() + " synonym groups";
    }
}
