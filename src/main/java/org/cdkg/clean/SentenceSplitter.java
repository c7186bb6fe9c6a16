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
        List<Sentence> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean end = false;
            int cut = i + 1;
            if (c == '\n') { end = true; cut = i; }
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
