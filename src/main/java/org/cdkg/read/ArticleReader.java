package org.cdkg.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.cdkg.document.Article;
import org.cdkg.document.SourceFormat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * First stage: turns a file into an {@link Article}: decodes it, recognises its form
 * (plain text, HTML, Markdown) and parses YAML front matter.
 */
public final class ArticleReader {
    private static final Pattern FRONT_MATTER = Pattern.compile("\\A\\s*---[ \\t]*\\r?\\n(.*?)\\r?\\n---[ \\t]*(\\r?\\n|\\z)", Pattern.DOTALL);
    /** A file that opens like front matter (--- then a key: value line) but has no closing ---. */
    private static final Pattern UNCLOSED_FRONT_MATTER = Pattern.compile("\\A\\s*---[ \\t]*\\r?\\n[ \\t]*[A-Za-z_][\\w-]*[ \\t]*:");
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
            if (size > ArticleLimits.MAX_FILE_BYTES) throw tooLarge(size);
            // Read at most one byte past the limit: a file that grows after it was measured is still refused, never read whole.
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes((int) ArticleLimits.MAX_FILE_BYTES + 1);
            }
            if (bytes.length > ArticleLimits.MAX_FILE_BYTES) throw tooLarge(bytes.length);
        } catch (IOException e) {
            throw new UnreadableArticleException("cannot be read (" + e.getClass().getSimpleName() + ": " + e.getMessage() + "); check that it exists and is readable");
        }
        return read(file.getFileName().toString(), bytes);
    }

    private static UnreadableArticleException tooLarge(long size) {
        // Rounded up, so a file just over the limit never reads as "64 MB, more than the 64 MB".
        return new UnreadableArticleException("is " + ((size + (1 << 20) - 1) >> 20) + " MB, more than the " + (ArticleLimits.MAX_FILE_BYTES >> 20)
                + " MB an article may be even with its images inline; split it into one file per article, or remove it");
    }

    public Article read(String fileName, byte[] bytes) throws UnreadableArticleException {
        if (bytes.length == 0) throw new UnreadableArticleException("is empty; remove it or give it content");
        EncodingDetector.Decoded decoded = EncodingDetector.decode(bytes);
        String text = decoded.text();
        if (text.isBlank()) throw new UnreadableArticleException("holds only white space; remove it or give it content");

        List<String> warnings = new ArrayList<>();
        Map<String, Object> front = null;
        int bodyStart = 0;
        Matcher fm = FRONT_MATTER.matcher(text);
        if (fm.find() && fm.group(1).contains(":")) {
            bodyStart = fm.end();
            front = parseFrontMatter(fm.group(1), lineOf(text, fm.start(1)), warnings);
        } else if (UNCLOSED_FRONT_MATTER.matcher(text).lookingAt()) {
            warnings.add("was read, but its front matter has no closing '---' line, so it was read as body text and its fields were not used; add the closing '---' line");
        }
        String body = text.substring(bodyStart);
        SourceFormat format;
        if (countMatches(HTML_TAG, body, 2) >= 2) format = SourceFormat.HTML;
        else if (front != null || MARKDOWN.matcher(body).find()) format = SourceFormat.MARKDOWN;
        else format = SourceFormat.PLAIN_TEXT;
        // Refused before cleaning, which would cost seconds and hundreds of MB on a text this long.
        long visible = ArticleLimits.visibleChars(text, bodyStart, format == SourceFormat.HTML);
        if (visible > ArticleLimits.MAX_RAW_TEXT_CHARS) throw new UnreadableArticleException(ArticleLimits.tooMuchText(visible));
        Article article = new Article(fileName, sha256(bytes), text, decoded.charset(), format, front, bodyStart);
        article.warnings().addAll(warnings);
        return article;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> parseFrontMatter(String yaml, int firstLine, List<String> warnings) {
        try {
            Object parsed = YAML.readValue(yaml, Object.class);
            if (parsed instanceof Map<?, ?> m) return (Map<String, Object>) m;
            warnings.add("was read, but its front matter is not a list of 'key: value' lines, so its title, date and other fields were not used; fix the front matter");
        } catch (IOException e) {
            // The article itself is still worth reading; only its front matter fields are lost, and the user is told.
            String where = e instanceof JsonProcessingException j && j.getLocation() != null && j.getLocation().getLineNr() > 0
                    ? "line " + (firstLine + j.getLocation().getLineNr() - 1) + ": " : "";
            String why = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
            // The YAML parser's message spans lines: what it was reading and what went wrong are the unindented ones.
            why = why == null ? e.getClass().getSimpleName()
                    : why.lines().filter(l -> !l.isBlank() && !Character.isWhitespace(l.charAt(0))).collect(java.util.stream.Collectors.joining(": "));
            warnings.add("was read, but its front matter is not valid YAML (" + where + why + "), so its title, date and other fields were not used; fix the front matter");
        }
        return Map.of("_unparsed", yaml);
    }

    /** The 1-based line number of a character offset. */
    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) if (text.charAt(i) == '\n') line++;
        return line;
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
