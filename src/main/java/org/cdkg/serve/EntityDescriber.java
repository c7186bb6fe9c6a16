package org.cdkg.serve;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.cdkg.graph.Prefixes;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * What the store says about one resource: its description in both directions (what it states,
 * what points at it) with the labels and types of its neighbours, the evidence behind each
 * statement, and the meetings it took part in.
 */
final class EntityDescriber {
    private static final String PREFIXES = """
            PREFIX cdo: <https://w3id.org/cdkg/ontology#>
            PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX oa: <http://www.w3.org/ns/oa#>
            """;

    private static final String DESCRIBE = PREFIXES + """
            CONSTRUCT { ?entity ?p ?o . ?o rdfs:label ?ol . ?o a ?ot . ?s ?q ?entity . ?s rdfs:label ?sl . ?s a ?st . ?s dcterms:title ?stitle . }
            WHERE {
              { ?entity ?p ?o OPTIONAL { ?o rdfs:label ?ol } OPTIONAL { ?o a ?ot } }
              UNION
              { ?s ?q ?entity FILTER(?q NOT IN (rdf:subject, rdf:object, oa:hasBody))
                OPTIONAL { ?s rdfs:label ?sl } OPTIONAL { ?s a ?st } OPTIONAL { ?s dcterms:title ?stitle } }
            }""";

    /** Each statement about the entity, the article graph that makes it, and the sentence that says so. */
    private static final String SOURCES = PREFIXES + """
            SELECT ?s ?p ?o ?g ?file ?title ?exact WHERE {
              GRAPH ?g {
                { ?entity ?p ?o BIND(?entity AS ?s) } UNION { ?s ?p ?entity BIND(?entity AS ?o) }
                FILTER(?p NOT IN (rdf:type, rdfs:label, skos:altLabel, cdo:mentions, rdf:subject, rdf:object, oa:hasBody, oa:hasSource))
                OPTIONAL {
                  ?st rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o .
                  ?ann oa:hasBody ?st ; oa:hasTarget/oa:hasSelector ?sel . ?sel oa:exact ?exact .
                }
              }
              OPTIONAL { GRAPH ?g { ?g cdo:sourceFile ?file OPTIONAL { ?g dcterms:title ?title } } }
            } ORDER BY ?p ?file""";

    private static final String MEETINGS = PREFIXES + """
            SELECT ?m ?start ?end ?role (SAMPLE(?l) AS ?label) (SAMPLE(?pl) AS ?place) WHERE {
              VALUES (?prop ?role) { (cdo:participant "participant") (cdo:coChair "co-chair") (cdo:host "host") (cdo:location "place") }
              ?m ?prop ?entity ; cdo:startDate ?start .
              OPTIONAL { ?m cdo:endDate ?end }
              OPTIONAL { ?m rdfs:label ?l FILTER(lang(?l) = "zh-Hans") }
              OPTIONAL { ?m cdo:location/rdfs:label ?pl FILTER(lang(?pl) = "zh-Hans") }
            } GROUP BY ?m ?start ?end ?role ORDER BY ?start""";

    record Source(String subject, String property, String object, String graph, String file, String title, String sentence) {}

    record MeetingRow(String meeting, String start, String end, String role, String label, String place) {}

    /** The queries name the entity ?entity; it is replaced by the (validated) IRI. */
    private final Dataset dataset;

    EntityDescriber(Dataset dataset) {
        this.dataset = dataset;
    }

    boolean exists(String iri) {
        Query q = QueryFactory.create("ASK { { <" + iri + "> ?p ?o } UNION { ?s ?p <" + iri + "> } }");
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution qe = exec(q)) {
                return qe.execAsk();
            }
        });
    }

    Model describe(String iri) {
        Query q = QueryFactory.create(DESCRIBE.replace("?entity", "<" + iri + ">"));
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution qe = exec(q)) {
                Model m = qe.execConstruct();
                m.setNsPrefixes(Prefixes.map());
                return m;
            }
        });
    }

    List<Source> sources(String iri) {
        return select(SOURCES.replace("?entity", "<" + iri + ">"), s -> new Source(
                text(s.get("s")), text(s.get("p")), text(s.get("o")), text(s.get("g")),
                text(s.get("file")), text(s.get("title")), text(s.get("exact"))));
    }

    List<MeetingRow> meetings(String iri) {
        return select(MEETINGS.replace("?entity", "<" + iri + ">"), s -> new MeetingRow(
                text(s.get("m")), text(s.get("start")), text(s.get("end")), text(s.get("role")), text(s.get("label")), text(s.get("place"))));
    }

    private <T> List<T> select(String query, Function<QuerySolution, T> row) {
        Query q = QueryFactory.create(query);
        return Txn.calculateRead(dataset, () -> {
            List<T> out = new ArrayList<>();
            try (QueryExecution qe = exec(q)) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) out.add(row.apply(rs.next()));
            }
            return out;
        });
    }

    private QueryExecution exec(Query q) {
        return QueryExecution.dataset(dataset).query(q).set(TDB2.symUnionDefaultGraph, true).build();
    }

    private static String text(RDFNode n) {
        if (n == null) return null;
        return n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString();
    }
}
