package org.cdkg.serve;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The forms a description can be served in, and content negotiation over them: the client's
 * Accept header with its q-values decides; {@code *}/{@code *} alone (curl) gets Turtle.
 */
public enum Representation {
    TURTLE("text/turtle", "ttl", RDFFormat.TURTLE_PRETTY),
    JSON_LD("application/ld+json", "jsonld", RDFFormat.JSONLD11_PRETTY),
    RDF_XML("application/rdf+xml", "rdf", RDFFormat.RDFXML_PRETTY),
    N_TRIPLES("application/n-triples", "nt", RDFFormat.NTRIPLES),
    HTML("text/html", "html", null);

    private final String mediaType;
    private final String extension;
    private final RDFFormat format;

    Representation(String mediaType, String extension, RDFFormat format) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.format = format;
    }

    public String mediaType() { return mediaType; }
    public String extension() { return extension; }
    public RDFFormat format() { return format; }
    public Lang lang() { return format == null ? null : format.getLang(); }

    public static Representation byExtension(String ext) {
        for (Representation r : values()) if (r.extension.equals(ext)) return r;
        return null;
    }

    /** The best representation for an Accept header, or null if none is acceptable (406). */
    public static Representation negotiate(String accept) {
        if (accept == null || accept.isBlank()) return TURTLE;
        Representation best = null;
        double bestQ = 0;
        int bestOrder = Integer.MAX_VALUE;
        List<String[]> ranges = new ArrayList<>();
        for (String part : accept.split(",")) {
            String[] bits = part.strip().split(";");
            double q = 1.0;
            for (int i = 1; i < bits.length; i++) {
                String p = bits[i].strip();
                if (p.startsWith("q=")) {
                    try { q = Double.parseDouble(p.substring(2)); } catch (NumberFormatException e) { q = 0; }
                }
            }
            ranges.add(new String[]{bits[0].strip().toLowerCase(Locale.ROOT), Double.toString(q)});
        }
        for (Representation r : values()) {
            for (int i = 0; i < ranges.size(); i++) {
                String range = ranges.get(i)[0];
                double q = Double.parseDouble(ranges.get(i)[1]);
                if (q <= 0 || !matches(range, r)) continue;
                // A specific match counts for more than a wildcard; */* alone prefers Turtle (declared first).
                double weight = q - (range.equals("*/*") ? 0.0001 : range.endsWith("/*") ? 0.00005 : 0);
                int order = range.contains("*") ? ranges.size() + r.ordinal() : i;
                if (weight > bestQ || weight == bestQ && order < bestOrder) {
                    best = r;
                    bestQ = weight;
                    bestOrder = order;
                }
            }
        }
        return best;
    }

    private static boolean matches(String range, Representation r) {
        if (range.equals("*/*")) return true;
        if (range.equals("application/xhtml+xml")) return r == HTML;
        if (range.equals("application/json")) return r == JSON_LD;
        if (range.endsWith("/*")) return r.mediaType.startsWith(range.substring(0, range.length() - 1));
        return range.equals(r.mediaType);
    }
}
