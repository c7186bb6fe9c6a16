package org.cdkg.recognise;

import com.hankcs.hanlp.HanLP;

/**
 * HanLP's conversion to simplified script, remembered for short strings: names, titles and
 * surface forms are converted many times over (for keys, language tags, labels), and each
 * conversion is a dictionary segmentation of the string.
 */
public final class ChineseScript {
    private static final BoundedCache<String> SIMPLIFIED = new BoundedCache<>(50_000, 64, HanLP::convertToSimplifiedChinese);

    private ChineseScript() {}

    /** {@code HanLP.convertToSimplifiedChinese(s)}. */
    public static String simplified(String s) {
        return SIMPLIFIED.get(s);
    }
}
