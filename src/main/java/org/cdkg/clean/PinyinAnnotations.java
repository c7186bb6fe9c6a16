package org.cdkg.clean;

import org.cdkg.document.Scripts;

import java.util.regex.Pattern;

/**
 * Recognises the reading annotations some pages put after characters, as in {@code 態(tài)}:
 * a Han character followed by a parenthesised lower-case pinyin syllable with tone marks, perhaps
 * with spaces inside the brackets.
 */
final class PinyinAnnotations {
    private static final String TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ";
    /** A syllable: initial letters, at least one toned vowel, and final letters; at most 7 characters. */
    private static final Pattern SYLLABLE = Pattern.compile("[a-z]{0,3}[" + TONED + "][a-z" + TONED + "]{0,4}");

    private PinyinAnnotations() {}

    /** Length of an annotation starting at {@code i} (at the opening parenthesis), or 0 if none is there. */
    static int annotationAt(CharSequence s, int i) {
        if (i == 0 || i >= s.length()) return 0;
        char open = s.charAt(i);
        if (open != '(' && open != '（') return 0;
        if (!Scripts.isHan(s.charAt(i - 1))) return 0;
        int j = i + 1;
        while (j < s.length() && j - i <= 10 && s.charAt(j) != ')' && s.charAt(j) != '）') j++;
        if (j >= s.length() || j - i > 10) return 0;
        // 會(huì ): some pages leave a space inside the brackets.
        return SYLLABLE.matcher(s.subSequence(i + 1, j).toString().strip()).matches() ? j - i + 1 : 0;
    }
}
