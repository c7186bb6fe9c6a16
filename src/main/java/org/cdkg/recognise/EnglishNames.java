package org.cdkg.recognise;

import com.fasterxml.jackson.databind.JsonNode;
import com.hankcs.hanlp.dictionary.py.Pinyin;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds people's names in English text that the gazetteer does not know. A run of two or
 * three capitalised words is a name when context says so: a title right before it ("Minister
 * Marina Silva"), a reporting verb right after it ("Waskow said" once "David Waskow" is known,
 * "Jane Doe said"), an apposition ("Jane Doe, director of …"), or when it is a Chinese name in
 * pinyin (a surname and one or two syllables: "Zhou Pingjian").
 */
final class EnglishNames {
    /** A capitalised word (Pingjian, O'Neill, Al-Jaber, Dr.) */
    private static final Pattern WORD = Pattern.compile("(?<![\\p{L}\\p{N}])(?:(?:\\p{Lu}\\.){2,3}|\\p{Lu}[\\p{Ll}'’]*(?:-\\p{Lu}?[\\p{Ll}]+)?\\.?)(?![\\p{L}\\p{N}])");
    private static final Set<String> SYLLABLES = new HashSet<>();
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
    private static final Pattern TITLE_WORD_SEPARATOR = Pattern.compile("[\\s,]+");
    private static final Pattern POSSESSIVE_S = Pattern.compile("[’']s$");
    private static final Pattern APPOSITION = Pattern.compile("(?s)^((a|an|the) )?(\\p{Lu}[\\p{L}.]+(’s|'s)? )?(?i:(senior |deputy |vice |chief |executive |special |former |research |policy |programme |program )*(director|minister|envoy|secretary|ambassador|head|chair|president|spokesperson|negotiator|adviser|advisor|commissioner|coordinator|professor|researcher|analyst|official|fellow))\\b.*");

    static {
        for (Pinyin p : Pinyin.values()) {
            String s = p.getPinyinWithoutTone();
            if (!s.equals("none")) SYLLABLES.add(s.replace("ü", "v"));
        }
    }

    private final List<String> bylineBefore = new ArrayList<>();
    private final Set<String> titlesBefore = new HashSet<>(), verbsAfter = new HashSet<>(), notNameWords = new HashSet<>(), surnames = new HashSet<>(), titleConnectors = new HashSet<>();

    EnglishNames(JsonNode rules) {
        rules.path("titlesBefore").forEach(n -> titlesBefore.add(n.asText()));
        rules.path("titleConnectors").forEach(n -> titleConnectors.add(n.asText()));
        rules.path("verbsAfter").forEach(n -> verbsAfter.add(n.asText()));
        rules.path("notNameWords").forEach(n -> notNameWords.add(n.asText()));
        rules.path("pinyinSurnames").forEach(n -> surnames.add(n.asText()));
        rules.path("bylineBefore").forEach(n -> bylineBefore.add(n.asText()));
    }

    /** A name found, and whether it is a byline (reporter, editor): the article's author, not a person it is about. */
    record Found(int start, int end, String name, String rule, boolean byline) {}

    /** Names in {@code text} between {@code from} and {@code to}. */
    List<Found> find(String text, int from, int to) {
        List<Found> out = new ArrayList<>();
        Matcher w = WORD.matcher(text).region(from, to);
        List<int[]> run = new ArrayList<>();
        int lastEnd = -1;
        while (w.find()) {
            boolean adjacent = lastEnd >= 0 && WHITE_SPACE.matcher(text).region(lastEnd, w.start()).matches();
            if (!adjacent) { candidates(text, from, to, run, out); run.clear(); }
            // A sentence's full stop is not part of its last word; an abbreviation's (Dr.) is. Nor is a possessive 's.
            int end = w.end() - w.start() > 4 && text.charAt(w.end() - 1) == '.' ? w.end() - 1 : w.end();
            if (end - w.start() > 3 && (text.startsWith("'s", end - 2) || text.startsWith("’s", end - 2))) end -= 2;
            run.add(new int[]{w.start(), end});
            lastEnd = w.end();
        }
        candidates(text, from, to, run, out);
        return out;
    }

