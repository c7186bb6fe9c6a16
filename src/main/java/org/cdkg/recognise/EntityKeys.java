package org.cdkg.recognise;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.py.Pinyin;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Mints the stable key (IRI local part) of an entity the gazetteer does not know, from its
 * name alone, so the same name gives the same key in every article and every run. Chinese
 * names are written in pinyin with surname readings (解振华 → person/xie-zhenhua), which is
 * also the form an English text would use.
 */
public final class EntityKeys {
    private static final int MAX_SLUG = 64;
    private static final Map<String, String> READINGS = new HashMap<>();
    private static final Set<String> TWO_CHAR = new HashSet<>();
    private static String commonSurnames = "";
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NAME_DOTS = Pattern.compile("[·•]");
    /** Keys are pure functions of the name and minted for the same names in article after article. */
    private static final BoundedCache<String> PERSON_KEYS = new BoundedCache<>(50_000, 200, EntityKeys::mintPerson);
    private static final Map<String, BoundedCache<String>> KEYS_BY_KIND = new java.util.concurrent.ConcurrentHashMap<>();
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    });

    static {
        try (InputStream in = EntityKeys.class.getResourceAsStream("/recognise/surnames.json")) {
            if (in == null) throw new IllegalStateException("resource recognise/surnames.json is missing from the build");
            JsonNode root = new ObjectMapper().readTree(in);
            root.path("readings").fields().forEachRemaining(e -> READINGS.put(e.getKey(), e.getValue().asText()));
            root.path("twoCharacter").forEach(n -> TWO_CHAR.add(n.asText()));
            commonSurnames = root.path("common").asText("");
        } catch (IOException e) {
            throw new UncheckedIOException("recognise/surnames.json does not parse", e);
        }
    }

    private EntityKeys() {}

    /** Whether a Chinese name may start here: a common surname, or a two-character one. */
    public static boolean startsWithSurname(String name) {
        return startsWithSurname(name, 0);
    }

    /** Whether a Chinese name may start at {@code at} of {@code text}, as {@link #startsWithSurname(String)} of the text from there. */
    public static boolean startsWithSurname(String text, int at) {
        int left = text.length() - at;
        return left > 0 && (commonSurnames.indexOf(text.charAt(at)) >= 0 || left >= 3 && TWO_CHAR.contains(text.substring(at, at + 2)));
    }

    /** A person's key: a Chinese name as surname-given in pinyin, a transliteration part by part, an English name as written. */
    public static String person(String name) {
        return PERSON_KEYS.get(name);
    }

    private static String mintPerson(String name) {
        String n = HanLP.convertToSimplifiedChinese(name.strip());
        String key = mintPersonSlug(n);
        // A name with nothing the slug keeps (Путин, 🙂) would otherwise be "person/", one person for all of them.
        return key.equals("person/") ? "person/" + hash(n) : key;
    }

    private static String mintPersonSlug(String n) {
        if (n.chars().anyMatch(c -> NameKey.isHan((char) c))) {
            if (n.indexOf('·') >= 0 || n.indexOf('•') >= 0) {
                StringBuilder b = new StringBuilder();
                for (String part : NAME_DOTS.split(n)) { if (b.length() > 0) b.append('-'); b.append(pinyin(part)); }
                return "person/" + slug(b.toString());
            }
            int surnameLength = n.length() >= 3 && TWO_CHAR.contains(n.substring(0, 2)) ? 2 : 1;
            String surname = n.substring(0, surnameLength), given = n.substring(surnameLength);
            String sp = READINGS.getOrDefault(surname, pinyin(surname));
            return "person/" + slug(sp + "-" + pinyin(given));
        }
        return "person/" + slug(n);
    }

    /** Any other minted entity: kind/slug of the name in pinyin or as written. */
    public static String of(String kind, String name) {
        return KEYS_BY_KIND.computeIfAbsent(kind, k -> new BoundedCache<>(50_000, 200, n -> mint(k, n))).get(name);
    }

    private static String mint(String kind, String name) {
        String n = HanLP.convertToSimplifiedChinese(name.strip());
        String s = slug(n.chars().anyMatch(c -> NameKey.isHan((char) c)) ? pinyinWords(n) : n);
        if (s.isEmpty()) s = hash(n);
        return kind + "/" + s;
    }

    /** Syllables of a Chinese string run together (zhenhua); non-Han letters and digits are kept. */
    static String pinyin(String s) {
        StringBuilder b = new StringBuilder();
        List<Pinyin> py = HanLP.convertToPinyinList(s);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (NameKey.isHan(c) && i < py.size() && py.get(i) != Pinyin.none5) b.append(py.get(i).getPinyinWithoutTone());
            else if (c < 128 && Character.isLetterOrDigit(c)) b.append(Character.toLowerCase(c));
        }
        return b.toString().replace("ü", "v");
    }

    /** Pinyin with a hyphen between syllables, for long names of organisations and agreements. */
    private static String pinyinWords(String s) {
        StringBuilder b = new StringBuilder();
        List<Pinyin> py = HanLP.convertToPinyinList(s);
        boolean lastWasAscii = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (NameKey.isHan(c) && i < py.size() && py.get(i) != Pinyin.none5) {
                b.append('-').append(py.get(i).getPinyinWithoutTone());
                lastWasAscii = false;
            } else if (c < 128 && Character.isLetterOrDigit(c)) {
                if (!lastWasAscii) b.append('-');
                b.append(Character.toLowerCase(c));
                lastWasAscii = true;
            } else lastWasAscii = false;
        }
        return b.toString();
    }

    /** Lower-case ASCII words joined by hyphens; long names are cut and given a hash so they stay unique. */
    public static String slug(String s) {
        String folded = MARKS.matcher(java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKD)).replaceAll("");
        StringBuilder b = new StringBuilder();
        boolean dash = false;
        for (int i = 0; i < folded.length(); i++) {
            char c = Character.toLowerCase(folded.charAt(i));
            if (c < 128 && Character.isLetterOrDigit(c)) {
                if (dash && b.length() > 0) b.append('-');
                b.append(c);
                dash = false;
            } else dash = true;
        }
        // The hash is of the whole slug, so a long name folds case and spacing as a short one does.
        if (b.length() > MAX_SLUG) return b.substring(0, MAX_SLUG - 9).replaceAll("-+$", "") + "-" + hash(b.toString());
        return b.toString();
    }

    /** Eight hex digits of the SHA-256 of {@code s}: enough to keep long or lossy slugs apart. */
    public static String hash(String s) {
        byte[] d = SHA_256.get().digest(s.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(d, 0, 4);
    }
}
