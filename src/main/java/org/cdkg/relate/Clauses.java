package org.cdkg.relate;

import org.cdkg.document.Article;
import org.cdkg.document.EntityType;
import org.cdkg.document.Mention;
import org.cdkg.document.Sentence;

import java.util.ArrayList;
import java.util.List;

/** Views of a sentence the relation rules need: its clauses and the mentions inside a span. */
final class Clauses {
    private Clauses() {}

    /** Clause spans of a Chinese sentence, cut at commas and semicolons. */
    static List<int[]> of(Article a, Sentence s) {
        List<int[]> out = new ArrayList<>();
        String t = a.simplified();
        int start = s.start();
        for (int i = s.start(); i < s.end(); i++) {
            char c = t.charAt(i);
            boolean cut = c == '，' || c == '；' || c == ';' || (c == ',' && s.lang() == Sentence.Lang.ZH);
            if (cut) {
                if (i > start) out.add(new int[]{start, i});
                start = i + 1;
            }
        }
        if (s.end() > start) out.add(new int[]{start, s.end()});
        return out;
    }

    static List<Mention> mentions(Article a, int start, int end, EntityType family) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : a.mentions())
            if (m.start() >= start && m.end() <= end && (family == null || m.type().family() == family)) out.add(m);
        return out;
    }

    static int[] clauseAt(List<int[]> clauses, int offset) {
        for (int[] c : clauses) if (offset >= c[0] && offset < c[1]) return c;
        return clauses.isEmpty() ? null : clauses.get(clauses.size() - 1);
    }
}
