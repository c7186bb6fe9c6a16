package org.cdkg.relate.rules;

import org.cdkg.document.Article;
import org.cdkg.document.DateRange;
import org.cdkg.document.EntityType;
import org.cdkg.document.Mention;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A span of an article's simplified text in which every named thing the recogniser found is
 * replaced by a tag character of its type, padded to its length, in the manner of a token
 * pattern language over annotated text: {@link MentionPattern}s written with {@code {PERSON}},
 * {@code {COUNTRY}} and the like then match names as single tokens, and offsets stay those of
 * the article.
 */
public final class TaggedText {
    /** Tags, one private-use character per type; the rest of a name is {@link #INSIDE}. */
    static final char INSIDE = '\uE000', PERSON = '\uE010', COUNTRY = '\uE011', ORGANIZATION = '\uE012', BODY = '\uE013',
            PLACE = '\uE014', COP = '\uE015', AGREEMENT = '\uE016', DATE = '\uE017';

    private final Article article;
    private final int start;
    private final String text;
    private final Mention[] at;

    private TaggedText(Article article, int start, String text, Mention[] at) {
        this.article = article;
        this.start = start;
        this.text = text;
        this.at = at;
    }

    /** The span [start, end) of the article's simplified body, tagged. Names that overlap a longer one before them stay text. */
    public static TaggedText of(Article a, int start, int end) {
        char[] t = a.simplified().substring(start, end).toCharArray();
        Mention[] at = new Mention[t.length];
        boolean[] taken = new boolean[t.length];
        List<Mention> ms = new ArrayList<>();
        for (Mention m : a.mentions()) if (m.start() >= start && m.end() <= end && m.end() > m.start()) ms.add(m);
        ms.sort((x, y) -> x.start() != y.start() ? x.start() - y.start() : (y.end() - y.start()) - (x.end() - x.start()));
        for (Mention m : ms) {
            int s = m.start() - start, e = m.end() - start;
            if (anyTaken(taken, s, e)) continue;
            tag(t, taken, s, e, tagOf(m.type()));
            at[s] = m;
        }
        for (DateRange d : a.dates()) {
            if (d.start() < start || d.end() > end || d.end() <= d.start()) continue;
            int s = d.start() - start, e = d.end() - start;
            if (!anyTaken(taken, s, e)) tag(t, taken, s, e, DATE);
        }
        return new TaggedText(a, start, new String(t), at);
    }

    private static boolean anyTaken(boolean[] taken, int s, int e) {
        for (int i = s; i < e; i++) if (taken[i]) return true;
        return false;
    }

    private static void tag(char[] t, boolean[] taken, int s, int e, char tag) {
        t[s] = tag;
        Arrays.fill(t, s + 1, e, INSIDE);
        Arrays.fill(taken, s, e, true);
    }

    static char tagOf(EntityType type) {
        if (type == EntityType.COUNTRY) return COUNTRY;
        if (type == EntityType.WORKING_GROUP) return BODY;
        return switch (type.family()) {
            case PERSON -> PERSON;
            case ORGANIZATION -> ORGANIZATION;
            case PLACE -> PLACE;
            case COP_SESSION -> COP;
            default -> AGREEMENT;
        };
    }

    public Article article() { return article; }
    /** Where the span starts in the article's body. */
    public int start() { return start; }
    public int end() { return start + text.length(); }
    /** The tagged text itself, indexed from {@link #start()}. */
    public String text() { return text; }

    /** The names that start and end inside [from, to) of the article, in text order. */
    public List<Mention> mentions(int from, int to) {
        List<Mention> out = new ArrayList<>();
        for (int i = Math.max(from, start) - start; i < Math.min(to, end()) - start; i++)
            if (at[i] != null && at[i].end() <= to) out.add(at[i]);
        return out;
    }
}
