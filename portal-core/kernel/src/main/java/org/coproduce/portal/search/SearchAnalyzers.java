package org.coproduce.portal.search;

import java.io.IOException;
import java.io.StringReader;
import java.text.ParseException;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.coproduce.plugin.Problem;

/**
 * How text becomes terms. Indexed text: words, lower case, English possessives dropped, Porter stems (no stop
 * words, so phrases such as "expert by experience" keep every word). Queries: the same, then the synonym list
 * (parsed with the same chain, so "carers" meets the rule written as "carer"). The plain analyzer (words, lower
 * case) serves spelling suggestions, typo tolerance and suggestions as you type.
 */
public final class SearchAnalyzers {

    /**
     * Words in lower case, unstemmed: one analyzer for every caller (never closed), so each thread reuses its
     * tokenizer; a tokenizer made afresh allocates its buffers, and searches split their words with it every time.
     */
    private static final Analyzer PLAIN = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            return new TokenStreamComponents(source, new LowerCaseFilter(source));
        }
    };

    private SearchAnalyzers() {
    }

    /** The analyzer for indexed English text. */
    public static Analyzer english() {
        return english(SynonymGroups.NONE);
    }

    /** Indexed English text, with each synonym group's term where one of its members occurs (see {@link SynonymGroups}). */
    static Analyzer english(SynonymGroups groups) {
        SynonymMap map = groups.isEmpty() ? null : groups.indexMap();
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = new EnglishPossessiveFilter(source);
                stream = new LowerCaseFilter(stream);
                stream = new PorterStemFilter(stream);
                if (map != null) {
                    // A member of several words makes a graph, which an index cannot hold; but each member's output is
                    // one term (its group's) at the member's first position, beside its words, which every position
                    // keeps, so the positions the index reads are those of a flattened graph already (the tokens of
                    // FlattenGraphFilter, without its cost: it doubled the time to analyse a text).
                    stream = new SynonymGraphFilter(stream, map, true);
                }
                return new TokenStreamComponents(source, stream);
            }
        };
    }

    /** Words in lower case, unstemmed (the one analyzer {@link #PLAIN}). */
    public static Analyzer plain() {
        return PLAIN;
    }

    /** What the index writer and the highlighter use: English, except the plain fields. */
    public static Analyzer indexing() {
        return indexing(SynonymGroups.NONE);
    }

    /** What the index writer uses with a synonym list: English with the groups' terms, except the plain fields. */
    static Analyzer indexing(SynonymGroups groups) {
        return new PerFieldAnalyzerWrapper(english(groups), Map.of(SearchFields.PLAIN, plain(), SearchFields.SUGGEST, plain()));
    }

    /** The query analyzer for the English fields: the index chain followed by the synonym list. */
    public static Analyzer query(SynonymMap synonyms) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = new EnglishPossessiveFilter(source);
                stream = new LowerCaseFilter(stream);
                stream = new PorterStemFilter(stream);
                if (synonyms.fst != null) {
                    stream = new SynonymGraphFilter(stream, synonyms, true);
                }
                return new TokenStreamComponents(source, stream);
            }
        };
    }

    /**
     * Parses a synonym list: one group a line, words or phrases separated by commas, each meaning all the others;
     * lines starting with # are comments. A line that cannot be read is a 400 naming it.
     */
    public static SynonymMap synonyms(String rules) {
        String text = rules == null ? "" : rules;
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.contains("=>")) {
                throw invalid("Line " + (i + 1) + " uses \"=>\"; please list words and phrases separated by commas.");
            }
            if (line.contains("\\")) {
                throw invalid("Line " + (i + 1) + " has a backslash; please use words, spaces, hyphens and commas only.");
            }
        }
        try (Analyzer analyzer = english()) {
            SolrSynonymParser parser = new SolrSynonymParser(true, true, analyzer);
            parser.parse(new StringReader(text));
            return parser.build();
        } catch (ParseException | IllegalArgumentException e) {
            throw invalid("The synonym list could not be read near line " + lineOf(e) + ". Please check that each "
                    + "line lists words or phrases separated by commas.");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String lineOf(Exception e) {
        return e instanceof ParseException pe && pe.getErrorOffset() > 0 ? String.valueOf(pe.getErrorOffset()) : "?";
    }

    private static Problem invalid(String message) {
        return new Problem(Problem.Kind.INVALID, "validation_failed", message,
                java.util.List.of(new Problem.FieldMessage("rules", message)), 0);
    }
}
