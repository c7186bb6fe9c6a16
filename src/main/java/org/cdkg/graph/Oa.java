package org.cdkg.graph;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The terms of the W3C Web Annotation vocabulary ({@value #NS}) that cdkg uses for evidence.
 *
 * <p>An {@link #Annotation} has {@link #hasBody} = the entity or meeting, and {@link #hasTarget}
 * = a {@link #SpecificResource} whose {@link #hasSource} is the article and whose {@link
 * #hasSelector}s are a {@link #TextPositionSelector} ({@link #start}, {@link #end}: character
 * offsets in the original input file) and a {@link #TextQuoteSelector} ({@link #exact}: the
 * evidence sentence). See the header of {@code ontology/cdkg.ttl}.
 */
public final class Oa {

    /** The Web Annotation namespace. */
    public static final String NS = "http://www.w3.org/ns/oa#";

    private Oa() {}

    public static final Resource Annotation = ResourceFactory.createResource(NS + "Annotation");
    public static final Resource SpecificResource = ResourceFactory.createResource(NS + "SpecificResource");
    public static final Resource TextPositionSelector = ResourceFactory.createResource(NS + "TextPositionSelector");
    public static final Resource TextQuoteSelector = ResourceFactory.createResource(NS + "TextQuoteSelector");

    public static final Property hasBody = ResourceFactory.createProperty(NS + "hasBody");
    public static final Property hasTarget = ResourceFactory.createProperty(NS + "hasTarget");
    public static final Property hasSource = ResourceFactory.createProperty(NS + "hasSource");
    public static final Property hasSelector = ResourceFactory.createProperty(NS + "hasSelector");
    public static final Property start = ResourceFactory.createProperty(NS + "start");
    public static final Property end = ResourceFactory.createProperty(NS + "end");
    public static final Property exact = ResourceFactory.createProperty(NS + "exact");
}