    /** A run of capitalised words splits at words that are never names ("Ambassador", "Ministry"); each piece of 2–3 words is a candidate. */
    private void candidates(String text, int from, int to, List<int[]> run, List<Found> out) {
        int i = 0;
        while (i < run.size()) {
            if (notNameWords.contains(text.substring(run.get(i)[0], run.get(i)[1]))) { i++; continue; }
            int j = i;
            while (j < run.size() && !notNameWords.contains(text.substring(run.get(j)[0], run.get(j)[1]))) j++;
            // "Minister of Industry and Advanced Technology Dr Sultan Al Jaber": words right before a title word end a title, not a name.
            String next = j < run.size() ? text.substring(run.get(j)[0], run.get(j)[1]) : "";
            boolean beforeTitle = titlesBefore.contains(next) || titlesBefore.contains(next.replace(".", ""));
            if (j - i >= 2 && j - i <= 3 && !beforeTitle) {
                int start = run.get(i)[0], end = run.get(j - 1)[1];
                String[] words = WHITE_SPACE.split(text.substring(start, end));
                String before = text.substring(Math.max(from, start - 100), start);
                String after = text.substring(end, Math.min(to, end + 40));
                String rule = null;
                if (pinyinName(words)) rule = "pinyin-name";
                else if (titled(before) && !continuesTitle(before)) rule = "title-before-name";
                else if (reporting(after)) rule = "name-before-reporting-verb";
                else if (reportedBy(before)) rule = "name-after-reporting-verb";
                else if (apposition(after)) rule = "name-with-apposition";
                if (rule != null && !(start > from && text.charAt(start - 1) == '-'))
                    out.add(new Found(start, end, String.join(" ", words), rule, byline(before)));
            }
            i = j;
        }
    }

    private boolean anyNotName(String[] words) {
        for (String w : words) if (notNameWords.contains(w) || w.length() < 2) return true;
        return false;
    }

    /** 周平剑 written Zhou Pingjian: a surname, then a given name made of one or two pinyin syllables. */
    boolean pinyinName(String[] words) {
        if (words.length != 2 || !surnames.contains(words[0])) return false;
        return syllables(words[1].toLowerCase().replace("-", "").replace("'", "").replace("’", ""), 2);
    }

    private static boolean syllables(String s, int max) {
        if (s.isEmpty()) return true;
        if (max == 0) return false;
        for (int len = Math.min(6, s.length()); len >= 1; len--)
            if (SYLLABLES.contains(s.substring(0, len)) && syllables(s.substring(len), max - 1)) return true;
        return false;
    }

    private boolean byline(String before) {
        String b = before.stripTrailing();
        // "By Jane Doe" opening a line is a byline; "co-chaired by Jane Doe" is not.
        int line = Math.max(b.lastIndexOf('\n'), b.lastIndexOf('|'));
        if (b.substring(line + 1).strip().equals("By")) return true;
        for (String w : bylineBefore) if (b.endsWith(w) && (b.length() == w.length() || !Character.isLetter(b.charAt(b.length() - w.length() - 1)))) return true;
        return false;
    }

    /** "Special Advisor … on Climate Action and Just Transition": words right after a title's of/on/and are more of the title. */
    private boolean continuesTitle(String before) {
        String b = before.stripTrailing();
        int cut = b.lastIndexOf(' ');
        String last = b.substring(cut + 1);
        return last.chars().allMatch(Character::isLowerCase) && titleConnectors.contains(last);
    }

    /** A title somewhere in the title phrase right before the name: "Minister of Power and New and Renewable Energy R.K. Singh". */
    private boolean titled(String before) {
        // "Commissioner for Climate, Net Zero …": after a comma comes the next item of a title, not a name.
        if (before.stripTrailing().endsWith(",")) return false;
        String[] words = TITLE_WORD_SEPARATOR.split(before.stripTrailing());
        for (int i = words.length - 1; i >= 0 && i >= words.length - 10; i--) {
            String w = POSSESSIVE_S.matcher(words[i]).replaceAll("");
            if (titlesBefore.contains(w)) return true;
            boolean connector = titleConnectors.contains(w) || w.startsWith("d'");
            if (w.isEmpty() || !(connector || Character.isUpperCase(w.charAt(0)))) return false;
        }
        return false;
    }

    private boolean reporting(String after) {
        String a = after.stripLeading();
        if (a.startsWith(",")) return false;
        int cut = 0;
        while (cut < a.length() && Character.isLetter(a.charAt(cut))) cut++;
        return verbsAfter.contains(a.substring(0, cut));
    }

    /** '"…," said Jane Doe' and "according to Jane Doe". */
    private boolean reportedBy(String before) {
        String b = before.stripTrailing().toLowerCase();
        for (String v : verbsAfter) if (b.endsWith(" " + v) || b.endsWith("\"" + v) || b.equals(v)) return true;
        return b.endsWith("according to");
    }

    /** "Jane Doe, director of the institute," or "Jane Doe, the minister". */
    private boolean apposition(String after) {
        if (!after.startsWith(", ")) return false;
        String rest = after.substring(2);
        for (String t : titlesBefore) {
            String lower = t.toLowerCase();
            if (rest.startsWith(lower + " ") || rest.startsWith("the " + lower) || rest.startsWith("a " + lower)) return true;
        }
        return APPOSITION.matcher(rest).matches();
    }
}
