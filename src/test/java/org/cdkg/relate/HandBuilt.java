package org.cdkg.relate;

import org.cdkg.document.Article;
import org.cdkg.document.CleanText;
import org.cdkg.document.DateRange;
import org.cdkg.document.Entity;
import org.cdkg.document.EntityType;
import org.cdkg.document.Mention;
import org.cdkg.document.Sentence;
import org.cdkg.document.SourceFormat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * An article built by hand for a unit test of the relation stage: its sentences, the names in
 * them as the recogniser would have found them, and (optionally) its date. No HanLP, no
 * gazetteer: the test says exactly what the stage gets.
 */
final class HandBuilt {
    private final StringBuilder text = new StringBuilder();
    private final List<int[]> sentences = new ArrayList<>();
    private final List<Sentence.Lang> langs = new ArrayList<>();
    private final List<Object[]> names = new ArrayList<>();
    private LocalDate published;

    /** Adds a sentence in a language; sentences are joined by a line break. */
    HandBuilt sentence(Sentence.Lang lang, String s) {
        if (text.length() > 0) text.append('\n');
        sentences.add(new int[]{text.length(), text.length() + s.length()});
        langs.add(lang);
        text.append(s);
        return this;
    }

    HandBuilt zh(String s) { return sentence(Sentence.Lang.ZH, s); }
    HandBuilt en(String s) { return sentence(Sentence.Lang.EN, s); }

    /** Every occurrence of {@code surface} names the entity {@code key} of {@code type}. */
    HandBuilt name(String surface, String key, EntityType type) {
        names.add(new Object[]{surface, key, type, null});
        return this;
    }

    /** As {@link #name}, with reference facts (a person's country) the gazetteer would have given. */
    HandBuilt name(String surface, String key, EntityType type, Map<String, Object> facts) {
        names.add(new Object[]{surface, key, type, facts});
        return this;
    }

    HandBuilt person(String surface, String key) { return name(surface, key, EntityType.PERSON); }
    HandBuilt place(String surface, String key) { return name(surface, key, EntityType.PLACE); }
    HandBuilt country(String surface, String key) { return name(surface, key, EntityType.COUNTRY); }

    HandBuilt published(String isoDate) {
        published = LocalDate.parse(isoDate);
        return this;
    }

    /** The article, with the stage's own date extractor run over it. */
    Article build() {
        Article a = bare();
        new DateExtractor().extract(a);
        return a;
    }

    /** The article without its dates: for tests that give dates themselves. */
    Article bare() {
        String t = text.toString();
        Article a = new Article("hand-built.txt", "0".repeat(64), t, StandardCharsets.UTF_8, SourceFormat.PLAIN_TEXT, Map.of(), 0);
        int[] origin = new int[t.length()];
        for (int i = 0; i < origin.length; i++) origin[i] = i;
        a.body(new CleanText(t, origin), t);
        for (int i = 0; i < sentences.size(); i++) a.sentences().add(new Sentence(i, sentences.get(i)[0], sentences.get(i)[1], langs.get(i)));
        if (published != null) a.metadata().offerPublished(published, null);
        for (Object[] n : names) {
            String surface = (String) n[0], key = (String) n[1];
            EntityType type = (EntityType) n[2];
            Entity e = a.entities().computeIfAbsent(key, k -> new Entity(k, type));
            e.addLabel(Sentence.Lang.EN == langOf(surface) ? "en" : "zh-Hans", surface);
            if (n[3] instanceof Map<?, ?> facts) facts.forEach((k, v) -> e.facts().put((String) k, v));
            for (int at = t.indexOf(surface); at >= 0; at = t.indexOf(surface, at + surface.length()))
                a.mentions().add(new Mention(at, at + surface.length(), surface, key, type, "hand", 1.0));
        }
        a.mentions().sort(Comparator.comparingInt(Mention::start).thenComparingInt(Mention::end));
        return a;
    }

    /** A date range written at the first occurrence of {@code surface}. */
    static DateRange date(Article a, String surface, String first, String last, DateRange.Basis basis) {
        int at = a.simplified().indexOf(surface);
        DateRange d = new DateRange(LocalDate.parse(first), LocalDate.parse(last), at, at + surface.length(), basis);
        a.dates().add(d);
        a.dates().sort(Comparator.comparingInt(DateRange::start));
        return d;
    }

    private static Sentence.Lang langOf(String s) {
        return s.chars().allMatch(c -> c < 0x2E80) ? Sentence.Lang.EN : Sentence.Lang.ZH;
    }
}
