package org.cdkg.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.cdkg.graph.Cdo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Precision and recall of one article's graph against what a careful reader takes from it
 * (its .expected.json), per relation. Meetings are matched one to one: each expected meeting to
 * the dated graph meeting with its first and last day whose people and place agree best; a dated
 * graph meeting no expected one takes is an error, and so is every person in a role, place and
 * fact the reader did not find.
 */
final class OwnArticleScores {
    /** The relations scored, in the order the report prints them. */
    static final List<String> RELATIONS = List.of("meetings", "meeting dates", "meeting location", "meeting participants", "meeting co-chairs", "facts", "posts");

    /** Counts of one relation. */
    static final class Count {
        int tp, fp, fn;

        void add(Count o) { tp += o.tp; fp += o.fp; fn += o.fn; }
        double precision() { return tp + fp == 0 ? 1 : (double) tp / (tp + fp); }
        double recall() { return tp + fn == 0 ? 1 : (double) tp / (tp + fn); }
        double f1() { double p = precision(), r = recall(); return p + r == 0 ? 0 : 2 * p * r / (p + r); }
    }

    final Map<String, Count> counts = new LinkedHashMap<>();
    /** Graph meetings without a date: not judged, since the articles' readers list dated meetings. */
    int undated;
    /** Each error, for -Dcdkg.verbose=true. */
    final List<String> errors = new ArrayList<>();

    OwnArticleScores() {
        for (String r : RELATIONS) counts.put(r, new Count());
    }

    void add(OwnArticleScores o) {
        o.counts.forEach((k, c) -> counts.get(k).add(c));
        undated += o.undated;
        errors.addAll(o.errors);
    }

    static OwnArticleScores of(Model m, JsonNode want) {
        OwnArticleScores s = new OwnArticleScores();
        s.meetings(m, want);
        s.facts(m, want);
        s.posts(m, want);
        return s;
    }

    private void meetings(Model m, JsonNode want) {
        List<Resource> dated = new ArrayList<>();
        for (Resource r : m.listSubjectsWithProperty(RDF.type, Cdo.Meeting).toList()) {
            if (r.hasProperty(RDF.type, Cdo.COPSession)) continue;
            if (r.hasProperty(Cdo.startDate)) dated.add(r); else undated++;
        }
        Set<Resource> used = new HashSet<>();
        Count meetings = counts.get("meetings"), dates = counts.get("meeting dates");
        for (JsonNode mt : want.path("meetings")) {
            Resource best = null;
            int bestScore = -1;
            for (Resource r : dated) {
                if (used.contains(r) || !r.getProperty(Cdo.startDate).getString().equals(mt.get("start").asText())) continue;
                int score = agreement(r, mt);
                if (score > bestScore) { best = r; bestScore = score; }
            }
            if (best == null) {
                meetings.fn++;
                dates.fn++;
                counts.get("meeting participants").fn += mt.path("participants").size();
                counts.get("meeting co-chairs").fn += mt.path("coChairs").size();
                if (!mt.path("location").isNull()) counts.get("meeting location").fn++;
                continue;
            }
            used.add(best);
            meetings.tp++;
            boolean endRight = best.hasProperty(Cdo.endDate) && best.getProperty(Cdo.endDate).getString().equals(mt.get("end").asText());
            if (endRight) dates.tp++; else { dates.fp++; dates.fn++; }
            roles(best, Cdo.participant, mt.path("participants"), counts.get("meeting participants"));
            roles(best, Cdo.coChair, mt.path("coChairs"), counts.get("meeting co-chairs"));
            Count loc = counts.get("meeting location");
            List<Resource> places = best.listProperties(Cdo.location).toList().stream().map(Statement::getResource).toList();
            JsonNode l = mt.get("location");
            boolean wanted = l != null && !l.isNull();
            boolean right = wanted && places.stream().anyMatch(p -> named(p, l.asText()));
            if (right) loc.tp++;
            else if (wanted) loc.fn++;
            for (Resource p : places) if (!wanted || !named(p, l.asText())) {
                loc.fp++;
                errors.add("extra location " + p.getURI() + " of " + best.getURI());
            }
        }
        for (Resource r : dated) if (!used.contains(r)) {
            meetings.fp++;
            errors.add("extra meeting " + r.getURI());
        }
    }

