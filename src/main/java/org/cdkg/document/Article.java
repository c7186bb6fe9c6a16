package org.cdkg.document;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The document every stage works on, in the manner of an annotation pipeline: the reader
 * fills the source fields, the cleaner the body and metadata, the recogniser the mentions
 * and entities, the relation stage meetings, facts and posts. The graph stage reads it all.
 */
public final class Article {
    private final String fileName;
    private final String contentHash;
    private final String original;
    private final Charset charset;
    private final SourceFormat format;
    private final Map<String, Object> frontMatter;
    private final int bodyStart;

    private final Metadata metadata = new Metadata();
    private CleanText body;
    private String simplified;
    private final List<Sentence> sentences = new ArrayList<>();
    /** The words of each segmented sentence, by sentence index; null until the segmenter has run. */
    private Map<Integer, List<Word>> words;
    private final List<Mention> mentions = new ArrayList<>();
    private final Map<String, Entity> entities = new LinkedHashMap<>();
    private final List<DateRange> dates = new ArrayList<>();
    private final List<Meeting> meetings = new ArrayList<>();
    private final List<Fact> facts = new ArrayList<>();
    private final List<PositionHolding> positions = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();

    public Article(String fileName, String contentHash, String original, Charset charset, SourceFormat format,
                   Map<String, Object> frontMatter, int bodyStart) {
        this.fileName = fileName;
        this.contentHash = contentHash;
        this.original = original;
        this.charset = charset;
        this.format = format;
        this.frontMatter = frontMatter == null ? Map.of() : Collections.unmodifiableMap(frontMatter);
        this.bodyStart = bodyStart;
    }

    public String fileName() { return fileName; }
    /** SHA-256 of the file's bytes, hex. */
    public String contentHash() { return contentHash; }
    /** The decoded file, exactly as read. Evidence offsets point into this string. */
    public String original() { return original; }
    public Charset charset() { return charset; }
    public SourceFormat format() { return format; }
    public Map<String, Object> frontMatter() { return frontMatter; }
    public Metadata metadata() { return metadata; }
    /** Offset in {@link #original()} where the body starts (after any front matter). */
    public int bodyStart() { return bodyStart; }

    public CleanText body() { return body; }
    /** The body in simplified script, character for character the same length as {@link #body()}. */
    public String simplified() { return simplified; }
    public void body(CleanText body, String simplified) {
        if (simplified.length() != body.text().length()) throw new IllegalArgumentException("simplified copy must keep offsets");
        this.body = body;
        this.simplified = simplified;
    }

    public List<Sentence> sentences() { return sentences; }
    /** The words of a sentence; empty for one the segmenter does not cut (an English sentence). */
    public List<Word> words(Sentence s) {
        if (words == null) throw new IllegalStateException(fileName + " has not been segmented yet; the segmenter runs before recognition");
        return words.getOrDefault(s.index(), List.of());
    }

    /** Records the segmentation of the article's sentences, by sentence index. */
    public void words(Map<Integer, List<Word>> bySentence) {
        this.words = Map.copyOf(bySentence);
    }

    public List<Mention> mentions() { return mentions; }
    public Map<String, Entity> entities() { return entities; }
    public List<DateRange> dates() { return dates; }
    public List<Meeting> meetings() { return meetings; }
    public List<Fact> facts() { return facts; }
    public List<PositionHolding> positions() { return positions; }
    /**
     * What is wrong with the file but did not stop it being read (front matter that does not
     * parse, say), each the rest of a line that names the file: what happened and what to do.
     */
    public List<String> warnings() { return warnings; }

    public String text(int start, int end) { return body.text().substring(start, end); }

    public Sentence sentenceAt(int offset) {
        for (Sentence s : sentences) if (offset >= s.start() && offset < s.end()) return s;
        return null;
    }

    public Evidence evidence(Sentence s, String rule, double confidence) {
        return new Evidence(s.start(), s.end(), text(s.start(), s.end()).strip(), rule, confidence);
    }
}
