package org.cdkg.graph;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDFS;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * The labels the ontology gives its terms, read once from {@code ontology/cdkg.ttl}: the names
 * of meeting kinds in the labels made for meetings the text does not name come from there, not
 * from a copy in Java.
 */
final class OntologyLabels {
    private static final Map<String, String> LABELS = load();

    private OntologyLabels() {}

    private static Map<String, String> load() {
        Model m = ModelFactory.createDefaultModel();
        try (InputStream in = OntologyLabels.class.getClassLoader().getResourceAsStream(Cdo.ONTOLOGY_RESOURCE)) {
            if (in == null) throw new IllegalStateException("the ontology " + Cdo.ONTOLOGY_RESOURCE + " is not on the classpath; rebuild cdkg so that it is packaged");
            RDFParser.source(in).lang(Lang.TURTLE).base(Cdo.ONTOLOGY_IRI).parse(m);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> out = new HashMap<>();
        for (Statement st : m.listStatements(null, RDFS.label, (org.apache.jena.rdf.model.RDFNode) null).toList()) {
            Resource s = st.getSubject();
            if (s.isURIResource() && s.getURI().startsWith(Cdo.NS) && st.getObject().isLiteral())
                out.put(s.getURI().substring(Cdo.NS.length()) + "@" + st.getLanguage(), st.getString());
        }
        return out;
    }

    /** The label of cdo:{@code localName} in a language (zh-Hans, zh-Hant, en); the one of cdo:Meeting if it has none. */
    static String of(String localName, String lang) {
        String l = LABELS.get(localName + "@" + lang);
        return l != null ? l : LABELS.getOrDefault("Meeting@" + lang, localName);
    }
}
