package org.cdkg.read;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.cdkg.document.Article;
import org.cdkg.document.SourceFormat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * First stage: turns a file into an {@link Article}: decodes it, recognises its form
 * (plain text, HTML, Markdown) and parses YAML front matter.
 */
public final class ArticleReader {
    /** Files above this size are refused rather than risk the whole run's memory. */
    public static final long MAX_BYTES = 64L * 1024 * 1024;

    private static final Pattern FRONT_MATTER = Pattern.compile("\\A\\s*---[ \\t]*\\r?\\n(.*?)\\r?\\n---[ \\t]*(\\r?\\n|\\z)", Pattern.DOTALL);
    private static final Pattern HTML_TAG = Pattern.compile(
            "<(p|div|br|html|body|span|article|section|h[1-6]|table|li|ul|ol|a|img|strong|em|b|i|font|meta|head|title)\\b[^>]*>",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MARKDOWN = Pattern.compile("(?m)^(#{1,6} \\S|\\[[^\\]\\n]+\\]\\([^)\\s]+\\)|-{3,}\\s*$|\\*\\*\\S)");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    /** One digest per thread, reused: looking one up in the security providers costs more than hashing an article. */
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    });

    public Article read(Path file) throws UnreadableArticleException {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES)
                throw new UnreadableArticleException("is " + (size >> 20) + " MB, more than the " + (MAX_BYTES >> 20) + " MB an article may be; split it or remove it");
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UnreadableArticleException("cannot be read (" + e.getClass().getSimpleName() + ": " + e.getMessage() + "); check that it exists and is readable");
        }
        return read(file.getFileName().toString(), bytes);
    }

    public Article read(String fileName, byte[] bytes) throws UnreadableArticleException {
        if (bytes.length == 0) throw new UnreadableArticleException("is empty; remove it or give it content");
        EncodingDetector.Decoded decoded = EncodingDetector.decode(bytes);
        String text = decoded.text();
        if (text.isBlank()) throw new UnreadableArticleException("holds only white space; remove it or give it content");

        Map<String, Object> front = null;
        int bodyStart = 0;
        Matcher fm = FRONT_MATTER.matcher(text);
        if (fm.find() && fm.group(1).contains(":")) {
            bodyStart = fm.end();
            front = parseFrontMatter(fm.group(1));
        }
        String body = text.substring(bodyStart);
        SourceFormat format;
        if (countMatches(HTML_TAG, body, 2) >= 2) format = SourceFormat.HTML;
        else if (front != null || MARKDOWN.matcher(body).find()) format = SourceFormat.MARKDOWN;
        else format = SourceFormat.PLAIN_TEXT;
        return new Article(fileName, sha256(bytes), text, decoded.charset(), format, front, bodyStart);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> parseFrontMatter(String yaml) {
        try {
            Object parsed = YAML.readValue(yaml, Object.class);
            if (parsed instanceof Map<?, ?> m) return (Map<String, Object>) m;
        } catch (IOException e) {
            // A front matter block that is not YAML is kept as body text by the caller's
            // metadata fallback; the article itself is still worth reading.
        }
        return Map.of("_unparsed", yaml);
    }

    private static int countMatches(Pattern p, String s, int enough) {
        Matcher m = p.matcher(s);
        int n = 0;
        while (n < enough && m.find()) n++;
        return n;
    }

    static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(SHA_256.get().digest(bytes));
    }
}
