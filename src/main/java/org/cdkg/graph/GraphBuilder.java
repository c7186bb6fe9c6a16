package org.cdkg.graph;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.cdkg.document.Article;
import org.cdkg.document.DateRange;
import org.cdkg.document.Entity;
import org.cdkg.document.EntityType;
import org.cdkg.document.Evidence;
import org.cdkg.document.Fact;
import org.cdkg.document.Meeting;
import org.cdkg.document.Mention;
import org.cdkg.document.PositionHolding;
import org.cdkg.document.Sentence;
import org.cdkg.recognise.ChineseScript;
import org.cdkg.recognise.EntityKeys;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sixth stage: maps an annotated article onto the ontology. Everything goes into the
 * article's own graph, so replacing that graph replaces all the article said. Entity IRIs
 * come from entity keys and are the same in every article; meeting IRIs from what identifies
 * a meeting (dates, kind, body, sides), so two articles reporting it meet on one node.
 */
public final class GraphBuilder {
    /** How many people an unnamed meeting's label names before "and others". */
    private static final int LABEL_PEOPLE = 3;
    private static final String WIKIDATA = "http://www.wikidata.org/entity/";
    /**
     * Language-tagged literals by language, then text: the gazetteer's names are labels in every
     * article that names them, and making a literal node normalises its tag and hashes it. Nodes
     * are immutable, so one serves every model and every thread; a language's cache is emptied
     * when full.
     */
    private static final Map<String, Map<String, Node>> LABELS = new ConcurrentHashMap<>();
    private static final int MAX_LANGUAGES = 16, MAX_LABELS = 50_000, MAX_LABEL_LENGTH = 200;
    /** xsd:decimal confidence literals by value: a handful of values, set by the rules. */
    private static final Map<Double, Node> CONFIDENCES = new ConcurrentHashMap<>();
    private static final int MAX_CONFIDENCES = 1_000;

    /**
     * A file name the slug alone stands for: lower-case words joined by underscores, then an extension
     * (000_91bb6cd80cc773ee.txt). The slug folds case and makes every run of - _ . one hyphen, so only
     * one spelling of each slug can go without a hash; every other name (A.txt beside a.txt, a-b.txt
     * beside a_b.txt, a_txt beside a.txt) is told apart by a hash of itself.
     */
    private static final java.util.regex.Pattern PLAIN_FILE_NAME = java.util.regex.Pattern.compile("[a-z0-9]+(?:_[a-z0-9]+)*\\.[a-z0-9]+");

    /** The IRI of the article read from a file of this name; different names give different IRIs. */
    public static String articleIri(String fileName) {
        String slug = EntityKeys.slug(fileName);
        boolean lossless = PLAIN_FILE_NAME.matcher(fileName).matches() && slug.equals(fileName.replace('_', '-').replace('.', '-'));
        if (!lossless || slug.isEmpty()) slug = (slug.isEmpty() ? "article" : slug) + "-" + EntityKeys.hash(fileName);
        return Cdo.ID_NS + "article/" + slug;
    }

    /**
     * A page's own address as a well-formed xsd:anyURI. Pages and front matter give addresses with a
     * stray % or a second # (https://example.org/100%, …#a#b); those are percent-encoded, as a browser
     * would send them, rather than written as an ill-formed literal. Any character still in the way is
     * encoded too.
     */
    private static final java.util.regex.Pattern SCHEME = java.util.regex.Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*://");

    static String anyUri(String url) {
        if (XSDDatatype.XSDanyURI.isValid(url)) return url;
        StringBuilder b = new StringBuilder(url.length() + 16);
        boolean fragment = false;
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            boolean escape = c == '%' && !(i + 2 < url.length() && hex(url.charAt(i + 1)) && hex(url.charAt(i + 2)));
            if (escape || c == '#' && fragment) b.append(c == '%' ? "%25" : "%23");
            else b.append(c);
            fragment |= c == '#';
        }
        if (XSDDatatype.XSDanyURI.isValid(b.toString())) return b.toString();
        java.util.regex.Matcher scheme = SCHEME.matcher(url);
        int cut = scheme.lookingAt() ? scheme.end() : 0;
        return url.substring(0, cut)
                + java.net.URLEncoder.encode(url.substring(cut), java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20").replace("%2F", "/");
    }

    private static boolean hex(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }

