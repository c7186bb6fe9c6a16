package org.cdkg.recognise;

/** Reads small numbers written in Chinese numerals (二十九, 十三, 两) or digits. */
public final class ChineseNumber {
    private static final String DIGITS = "零一二三四五六七八九";

    private ChineseNumber() {}

    /** The value, or -1 if the text is not a number below 10,000. */
    public static int parse(String s) {
        if (s == null || s.isEmpty()) return -1;
        if (s.chars().allMatch(Character::isDigit)) return s.length() > 6 ? -1 : Integer.parseInt(s);
        int total = 0, current = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int d = c == '〇' ? 0 : c == '两' ? 2 : DIGITS.indexOf(c);
            if (d >= 0) { current = d; continue; }
            int unit = switch (c) { case '十' -> 10; case '百' -> 100; case '千' -> 1000; default -> -1; };
            if (unit < 0) return -1;
            total += (current == 0 ? 1 : current) * unit;
            current = 0;
        }
        return total + current;
    }
}
