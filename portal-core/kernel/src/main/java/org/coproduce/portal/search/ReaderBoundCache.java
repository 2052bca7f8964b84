package org.coproduce.portal.search;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.index.IndexReader;

/**
 * Values worked out from one index reader, remembered until the reader changes (a change to the index gives a new
 * reader, and everything is forgotten), the least recently used first forgotten beyond a number.
 */
final class ReaderBoundCache<K, V> {

    /** How a value is worked out when it is not remembered. */
    @FunctionalInterface
    interface Loader<K, V> {
        V load(K key) throws IOException;
    }

    private final Map<K, V> values;
    private IndexReader reader;

    ReaderBoundCache(int remembered) {
        this.values = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > remembered;
            }
        };
    }

    V get(IndexReader current, K key, Loader<K, V> loader) throws IOException {
        V known = find(current, key);
        if (known != null) {
            return known;
        }
        V value = loader.load(key);
        remember(current, key, value);
        return value;
    }

    /** The value remembered for {@code key} from this reader; null when there is none. */
    V find(IndexReader current, K key) {
        synchronized (values) {
            if (current != reader) {
                reader = current;
                values.clear();
            }
            return values.get(key);
        }
    }

    /**
     * Remembers a value worked out from {@code current}, unless the index has changed since (a newer reader is in use).
     */
    void remember(IndexReader current, K key, V value) {
        synchronized (values) {
            if (current == reader) {
                values.put(key, value);
            }
        }
    }
}
