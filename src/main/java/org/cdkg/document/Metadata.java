package org.cdkg.document;

import java.time.LocalDate;

/**
 * What an article says about itself: title, publication date, own address, publisher.
 * Each field is null when the article does not carry it.
 */
public final class Metadata {
    private String title;
    private LocalDate published;
    private String publishedDateTime;
    private String sourceUrl;
    private String publisher;
    private String author;

    public String title() { return title; }
    public LocalDate published() { return published; }
    /** The timestamp as an xsd:dateTime lexical form, when the article gives a time of day. */
    public String publishedDateTime() { return publishedDateTime; }
    public String sourceUrl() { return sourceUrl; }
    public String publisher() { return publisher; }
    public String author() { return author; }

    /** Setters keep the first value found: sources are consulted from most to least reliable. */
    public void offerTitle(String v) { if (title == null && notBlank(v)) title = Scripts.wellFormed(v.strip()); }
    public void offerPublished(LocalDate d, String dateTime) {
        if (published == null && d != null) { published = d; publishedDateTime = dateTime; }
    }
    public void offerSourceUrl(String v) { if (sourceUrl == null && notBlank(v)) sourceUrl = Scripts.wellFormed(v.strip()); }
    public void offerPublisher(String v) { if (publisher == null && notBlank(v)) publisher = Scripts.wellFormed(v.strip()); }
    public void offerAuthor(String v) { if (author == null && notBlank(v)) author = Scripts.wellFormed(v.strip()); }

    private static boolean notBlank(String v) { return v != null && !v.isBlank(); }
}
