package org.cdkg.recognise;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Remembers the results of a pure function of a string (a key, a simplified spelling, whether a
 * title is an envoy's) that the stages ask for again and again, since the same names and titles
 * recur across articles. Safe to share between extraction threads; when full it is emptied and
 * starts again, which bounds its memory without the bookkeeping of least-recently-used eviction.
 */
public final class BoundedCache<V> {
    private final Map<String, V> values = new ConcurrentHashMap<>();
    private final int maxEntries, maxKeyLength;
    private final Function<String, V> function;

    /** Keys longer than {@code maxKeyLength} are computed each time: long texts rarely repeat. */
    public BoundedCache(int maxEntries, int maxKeyLength, Function<String, V> function) {
        this.maxEntries = maxEntries;
        this.maxKeyLength = maxKeyLength;
        this.function = function;
    }

    public V get(String key) {
        if (key.length() > maxKeyLength) return function.apply(key);
        V v = values.get(key);
        if (v == null) {
            v = function.apply(key);
            if (values.size() >= maxEntries) values.clear();
            values.put(key, v);
        }
        return v;
    }
}
