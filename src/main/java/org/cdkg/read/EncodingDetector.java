package org.cdkg.read;

import com.hankcs.hanlp.dictionary.CoreDictionary;
import org.cdkg.document.Scripts;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Decides how the bytes of an article are encoded. UTF-8 is tried strictly first (it almost
 * never decodes other encodings without error); otherwise GB18030 and Big5 are both tried
 * and the decoding whose characters look most like ordinary Chinese wins, since a wrong
 * legacy decoding still "succeeds" but produces rare characters.
 */
public final class EncodingDetector {
    public static final Charset GB18030 = Charset.forName("GB18030");
    public static final Charset BIG5 = Charset.forName("Big5");
    private static final List<Charset> LEGACY = List.of(GB18030, BIG5);

    private EncodingDetector() {}

    public record Decoded(String text, Charset charset) {}

    public static Decoded decode(byte[] bytes) throws UnreadableArticleException {
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            String t = strict(bytes, 3, StandardCharsets.UTF_8);
            if (t != null) return new Decoded(t, StandardCharsets.UTF_8);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE)
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE);
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF)
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE);
        if (looksBinary(bytes)) throw new UnreadableArticleException("is a binary file, not an article; remove it from the corpus");
        String utf8 = strict(bytes, 0, StandardCharsets.UTF_8);
        if (utf8 != null) return new Decoded(utf8, StandardCharsets.UTF_8);
        Decoded best = null;
        double bestScore = -1;
        for (Charset cs : LEGACY) {
            String t = strict(bytes, 0, cs);
            if (t == null) continue;
            double score = commonness(t);
            if (score > bestScore) { best = new Decoded(t, cs); bestScore = score; }
        }
        if (best == null || bestScore < 0.5)
            throw new UnreadableArticleException("is not valid UTF-8, GB18030 or Big5 text; re-save it as UTF-8");
        return best;
    }

    private static String strict(byte[] bytes, int offset, Charset cs) {
        CharsetDecoder dec = cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return dec.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, 8192), control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) return true;
            if (b < 0x09 || (b > 0x0d && b < 0x20 && b != 0x1b)) control++;
        }
        return n > 0 && control > n / 20;
    }

    /** Share of Han characters that HanLP's core dictionary knows as words of their own. */
    static double commonness(String text) {
        int han = 0, known = 0;
        for (int i = 0; i < text.length() && han < 4000; i++) {
            char c = text.charAt(i);
            if (!Scripts.isHan(c)) continue;
            han++;
            if (CoreDictionary.contains(String.valueOf(c))) known++;
        }
        return han == 0 ? 1.0 : (double) known / han;
    }
}
