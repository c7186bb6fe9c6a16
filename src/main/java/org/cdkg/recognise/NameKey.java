package org.cdkg.recognise;

import org.cdkg.document.Scripts;

/**
 * The form names are compared in: simplified script, half-width, one kind of dash and of
 * middle dot, quotes and title brackets dropped, Latin in lower case. {@link MatchText} applies
 * the same folding to a body while remembering where each kept character came from.
 */
final class NameKey {
    private NameKey() {}

    /** Characters that never decide a name: quotes and title brackets. */
    static boolean ignorable(char c) {
        // ' and ’ are apostrophes in English names (Biden's, O'Neill), so they count.
        return "“”\"‘「」『』《》〈〉«»".indexOf(c) >= 0;
    }

    static char fold(char c) {
        if (c >= '\uff01' && c <= '\uff5e') c = (char) (c - 0xfee0);
        if ("—–－‐‑―─~～".indexOf(c) >= 0) return '-';
        if ("·・•‧∙•．".indexOf(c) >= 0) return c == '．' ? '.' : '·';
        if (c == '\u3000' || c == '\u00a0') return ' ';
        return Character.toLowerCase(c);
    }

    /** The key of a gazetteer name (any script). */
    static String of(String name) {
        String s = ChineseScript.simplified(name);
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (ignorable(c)) continue;
            c = fold(c);
            if (Character.isWhitespace(c)) { space = b.length() > 0; continue; }
            if (space) { b.append(' '); space = false; }
            b.append(c);
        }
        return b.toString();
    }

    static boolean isLatinWordChar(char c) {
        return c < 0x250 && Character.isLetterOrDigit(c);
    }

    static boolean isHan(char c) {
        return Scripts.isHan(c);
    }
}