    public ArticleGraph build(Article a) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("cdo", Cdo.NS);
        m.setNsPrefix("id", Cdo.ID_NS);
        String iri = articleIri(a.fileName());
        Resource art = m.createResource(iri);
        art.addProperty(RDF.type, Cdo.Article);
        art.addProperty(Cdo.sourceFile, a.fileName());
        art.addProperty(Cdo.contentHash, a.contentHash());
        var meta = a.metadata();
        if (meta.title() != null) art.addProperty(DCTerms.title, meta.title());
        if (a.body() != null && !a.body().text().isBlank()) art.addProperty(Cdo.articleBody, a.body().text());
        if (meta.published() != null) {
            art.addLiteral(Cdo.publishedDate, meta.publishedDateTime() != null
                    ? m.createTypedLiteral(meta.publishedDateTime(), XSDDatatype.XSDdateTime)
                    : m.createTypedLiteral(meta.published().toString(), XSDDatatype.XSDdate));
        }
        if (meta.sourceUrl() != null) art.addLiteral(Cdo.sourceUrl, m.createTypedLiteral(anyUri(meta.sourceUrl()), XSDDatatype.XSDanyURI));
        if (meta.publisher() != null) art.addProperty(Cdo.publisherName, meta.publisher());
        if (meta.author() != null) art.addProperty(Cdo.author, meta.author());
        Set<String> langs = new TreeSet<>();
        for (Sentence s : a.sentences()) langs.add(s.lang() == Sentence.Lang.EN ? "en" : "zh");
        for (String l : langs) art.addProperty(Cdo.language, l);

