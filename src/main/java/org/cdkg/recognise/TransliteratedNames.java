package org.cdkg.recognise;

import com.hankcs.hanlp.dictionary.nr.TranslatedPersonDictionary;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds names written as transliterated parts joined by a middle dot (里克·杜克, 布耶尔瓦·松吉卡).
 * The parts are runs of characters HanLP's transliteration dictionary knows as name syllables
 * (title characters such as 长, 使, 部 are not among them), preferring a known name part: so
 * 副特使里克·杜克 gives 里克·杜克 and 主管大卫·瓦斯科 gives 大卫·瓦斯科.
 */
final class TransliteratedNames {
    private TransliteratedNames() {}

    /** Spans [start, end) of the names in {@code t} between {@code from} and {@code to}. */
    static List<int[]> find(String t, int from, int to) {
        List<int[]> out = new ArrayList<>();
        int next = from;
        while (next < to) {
            int dot = next;
            if (!isNameDot(t.charAt(dot))) { next++; continue; }
            next = dot + 1;
            int left = namePartBefore(t, dot, from);
            if (left == dot) continue;
            int end = dot;
            while (end < to && isNameDot(t.charAt(end))) {
                int right = namePartAfter(t, end + 1, to);
                if (right == end + 1) break;
                end = right;
            }
            if (end > dot) out.add(new int[]{left, end});
            next = Math.max(end, dot + 1);
        }
        return out;
    }

    private static boolean isNameDot(char c) {
        return c == '·' || c == '•' || c == '‧' || c == '・';
    }

    static boolean nameSyllable(char c) {
        return NameKey.isHan(c) && TranslatedPersonDictionary.containsKey(String.valueOf(c));
    }

    private static boolean knownPart(String s) {
        return s.chars().allMatch(c -> NameKey.isHan((char) c)) && TranslatedPersonDictionary.containsKey(s);
    }

    /** The longest known name part ending at the dot (大卫 in 主管大卫), else the run of name syllables. */
    private static int namePartBefore(String t, int dot, int floor) {
        for (int start = Math.max(floor, dot - 6); start < dot - 1; start++)
            if (knownPart(t.substring(start, dot))) return start;
        int run = dot;
        while (run > floor && run > dot - 8 && nameSyllable(t.charAt(run - 1))) run--;
        return run;
    }

    /** The run of name syllables after the dot, or the longest known name part there if that is longer. */
    private static int namePartAfter(String t, int from, int ceiling) {
        int run = from;
        while (run < ceiling && run < from + 8 && nameSyllable(t.charAt(run))) run++;
        for (int end = Math.min(ceiling, from + 6); end > run; end--)
            if (knownPart(t.substring(from, end))) return end;
        return run;
    }
}
