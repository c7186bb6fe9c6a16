package org.cdkg.serve;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.cdkg.graph.Cdo;

/** The VoID description of the served dataset, computed from the store, and the ontology as served. */
final class DatasetDescription {
    static final String VOID = "http://rdfs.org/ns/void#";
    private static final String COUNTS = """
            SELECT ?class (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?class FILTER(STRSTARTS(STR(?class), "https://w3id.org/cdkg/ontology#")) }
            GROUP BY ?class ORDER BY ?class""";

    private final Dataset dataset;
    private final Model ontology;

    DatasetDescription(Dataset dataset, Model ontology) {
        this.dataset = dataset;
        this.ontology = ontology;
    }

    Model ontology() {
        return ontology;
    }

    Model voidDescription(String base) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("void", VOID);
        m.setNsPrefix("dcterms", DCTerms.NS);
        m.setNsPrefix("cdo", Cdo.NS);
        Resource ds = m.createResource(base + "/.well-known/void#cdkg");
        ds.addProperty(RDF.type, m.createResource(VOID + "Dataset"));
        ds.addProperty(DCTerms.title, "cdkg — climate-diplomacy knowledge graph", "en");
        ds.addProperty(DCTerms.title, "cdkg — 气候外交知识图谱", "zh-Hans");
        ds.addProperty(DCTerms.description, "Envoys, agencies, meetings, COP sessions and agreements extracted from news articles, one named graph per article.", "en");
        ds.addProperty(p(m, "sparqlEndpoint"), m.createResource(base + "/cdkg/sparql"));
        ds.addProperty(p(m, "dataDump"), m.createResource(base + "/dump.trig.gz"));
        ds.addProperty(p(m, "dataDump"), m.createResource(base + "/dump.nq.gz"));
        ds.addProperty(p(m, "uriSpace"), Cdo.ID_NS);
        ds.addProperty(p(m, "vocabulary"), m.createResource(Cdo.NS));
        ds.addProperty(p(m, "rootResource"), m.createResource(Cdo.ONTOLOGY_IRI));
        Txn.executeRead(dataset, () -> {
            long quads = org.apache.jena.atlas.iterator.Iter.count(dataset.asDatasetGraph().find());
            ds.addLiteral(p(m, "triples"), m.createTypedLiteral(String.valueOf(quads), XSDDatatype.XSDinteger));
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(COUNTS).set(TDB2.symUnionDefaultGraph, true).build()) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    QuerySolution s = rs.next();
                    Resource partition = m.createResource();
                    partition.addProperty(p(m, "class"), s.getResource("class"));
                    partition.addLiteral(p(m, "entities"), s.getLiteral("n"));
                    ds.addProperty(p(m, "classPartition"), partition);
                }
            }
        });
        return m;
    }

    private static Property p(Model m, String local) {
        return m.createProperty(VOID + local);
    }
}
