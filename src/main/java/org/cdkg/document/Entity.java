package org.cdkg.document;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * One real-world thing named in an article. {@link #key()} is the local part of its IRI
 * ("person/xie-zhenhua") and is the same in every article that names it, which is what
 * merges entities across articles, scripts and languages.
 */
public final class Entity {
    private final String key;
    private EntityType type;
    private final Map<String, String> labels = new LinkedHashMap<>();
    private final Set<String> altLabels = new LinkedHashSet<>();
    private final Map<String, Object> facts = new LinkedHashMap<>();
    private String qid;
    private boolean fromGazetteer;

    public Entity(String key, EntityType type) {
        this.key = key;
        this.type = type;
    }

    public String key() { return key; }
    public EntityType type() { return type; }
    public Map<String, String> labels() { return labels; }
    public Set<String> altLabels() { return altLabels; }
    public String qid() { return qid; }
    public boolean fromGazetteer() { return fromGazetteer; }
    /** Reference facts from the gazetteer (copNumber, parties, convention, ...). */
    public Map<String, Object> facts() { return facts; }

    public Entity qid(String q) { this.qid = q; return this; }
    public Entity fromGazetteer(boolean g) { this.fromGazetteer = g; return this; }

    /** Narrows the type (Person → Envoy) but never widens or crosses families. */
    public void refineType(EntityType t) {
        if (t.isA(type)) type = t;
    }

    /** Sets the preferred label of a language unless one is there; anything else becomes an alternative label. */
    public void addLabel(String lang, String label) {
        if (label == null || label.isBlank()) return;
        String l = label.strip();
        String cur = labels.get(lang);
        if (cur == null) labels.put(lang, l);
        else if (!cur.equals(l)) altLabels.add(lang + "\u0000" + l);
    }

    public void addSurfaceForm(String lang, String form) {
        if (form == null || form.isBlank()) return;
        String f = form.strip();
        if (f.equals(labels.get(lang))) return;
        altLabels.add(lang + "\u0000" + f);
    }

    /** Alternative labels as (lang, text) pairs. */
    public Iterable<String[]> altLabelPairs() {
        return () -> altLabels.stream().map(s -> s.split("\u0000", 2)).iterator();
    }
}
