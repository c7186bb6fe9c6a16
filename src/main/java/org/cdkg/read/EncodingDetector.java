package org.cdkg.read;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import org.cdkg.document.Scripts;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides how the bytes of an article are encoded. UTF-8 is tried strictly first (it almost
 * never decodes other encodings without error). Otherwise the legacy Chinese encodings are
 * tried: the one an HTML page declares, then GB18030, Big5 and Big5-HKSCS, and a decoding is
 * believed only if its characters look like ordinary Chinese, since a wrong legacy decoding
 * still "succeeds" but produces rare characters, kana and box-drawing symbols.
 */
public final class EncodingDetector {
    public static final Charset GB18030 = Charset.forName("GB18030");
    public static final Charset BIG5 = Charset.forName("Big5");
    public static final Charset BIG5_HKSCS = Charset.forName("Big5-HKSCS");
    private static final List<Charset> LEGACY = List.of(GB18030, BIG5, BIG5_HKSCS);
    /** Declared names of the encodings read here; GB2312 and GBK are subsets of GB18030. */
    private static final Map<String, Charset> DECLARED = Map.of(
            "gb2312", GB18030, "gbk", GB18030, "gb18030", GB18030, "x-gbk", GB18030, "cp936", GB18030, "euc-cn", GB18030,
            "big5", BIG5, "x-big5", BIG5, "cp950", BIG5, "big5-hkscs", BIG5_HKSCS);
    /** Where an HTML or XML file states its encoding; browsers look in the first 1,024 bytes, pages with long heads go further. */
    private static final Pattern DECLARATION = Pattern.compile(
            "(?i)<meta[^>]{0,200}?charset\\s*=\\s*[\"']?\\s*([a-z0-9_.:-]+)|<\\?xml[^>]{0,100}?encoding\\s*=\\s*[\"']([a-z0-9_.:-]+)");
    private static final int DECLARATION_SCAN = 4096;
    /**
     * Share of a legacy decoding's non-ASCII characters that must be ordinary Chinese. Real
     * articles score above 0.9; a Big5 file read as GB18030, or UTF-8 read as either, below 0.3.
     */
    private static final double MIN_ORDINARY = 0.5;
    /** Fewer non-ASCII characters than this cannot tell a legacy encoding from a damaged UTF-8 file. */
    private static final int MIN_EVIDENCE = 8;
    /** Punctuation both scripts use; it says nothing about which decoding is right. */
    private static final String CJK_PUNCTUATION = "，。、；：？！“”‘’《》（）【】—…·　「」『』〈〉〔〕％．／－～";

    /** File signatures of the binary formats most often dropped into a corpus by mistake. */
    private record Signature(byte[] magic, String name) {}
    private static final List<Signature> SIGNATURES = List.of(
            new Signature(new byte[]{(byte) 0x89, 'P', 'N', 'G'}, "PNG image"),
            new Signature(new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, "JPEG image"),
            new Signature(new byte[]{'G', 'I', 'F', '8'}, "GIF image"),
            new Signature(new byte[]{'%', 'P', 'D', 'F', '-'}, "PDF document"),
            new Signature(new byte[]{'P', 'K', 3, 4}, "ZIP archive; Word and Excel files are ZIP archives too"),
            new Signature(new byte[]{0x1F, (byte) 0x8B}, "gzip archive"));

    private EncodingDetector() {}

    public record Decoded(String text, Charset charset) {}

    public static Decoded decode(byte[] bytes) throws UnreadableArticleException {
        if (startsWith(bytes, (byte) 0xEF, (byte) 0xBB, (byte) 0xBF)) {
            // A UTF-8 byte order mark says what the file is; if the rest is not UTF-8, the file is damaged.
            String t = strict(bytes, 3, StandardCharsets.UTF_8);
            if (t != null) return new Decoded(t, StandardCharsets.UTF_8);
            throw new UnreadableArticleException("starts as UTF-8 but is not valid UTF-8 (" + utf8Problem(bytes) + "); fix that spot or re-save the file as UTF-8");
        }
        if (startsWith(bytes, (byte) 0xFF, (byte) 0xFE)) return utf16(bytes, StandardCharsets.UTF_16LE);
        if (startsWith(bytes, (byte) 0xFE, (byte) 0xFF)) return utf16(bytes, StandardCharsets.UTF_16BE);
        for (Signature s : SIGNATURES)
            if (startsWith(bytes, s.magic()))
                throw new UnreadableArticleException("is a binary file (" + s.name() + "), not an article; remove it from the corpus, or save the article in it as text or HTML");
        if (looksBinary(bytes)) throw new UnreadableArticleException("is a binary file, not an article; remove it from the corpus");
        String utf8 = strict(bytes, 0, StandardCharsets.UTF_8);
        if (utf8 != null) return new Decoded(utf8, StandardCharsets.UTF_8);

        Charset declared = declared(bytes);
        if (declared != null) {
            // The page's own word decides, unless its text plainly contradicts it.
            String t = strict(bytes, 0, declared);
            if (t != null) {
                Score s = score(t);
                if (s.evidence() < MIN_EVIDENCE || s.ordinary() >= MIN_ORDINARY) return new Decoded(t, declared);
            }
        }
        Decoded best = null;
        double bestScore = -1;
        boolean tooLittle = false;
        for (Charset cs : LEGACY) {
            String t = strict(bytes, 0, cs);
            if (t == null) continue;
            Score s = score(t);
            tooLittle |= s.evidence() < MIN_EVIDENCE;
            if (s.evidence() >= MIN_EVIDENCE && s.ordinary() >= MIN_ORDINARY && s.ordinary() > bestScore) {
                best = new Decoded(t, cs);
                bestScore = s.ordinary();
            }
        }
        if (best != null) return best;
        throw new UnreadableArticleException("is not valid UTF-8 (" + utf8Problem(bytes) + ")"
                + (tooLittle ? ", and too little of it is Chinese to tell whether it is GB18030 or Big5 instead"
                             : " and does not read as GB18030 or Big5 Chinese either")
                + "; fix that spot or re-save the file as UTF-8");
    }

