package org.cdkg.clean;

import org.cdkg.document.Scripts;
import org.cdkg.document.Sentence;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Splits the body into sentences at Chinese and English sentence ends and at line breaks,
 * and tells Chinese from English sentences. English full stops after common abbreviations
 * (U.S., Mr., Sept.) do not end a sentence.
 */
final class SentenceSplitter {
    private static final Set<String> ABBREVIATIONS = Set.of("U.S", "U.K", "U.N", "E.U", "Mr", "Mrs", "Ms", "Dr", "St", "No",
            "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Gov", "Sen", "Rep", "Prof",
            "Inc", "Ltd", "Co", "vs", "etc", "e.g", "i.e", "al", "Jr", "Sr", "P.R", "D.C");
    private static final Pattern INITIALS = Pattern.compile("(\\p{L}\\.){0,3}\\p{Lu}");
    private static final Pattern LOWER_CASE_INITIALS = Pattern.compile("(\\p{Ll}\\.){1,3}\\p{Ll}");

    List<Sentence> split(String text) {
        return split(text, null);
    }

    /** As {@link #split(String)}; {@code body} maps the text back to the page, to tell a wrapped line from lines the cleaner brought together. */
    List<Sentence> split(String text, org.cdkg.document.CleanText body) {
        List<Sentence> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean end = false;
            int cut = i + 1;
            if (c == '\n') {
                if (wrapped(text, start, i) && adjacentInPage(body, i)) continue;
                end = true;
                cut = i;
            }
            else if ("。！？；!?".indexOf(c) >= 0) end = true;
            else if (c == '.' && i + 1 < text.length() && Character.isWhitespace(text.charAt(i + 1)) && !abbreviation(text, i)) end = true;
            if (!end) continue;
            while (cut < text.length() && cut > i && "”’\"')）」』".indexOf(text.charAt(cut)) >= 0) { cut++; i++; }
            add(out, text, start, cut);
            start = c == '\n' ? i + 1 : cut;
        }
        add(out, text, start, text.length());
        return out;
    }

    /**
     * Whether the line break at {@code at} only wraps a Chinese sentence ("…丁薛祥4日下午在\n北京同…举行…"):
     * the line runs on from the last sentence end without one of its own, is long, has the commas of
     * running text (a headline has none), ends in a Han character, and the next line goes straight on
     * in Han characters.
     */
    private static boolean wrapped(String text, int start, int at) {
        int lineStart = text.lastIndexOf('\n', at - 1) + 1;
        int from = Math.max(start, lineStart);
        if (at - from < 15 || at + 1 >= text.length()) return false;
        if (!Scripts.isHan(text.charAt(at - 1)) || !Scripts.isHan(text.charAt(at + 1))) return false;
        for (int i = from; i < at; i++) if ("，,、：；".indexOf(text.charAt(i)) >= 0) return true;
        return false;
    }

    /** Whether the lines either side of the break at {@code at} stood next to each other on the page: no blank or removed line between. */
    private static boolean adjacentInPage(org.cdkg.document.CleanText body, int at) {
        if (body == null) return true;
        return body.originOf(at + 1) - body.originEnd(at) <= 2;
    }

    private static void add(List<Sentence> out, String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) start++;
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
        if (end <= start) return;
        out.add(new Sentence(out.size(), start, end, language(text, start, end)));
    }

    private static boolean abbreviation(String text, int dot) {
        int s = dot;
        while (s > 0 && (Character.isLetter(text.charAt(s - 1)) || text.charAt(s - 1) == '.')) s--;
        String word = text.substring(s, dot);
        if (ABBREVIATIONS.contains(word)) return true;
        // Initials: "J. Kerry", "R.K. Singh", "U.S." — capitals separated by dots.
        return INITIALS.matcher(word).matches() || LOWER_CASE_INITIALS.matcher(word).matches();
    }

    static Sentence.Lang language(String text, int start, int end) {
        int han = 0, latin = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (Scripts.isHan(c)) han++;
            else if (c < 128 && Character.isLetter(c)) latin++;
        }
        return han * 3 >= latin ? Sentence.Lang.ZH : Sentence.Lang.EN;
    }
}
