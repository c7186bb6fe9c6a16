package org.cdkg.graph;

import org.apache.jena.rdf.model.Model;

/** One article's extracted graph and the IRI of the named graph (= the article's IRI) it belongs in. */
public record ArticleGraph(String iri, String contentHash, Model model) {
}