    /** How many of an expected meeting's people and place a graph meeting has: which of two same-day meetings it is. */
    private static int agreement(Resource r, JsonNode mt) {
        int n = 0;
        for (JsonNode p : mt.path("participants"))
            for (Statement st : r.listProperties(Cdo.participant).toList()) if (named(st.getResource(), p.asText())) n++;
        JsonNode l = mt.get("location");
        if (l != null && !l.isNull())
            for (Statement st : r.listProperties(Cdo.location).toList()) if (named(st.getResource(), l.asText())) n++;
        return n;
    }

    /** People in a role: each expected one found is right, each one missing is missed, each other person is wrong. */
    private void roles(Resource meeting, Property p, JsonNode names, Count c) {
        List<Resource> people = meeting.listProperties(p).toList().stream().map(Statement::getResource)
                .filter(x -> x.hasProperty(RDF.type, Cdo.Person)).toList();
        for (JsonNode n : names) {
            if (people.stream().anyMatch(x -> named(x, n.asText()))) c.tp++; else c.fn++;
        }
        for (Resource x : people) {
            boolean expected = false;
            for (JsonNode n : names) expected |= named(x, n.asText());
            if (!expected) {
                c.fp++;
                errors.add("extra " + p.getLocalName() + " " + x.getURI() + " of " + meeting.getURI());
            }
        }
    }

    private static final List<String> FACT_PROPERTIES = List.of("succeeded", "presidency", "party", "signatory");

    private void facts(Model m, JsonNode want) {
        Count c = counts.get("facts");
        Set<Statement> matched = new HashSet<>();
        for (JsonNode f : want.path("facts")) {
            Property p = m.createProperty(Cdo.NS + f.get("p").asText());
            Statement found = null;
            for (Statement st : m.listStatements(null, p, (RDFNode) null).toList())
                if (st.getObject().isResource() && named(st.getSubject(), f.get("s").asText()) && named(st.getResource(), f.get("o").asText())) found = st;
            if (found != null) { c.tp++; matched.add(found); } else c.fn++;
        }
        for (String name : FACT_PROPERTIES)
            for (Statement st : m.listStatements(null, m.createProperty(Cdo.NS + name), (RDFNode) null).toList())
                if (!matched.contains(st)) {
                    c.fp++;
                    errors.add("extra fact " + st.getSubject().getLocalName() + " " + name + " " + st.getResource().getLocalName());
                }
    }

    /** Posts are scored for recall only: the reader lists the posts a person is given, not every way of writing them. */
    private void posts(Model m, JsonNode want) {
        Count c = counts.get("posts");
        for (JsonNode pos : want.path("positions")) {
            boolean found = false;
            for (Statement l : m.listStatements(null, Cdo.holdsPosition, (RDFNode) null).toList()) {
                if (!named(l.getSubject(), pos.get("person").asText())) continue;
                for (Statement label : l.getResource().listProperties(RDFS.label).toList())
                    found |= OwnArticlesTest.norm(label.getString()).contains(OwnArticlesTest.norm(pos.get("contains").asText()));
            }
            if (found) c.tp++; else c.fn++;
        }
    }

    static boolean named(Resource r, String name) {
        String n = OwnArticlesTest.norm(name);
        for (Property p : List.of(RDFS.label, SKOS.altLabel))
            for (Statement st : r.listProperties(p).toList()) if (OwnArticlesTest.norm(st.getString()).equals(n)) return true;
        return false;
    }

    /** The report: one line per relation with its counts and P/R/F1. */
    String table() {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%-22s %5s %5s %5s %7s %7s %7s%n", "relation", "tp", "fp", "fn", "P", "R", "F1"));
        counts.forEach((k, c) -> b.append(String.format(Locale.ROOT, "%-22s %5d %5d %5d %7.3f %7.3f %7.3f%n", k, c.tp, c.fp, c.fn, c.precision(), c.recall(), c.f1())));
        b.append(String.format(Locale.ROOT, "(%d undated meetings not judged)%n", undated));
        return b.toString();
    }
}
