package org.cdkg.graph;

import java.util.LinkedHashMap;
import java.util.Map;

/** The prefixes written into RDF output, so files and answers read well. */
public final class Prefixes {
    private Prefixes() {}

    public static Map<String, String> map() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("cdo", Cdo.NS);
        m.put("id", Cdo.ID_NS);
        m.put("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
        m.put("skos", "http://www.w3.org/2004/02/skos/core#");
        m.put("owl", "http://www.w3.org/2002/07/owl#");
        m.put("dcterms", "http://purl.org/dc/terms/");
        m.put("oa", Oa.NS);
        m.put("xsd", "http://www.w3.org/2001/XMLSchema#");
        return m;
    }
}
