package org.cdkg.serve;

import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.cdkg.graph.Cdo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The HTML page of an entity: what a person reading about it wants, with links to go on. */
final class EntityPage {
    private static final List<String> LANGS = List.of("zh-Hans", "zh-Hant", "en");

    private final Model ontology;

    EntityPage(Model ontology) {
        this.ontology = ontology;
    }

    String render(String iri, String docPath, Model description, List<EntityDescriber.Source> sources, List<EntityDescriber.MeetingRow> meetings) {
        Resource e = description.createResource(iri);
        StringBuilder h = new StringBuilder(8192);
        String title = preferredLabel(e);
        h.append("<!DOCTYPE html>\n<html lang=\"zh-Hans\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(esc(title)).append(" — cdkg</title>")
                .append("<link rel=\"stylesheet\" href=\"/web/style.css\">");
        for (Representation r : Representation.values())
            if (r != Representation.HTML)
                h.append("<link rel=\"alternate\" type=\"").append(r.mediaType()).append("\" href=\"").append(esc(docPath)).append('.').append(r.extension()).append("\">");
        h.append("</head><body class=\"entity\"><header><a href=\"/\">cdkg</a> · 气候外交知识图谱</header><main>");
        h.append("<h1 id=\"entity-label\">").append(esc(title)).append("</h1>");
        h.append("<p class=\"iri\"><code>").append(esc(iri)).append("</code></p>");

        h.append("<section id=\"names\"><h2>名称 Names</h2><table>");
        for (String lang : LANGS) {
            List<String> names = new ArrayList<>();
            for (Statement s : e.listProperties(RDFS.label).toList()) if (lang.equals(s.getLanguage())) names.add(s.getString());
            for (Statement s : e.listProperties(SKOS.altLabel).toList()) if (lang.equals(s.getLanguage())) names.add(s.getString());
            if (names.isEmpty()) continue;
            h.append("<tr><th>").append(esc(lang)).append("</th><td lang=\"").append(esc(lang)).append("\">")
                    .append(esc(String.join(" · ", names))).append("</td></tr>");
        }
        h.append("</table></section>");

        h.append("<section id=\"types\"><h2>类型 Types</h2><ul>");
        for (Statement s : e.listProperties(RDF.type).toList()) {
            Resource t = s.getResource();
            h.append("<li>").append(link(t.getURI(), termLabel(t))).append("</li>");
        }
        h.append("</ul></section>");

        h.append("<section id=\"facts\"><h2>事实 Facts</h2><table>");
        for (Statement s : sorted(e.listProperties().toList())) {
            if (s.getPredicate().equals(RDF.type) || s.getPredicate().equals(RDFS.label) || s.getPredicate().equals(SKOS.altLabel)) continue;
            h.append("<tr><th>").append(link(s.getPredicate().getURI(), termLabel(s.getPredicate()))).append("</th><td>")
                    .append(value(s.getObject())).append("</td></tr>");
        }
        h.append("</table></section>");

        List<Statement> incoming = sorted(description.listStatements(null, null, e).toList());
        if (!incoming.isEmpty()) {
            h.append("<section id=\"referenced-by\"><h2>被引用 Referenced by</h2><table>");
            for (Statement s : incoming)
                h.append("<tr><td>").append(value(s.getSubject())).append("</td><th>")
                        .append(link(s.getPredicate().getURI(), termLabel(s.getPredicate()))).append("</th></tr>");
            h.append("</table></section>");
        }

        if (!meetings.isEmpty()) {
            h.append("<section id=\"timeline\"><h2>会议时间线 Meetings</h2><ol class=\"timeline\">");
            for (EntityDescriber.MeetingRow m : meetings) {
                String dates = m.end() == null || m.end().equals(m.start()) ? m.start() : m.start() + " – " + m.end();
                h.append("<li><time>").append(esc(dates)).append("</time> ")
                        .append(link(m.meeting(), m.label() == null ? m.meeting() : m.label()))
                        .append(" <span class=\"role\">").append(esc(m.role())).append("</span>");
                if (m.place() != null) h.append(" <span class=\"place\">").append(esc(m.place())).append("</span>");
                h.append("</li>");
            }
            h.append("</ol></section>");
        }

        h.append("<section id=\"sources\"><h2>来源 Sources</h2><table><tr><th>事实 Fact</th><th>文章 Article</th><th>原文 Evidence</th></tr>");
        for (EntityDescriber.Source s : sources) {
            String other = iri.equals(s.subject()) ? s.object() : s.subject();
            h.append("<tr><td>").append(link(s.property(), termLabel(ontology.createResource(s.property())))).append(" ")
                    .append(value(description.getRDFNode(org.apache.jena.graph.NodeFactory.createURI(other)), other)).append("</td><td>")
                    .append(esc(s.title() != null ? s.title() : s.file() != null ? s.file() : s.graph())).append("</td><td class=\"evidence\">")
                    .append(s.sentence() == null ? "" : esc(s.sentence())).append("</td></tr>");
        }
        h.append("</table></section>");

        h.append("<section id=\"formats\"><h2>数据 Data</h2><p>");
        for (Representation r : Representation.values())
            if (r != Representation.HTML)
                h.append("<a href=\"").append(esc(docPath)).append('.').append(r.extension()).append("\">").append(esc(r.mediaType())).append("</a> ");
        h.append("</p></section></main><footer><a href=\"/cdkg/sparql\">SPARQL</a> · <a href=\"/ontology\">ontology</a> · ")
                .append("<a href=\"/.well-known/void\">VoID</a> · <a href=\"/dump.trig.gz\">dump</a></footer></body></html>\n");
        return h.toString();
    }

    private String value(RDFNode n) {
        return value(n, n.isURIResource() ? n.asResource().getURI() : null);
    }

    private String value(RDFNode n, String iri) {
        if (n != null && n.isLiteral()) {
            Literal l = n.asLiteral();
            return "<span" + (l.getLanguage().isEmpty() ? "" : " lang=\"" + esc(l.getLanguage()) + "\"") + ">" + esc(l.getLexicalForm()) + "</span>";
        }
        if (iri == null) return "";
        String label = n != null && n.isResource() ? preferredLabel(n.asResource()) : iri;
        return link(iri, label);
    }

    /** Entity IRIs link to this server's pages; others (ontology terms, Wikidata) go where they are. */
    private static String link(String iri, String text) {
        String href = iri.startsWith(Cdo.ID_NS) ? "/id/" + iri.substring(Cdo.ID_NS.length())
                : iri.startsWith(Cdo.NS) ? "/ontology#" + iri.substring(Cdo.NS.length())
                : iri.equals(Cdo.ONTOLOGY_IRI) ? "/ontology" : iri;
        return "<a href=\"" + esc(href) + "\">" + esc(text) + "</a>";
    }

    private String termLabel(Resource term) {
        Resource t = ontology.createResource(term.getURI());
        String zh = null, en = null;
        for (Statement s : t.listProperties(RDFS.label).toList()) {
            if ("zh-Hans".equals(s.getLanguage())) zh = s.getString();
            if ("en".equals(s.getLanguage())) en = s.getString();
        }
        if (zh != null && en != null) return zh + " " + en;
        return zh != null ? zh : en != null ? en : term.getLocalName();
    }

    static String preferredLabel(Resource r) {
        Map<String, String> byLang = new LinkedHashMap<>();
        for (Statement s : r.listProperties(RDFS.label).toList()) byLang.putIfAbsent(s.getLanguage(), s.getString());
        for (String lang : LANGS) if (byLang.containsKey(lang)) return byLang.get(lang);
        if (!byLang.isEmpty()) return byLang.values().iterator().next();
        // Articles have titles rather than labels.
        Statement title = r.getProperty(org.apache.jena.vocabulary.DCTerms.title);
        return title != null ? title.getString() : r.isURIResource() ? r.getURI() : "";
    }

    private static List<Statement> sorted(List<Statement> statements) {
        Map<String, List<Statement>> byProperty = new TreeMap<>();
        for (Statement s : statements) byProperty.computeIfAbsent(s.getPredicate().getURI(), k -> new ArrayList<>()).add(s);
        List<Statement> out = new ArrayList<>();
        for (List<Statement> group : byProperty.values()) {
            group.sort(Comparator.comparing(s -> s.getObject().toString()));
            out.addAll(group);
        }
        return out;
    }

    static String esc(String s) {
        if (s == null) return "";
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