        Set<String> mentioned = new LinkedHashSet<>();
        for (Mention mention : a.mentions()) mentioned.add(mention.entityKey());
        for (Fact f : a.facts()) { mentioned.add(f.subject()); mentioned.add(f.object()); }
        for (String key : mentioned) {
            Entity e = a.entities().get(key);
            if (e == null) continue;
            Resource r = entity(m, e);
            art.addProperty(Cdo.mentions, r);
        }
        // Things a meeting refers to without the text naming them (the host city of a COP) are described too.
        for (Meeting mt : a.meetings()) {
            Set<String> refs = new LinkedHashSet<>(mt.participants());
            refs.addAll(mt.hosts());
            if (mt.location() != null) refs.add(mt.location());
            for (String k : refs) if (!mentioned.contains(k) && a.entities().containsKey(k)) entity(m, a.entities().get(k));
        }
        Evidences ev = new Evidences(m, a, art, iri);
        for (PositionHolding p : a.positions()) {
            Resource person = m.createResource(Cdo.ID_NS + p.person());
            String simplified = ChineseScript.simplified(p.title());
            Resource post = m.createResource(Cdo.ID_NS + EntityKeys.of("position", simplified));
            post.addProperty(RDF.type, Cdo.Position);
            post.addProperty(RDFS.label, p.title(), p.lang());
            if (p.lang().equals("zh-Hant")) post.addProperty(RDFS.label, simplified, "zh-Hans");
            person.addProperty(Cdo.holdsPosition, post);
            post.addProperty(Cdo.heldBy, person);
            ev.statement(person, Cdo.holdsPosition, post, p.evidence());
        }
        Map<Meeting, String> iris = meetingIris(a);
        for (Meeting mt : a.meetings()) meeting(m, a, mt, iris.get(mt), ev);
        for (Fact f : a.facts()) {
            Resource s = m.createResource(Cdo.ID_NS + f.subject());
            Property p = m.createProperty(Cdo.NS + f.property());
            Resource o = m.createResource(Cdo.ID_NS + f.object());
            s.addProperty(p, o);
            ev.statement(s, p, o, f.evidence());
        }
        return new ArticleGraph(iri, a.contentHash(), m);
    }

    private static Resource entity(Model m, Entity e) {
        Resource r = m.createResource(Cdo.ID_NS + e.key());
        for (EntityType t = e.type(); t != null; t = t.parent()) r.addProperty(RDF.type, classOf(t.className()));
        if (e.type() == EntityType.COP_SESSION) r.addProperty(RDF.type, Cdo.Meeting);
        for (Map.Entry<String, String> l : e.labels().entrySet()) addLabel(m, r, RDFS.label, l.getValue(), l.getKey());
        simplifiedLabel(r, e.labels().get("zh-Hans"), e.labels().get("zh-Hant"));
        for (String[] alt : e.altLabelPairs()) addLabel(m, r, SKOS.altLabel, alt[1], alt[0]);
        if (e.qid() != null) r.addProperty(OWL.sameAs, m.createResource(WIKIDATA + e.qid()));
        if (e.facts().get("copNumber") instanceof Number n) {
            r.addLiteral(Cdo.copNumber, m.createTypedLiteral(BigDecimal.valueOf(n.longValue()).toBigInteger()));
            r.addLiteral(Cdo.ordinal, m.createTypedLiteral(BigDecimal.valueOf(n.longValue()).toBigInteger()));
        }
        if (e.facts().get("convention") instanceof String c) r.addProperty(Cdo.convention, m.createResource(Cdo.ID_NS + c));
        return r;
    }

    private static void meeting(Model m, Article a, Meeting mt, String iri, Evidences ev) {
        Resource r = m.createResource(iri);
        r.addProperty(RDF.type, Cdo.Meeting);
        if (!mt.kind().equals("Meeting")) r.addProperty(RDF.type, classOf(mt.kind()));
        DateRange dates = mt.dates();
        if (dates == null) {
            r.addProperty(Cdo.dateBasis, Cdo.Undated);
        } else if (!dates.exact()) {
            // 日前, recently: only the latest day it can have been is known.
            r.addLiteral(Cdo.notAfter, m.createTypedLiteral(dates.last().toString(), XSDDatatype.XSDdate));
            r.addProperty(Cdo.dateBasis, classOf(dates.basis().individual()));
        } else {
            r.addLiteral(Cdo.startDate, m.createTypedLiteral(dates.first().toString(), XSDDatatype.XSDdate));
            r.addLiteral(Cdo.endDate, m.createTypedLiteral(dates.last().toString(), XSDDatatype.XSDdate));
            r.addProperty(Cdo.dateBasis, classOf(dates.basis().individual()));
        }
        boolean named = false;
        String hans = null, hant = null;
        for (String n : mt.names()) {
            String[] ln = n.split("\u0000", 2);
            if (ln[0].equals("zh-Hans") && hans == null) hans = ln[1];
            if (ln[0].equals("zh-Hant") && hant == null) hant = ln[1];
        }
        if (hans == null && hant != null) mt.addName("zh-Hans", ChineseScript.simplified(hant));
        for (String n : mt.names()) {
            String[] ln = n.split("\u0000", 2);
            if (!r.hasProperty(RDFS.label, m.createLiteral(ln[1], ln[0])) && !hasLabelIn(r, ln[0])) {
                r.addProperty(RDFS.label, ln[1], ln[0]);
                named = true;
            } else r.addProperty(SKOS.altLabel, ln[1], ln[0]);
        }
        if (!named) {
            // A meeting without a name is called by what it was, who met, where and when: 会谈（克里、解振华；上海，2021-04-15）.
            String when = dates == null ? "" : dates.exact() ? dates.first().toString() : "≤" + dates.last();
            for (String lang : List.of("zh-Hans", "en")) {
                boolean zh = lang.startsWith("zh");
                List<String> people = new java.util.ArrayList<>();
                for (String p : mt.participants())
                    if (p.startsWith("person/") && people.size() < LABEL_PEOPLE) people.add(labelOf(a, p, lang));
                people.removeIf(String::isEmpty);
                long more = mt.participants().stream().filter(p -> p.startsWith("person/")).count() - people.size();
                String who = String.join(zh ? "、" : ", ", people) + (more > 0 ? (zh ? "等" : " and others") : "");
                String where = mt.location() == null ? "" : labelOf(a, mt.location(), lang);
                String placeTime = String.join(zh ? "，" : ", ", nonEmpty(where, when));
                String inside = String.join(zh ? "；" : "; ", nonEmpty(who, placeTime));
                String kind = zh ? OntologyLabels.of(mt.kind(), lang) : capitalised(OntologyLabels.of(mt.kind(), lang));
                r.addProperty(RDFS.label, kind + (inside.isEmpty() ? "" : zh ? "（" + inside + "）" : " (" + inside + ")"), lang);
            }
        }
        if (mt.location() != null) r.addProperty(Cdo.location, m.createResource(Cdo.ID_NS + mt.location()));
        role(m, r, Cdo.host, mt.hosts(), mt, ev);
        role(m, r, Cdo.coChair, mt.coChairs(), mt, ev);
        role(m, r, Cdo.participant, mt.participants(), mt, ev);
        if (mt.meetingOf() != null) r.addProperty(Cdo.meetingOf, m.createResource(Cdo.ID_NS + mt.meetingOf()));
        if (mt.online() != null) r.addLiteral(Cdo.online, mt.online().booleanValue());
        if (mt.ordinal() != null && mt.ordinal() > 0) r.addLiteral(Cdo.ordinal, m.createTypedLiteral(java.math.BigInteger.valueOf(mt.ordinal())));
        for (Evidence e : mt.evidence()) ev.about(r, e);
    }

    private static List<String> nonEmpty(String... parts) {
        List<String> out = new java.util.ArrayList<>();
        for (String p : parts) if (!p.isEmpty()) out.add(p);
        return out;
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** Each role triple gets the sentence that states it, so "which article says so" has an answer. */
    private static void role(Model m, Resource meeting, Property p, Set<String> keys, Meeting mt, Evidences ev) {
        for (String k : keys) {
            Resource o = m.createResource(Cdo.ID_NS + k);
            meeting.addProperty(p, o);
            Evidence e = mt.roleEvidence().get(p.getLocalName() + "|" + k);
            if (e != null) ev.statement(meeting, p, o, e);
        }
    }

    /** As {@code r.addProperty(p, text, lang)}, with the literal node from {@link #LABELS}. */
    private static void addLabel(Model m, Resource r, Property p, String text, String lang) {
        if (text.length() > MAX_LABEL_LENGTH) {
            r.addProperty(p, text, lang);
            return;
        }
        Map<String, Node> inLang = LABELS.get(lang);
        if (inLang == null) {
            // Languages are the few tags the stages use; anything past that many is not cached.
            if (LABELS.size() >= MAX_LANGUAGES) {
                r.addProperty(p, text, lang);
                return;
            }
            inLang = LABELS.computeIfAbsent(lang, l -> new ConcurrentHashMap<>());
        }
        Node literal = inLang.get(text);
        if (literal == null) {
            literal = NodeFactory.createLiteralLang(text, lang);
            if (inLang.size() >= MAX_LABELS) inLang.clear();
            inLang.put(text, literal);
        }
        m.getGraph().add(Triple.create(r.asNode(), p.asNode(), literal));
    }

    /** Text written in traditional script still gets a simplified label, the form most queries ask for. */
    private static void simplifiedLabel(Resource r, String hans, String hant) {
        if (hans == null && hant != null) r.addProperty(RDFS.label, ChineseScript.simplified(hant), "zh-Hans");
    }

    private static boolean hasLabelIn(Resource r, String lang) {
        return r.listProperties(RDFS.label).toList().stream().anyMatch(s -> s.getLanguage().equals(lang));
    }

    private static String labelOf(Article a, String key, String lang) {
        Entity e = a.entities().get(key);
        if (e == null) return "";
        String l = e.labels().get(lang);
        if (l == null && lang.equals("zh-Hans") && e.labels().get("zh-Hant") != null) l = ChineseScript.simplified(e.labels().get("zh-Hant"));
        return l != null ? l : e.labels().values().stream().findFirst().orElse("");
    }

    /**
     * The IRIs of an article's meetings. Two meetings the article keeps apart may still agree on
     * days, kind and sides (Modi met Sharma; Javadekar met Sharma that day): those are told apart
     * by their people too, so that the graph does not join what the relation stage separated.
     */
    static Map<Meeting, String> meetingIris(Article a) {
        Map<Meeting, String> out = new java.util.IdentityHashMap<>();
        Map<String, Integer> uses = new HashMap<>();
        for (Meeting mt : a.meetings()) uses.merge(meetingIri(a, mt, false), 1, Integer::sum);
        for (Meeting mt : a.meetings()) {
            String iri = meetingIri(a, mt, false);
            out.put(mt, uses.get(iri) > 1 ? meetingIri(a, mt, true) : iri);
        }
        return out;
    }

    /**
     * What identifies a meeting: its first and last day, its kind, the body it is a meeting of,
     * and the countries whose people take part. Two reports of it agree on these. A meeting the
     * article does not date is known only by its article, kind and people; one dated only "not
     * after" a day, by that day as well.
     * {@code byPeople} adds the people, for meetings the sides alone do not tell apart.
     */
    private static String meetingIri(Article a, Meeting mt, boolean byPeople) {
        Set<String> sides = new TreeSet<>();
        for (String p : mt.participants()) {
            Entity e = a.entities().get(p);
            if (e == null) continue;
            if (e.type() == EntityType.COUNTRY) sides.add(p);
            else if (e.facts().get("country") instanceof String c) sides.add(c);
        }
        DateRange d = mt.dates();
        if (d == null || !d.exact()) {
            String key = articleIri(a.fileName()) + "|" + (d == null ? "" : "≤" + d.last()) + "|" + mt.kind() + "|" + mt.meetingOf() + "|" + mt.location()
                    + "|" + String.join(",", new TreeSet<>(mt.participants()));
            return Cdo.ID_NS + "meeting/" + (d == null ? "undated" : "before-" + d.last()) + "-" + EntityKeys.slug(mt.kind()) + "-" + EntityKeys.hash(key);
        }
        String key = d.first() + "|" + d.last() + "|" + mt.kind() + "|" + mt.meetingOf() + "|" + String.join(",", sides);
        if (mt.meetingOf() == null && sides.isEmpty() || byPeople) key += "|" + mt.location() + "|" + String.join(",", new TreeSet<>(mt.participants()));
        return Cdo.ID_NS + "meeting/" + d.first() + "-" + EntityKeys.slug(mt.kind()) + "-" + EntityKeys.hash(key);
    }

    static Resource classOf(String className) {
        return ResourceFactory.createResource(Cdo.NS + className);
    }

    /** Writes Web Annotation evidence: which sentence of the article, at which offsets, by which rule. */
    private static final class Evidences {
        private final Model m;
        private final Article a;
        private final Resource article;
        private final String base;
        /** Whether the original has characters outside the BMP: only then do offsets in code points differ from offsets in chars. */
        private final boolean supplementary;
        private int n;

        Evidences(Model m, Article a, Resource article, String base) {
            this.m = m;
            this.a = a;
            this.article = article;
            this.base = base;
            String orig = a.original();
            boolean surrogates = false;
            for (int i = 0; i < orig.length() && !surrogates; i++) surrogates = Character.isSurrogate(orig.charAt(i));
            this.supplementary = surrogates;
        }

        /** {@code original.codePointCount(0, Math.min(offset, original.length()))}. */
        private int codePoints(String original, int offset) {
            int end = Math.min(offset, original.length());
            return supplementary ? original.codePointCount(0, end) : end;
        }

        private Node confidence(double c) {
            Node literal = CONFIDENCES.get(c);
            if (literal == null) {
                literal = m.createTypedLiteral(BigDecimal.valueOf(c)).asNode();
                if (CONFIDENCES.size() < MAX_CONFIDENCES) CONFIDENCES.put(c, literal);
            }
            return literal;
        }

        void statement(Resource s, Property p, Resource o, Evidence e) {
            Resource st = m.createResource(base + "#statement-" + (++n));
            st.addProperty(RDF.type, RDF.Statement);
            st.addProperty(RDF.subject, s);
            st.addProperty(RDF.predicate, p);
            st.addProperty(RDF.object, o);
            about(st, e);
        }

        void about(Resource body, Evidence e) {
            int k = ++n;
            Resource ann = m.createResource(base + "#evidence-" + k);
            ann.addProperty(RDF.type, Oa.Annotation);
            ann.addProperty(Oa.hasBody, body);
            m.getGraph().add(Triple.create(ann.asNode(), Cdo.confidence.asNode(), confidence(e.confidence())));
            ann.addProperty(Cdo.extractedBy, e.rule());
            Resource target = m.createResource(base + "#evidence-" + k + "-target");
            ann.addProperty(Oa.hasTarget, target);
            target.addProperty(RDF.type, Oa.SpecificResource);
            target.addProperty(Oa.hasSource, article);
            Resource pos = m.createResource(base + "#evidence-" + k + "-position");
            pos.addProperty(RDF.type, Oa.TextPositionSelector);
            String orig = a.original();
            int startChar = a.body().originOf(e.start()), endChar = a.body().originEnd(e.end());
            Literal start = m.createTypedLiteral(java.math.BigInteger.valueOf(codePoints(orig, startChar)));
            Literal end = m.createTypedLiteral(java.math.BigInteger.valueOf(codePoints(orig, endChar)));
            pos.addLiteral(Oa.start, start);
            pos.addLiteral(Oa.end, end);
            Resource quote = m.createResource(base + "#evidence-" + k + "-quote");
            quote.addProperty(RDF.type, Oa.TextQuoteSelector);
            quote.addProperty(Oa.exact, e.text());
            target.addProperty(Oa.hasSelector, pos);
            target.addProperty(Oa.hasSelector, quote);
        }
    }

}
