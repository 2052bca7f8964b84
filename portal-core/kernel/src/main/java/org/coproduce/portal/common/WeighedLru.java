package org.coproduce.portal.common;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * A thread-safe least-recently-used map bounded by the total weight of its values (for example their size in
 * bytes), not by their number. Reads and writes take one short lock; values are computed outside it.
 */
public final class WeighedLru<K, V> {

    private final long capacity;
    private final ToLongFunction<V> weigher;
    private final LinkedHashMap<K, V> entries = new LinkedHashMap<>(256, 0.75f, true);
    private long weight;

    public WeighedLru(long capacity, ToLongFunction<V> weigher) {
        if (capacity <= 0) {
            throw new IllegalArgumentException("capacity must be positive: " + capacity);
        }
        this.capacity = capacity;
        this.weigher = weigher;
    }

    public synchronized V get(K key) {
        return entries.get(key);
    }

    /** Keeps the value, dropping the least recently used ones while the total is over capacity. */
    public synchronized void put(K key, V value) {
        long w = weigher.applyAsLong(value);
        if (w > capacity) {
            return;
        }
        V old = entries.put(key, value);
        weight += w - (old == null ? 0 : weigher.applyAsLong(old));
        var eldest = entries.entrySet().iterator();
        while (weight > capacity && eldest.hasNext()) {
            Map.Entry<K, V> e = eldest.next();
            weight -= weigher.applyAsLong(e.getValue());
            eldest.remove();
        }
    }

    public synchronized void clear() {
        entries.clear();
        weight = 0;
    }

    public synchronized int size() {
        return entries.size();
    }

    public synchronized long weight() {
        return weight;
    }
}