    private static Decoded utf16(byte[] bytes, Charset cs) throws UnreadableArticleException {
        String t = strict(bytes, 2, cs);
        if (t == null)
            throw new UnreadableArticleException("starts as " + cs.name() + " but is not valid " + cs.name() + " (an odd byte count or a broken surrogate pair); re-save it as UTF-8");
        return new Decoded(t, cs);
    }

    /** The encoding an HTML or XML head declares, if it is one of the Chinese ones read here. */
    private static Charset declared(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, DECLARATION_SCAN), StandardCharsets.ISO_8859_1);
        Matcher m = DECLARATION.matcher(head);
        if (!m.find()) return null;
        String name = (m.group(1) != null ? m.group(1) : m.group(2)).toLowerCase(Locale.ROOT);
        return DECLARED.get(name);
    }

    private static String strict(byte[] bytes, int offset, Charset cs) {
        try {
            return decoder(cs).decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static CharsetDecoder decoder(Charset cs) {
        return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** Where the bytes stop being UTF-8 and why, for the message: "at byte 20: C0 AF, an overlong encoding". */
    static String utf8Problem(byte[] bytes) {
        CharsetDecoder dec = decoder(StandardCharsets.UTF_8);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult r = dec.decode(in, out, true);
            if (r.isError()) {
                int at = in.position();
                int end = Math.min(bytes.length, at + Math.max(r.length(), sequenceLength(bytes[at])));
                StringBuilder hex = new StringBuilder();
                for (int i = at; i < end; i++) hex.append(hex.length() > 0 ? " " : "").append(String.format("%02X", bytes[i] & 0xff));
                return "at byte " + at + ": " + hex + ", " + utf8Fault(bytes, at);
            }
            if (r.isUnderflow()) return "no single bad byte found";
            out.clear();
        }
    }

    private static String utf8Fault(byte[] b, int at) {
        int lead = b[at] & 0xff, next = at + 1 < b.length ? b[at + 1] & 0xff : -1;
        if (lead == 0xC0 || lead == 0xC1 || lead == 0xE0 && next >= 0x80 && next < 0xA0 || lead == 0xF0 && next >= 0x80 && next < 0x90)
            return "an overlong encoding";
        if (lead == 0xED && next >= 0xA0 && next <= 0xBF) return "a UTF-16 surrogate, which UTF-8 may not encode";
        if (lead >= 0x80 && lead < 0xC0) return "a continuation byte with no character to continue";
        if (lead > 0xF4) return "a byte that never occurs in UTF-8";
        if (at + sequenceLength(b[at]) > b.length) return "a character cut off by the end of the file";
        return "a character cut off in the middle";
    }

    private static int sequenceLength(byte lead) {
        int b = lead & 0xff;
        return b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
    }

    private static boolean startsWith(byte[] bytes, byte... prefix) {
        if (bytes.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) if (bytes[i] != prefix[i]) return false;
        return true;
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

    /** How many non-ASCII characters were judged, and the share of them that are ordinary Chinese. */
    record Score(int evidence, double ordinary) {}

    /**
     * Judges the non-ASCII characters other than shared punctuation: a Han character that HanLP's
     * core dictionary knows as a word of its own (in either script) is ordinary; a rare one,
     * kana, box drawing or anything else a wrong decoding produces is not.
     */
    static Score score(String text) {
        int judged = 0, ordinary = 0;
        for (int i = 0; i < text.length() && judged < 4000; i++) {
            char c = text.charAt(i);
            if (c < 0x80 || Character.isWhitespace(c) || CJK_PUNCTUATION.indexOf(c) >= 0 || (c >= 0xFF01 && c <= 0xFF5E)) continue;
            judged++;
            if (Scripts.isHan(c) && known(c)) ordinary++;
        }
        return new Score(judged, judged == 0 ? 1.0 : (double) ordinary / judged);
    }

    private static boolean known(char c) {
        String s = String.valueOf(c);
        return CoreDictionary.contains(s) || CoreDictionary.contains(HanLP.convertToSimplifiedChinese(s));
    }
}
