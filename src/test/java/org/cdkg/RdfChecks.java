package org.cdkg;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.ErrorHandler;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** What every graph the project writes must survive: valid IRIs, well-formed literals, and a lossless N-Triples round trip. */
public final class RdfChecks {
    private RdfChecks() {}

    /** The IRI parses by RFC 3987 with no violation, not even a warning. */
    public static void validIri(String iri) {
        IRIx x;
        try {
            x = IRIx.create(iri);
        } catch (IRIException e) {
            throw new AssertionError("not an IRI: <" + iri + ">: " + e.getMessage(), e);
        }
        assertFalse(x.hasViolations(), "IRI with violations: <" + iri + ">");
        assertTrue(x.isReference(), "not an IRI with a scheme: <" + iri + ">");
    }

    /**
     * Every IRI in the model is valid, every typed literal is well-formed, no string holds an
     * unpaired surrogate, and the model written as N-Triples (UTF-8, as files and stores get it)
     * parses back strictly to the same graph.
     */
    public static void roundTrips(Model m) {
        for (Triple t : m.getGraph().find().toList()) {
            for (Node n : new Node[]{t.getSubject(), t.getPredicate(), t.getObject()}) {
                if (n.isURI()) validIri(n.getURI());
                if (n.isLiteral()) {
                    assertTrue(n.getLiteral().isWellFormed(), "ill-formed literal " + n + " in " + t);
                    assertEquals(-1, MessyText.loneSurrogate(n.getLiteralLexicalForm()), "unpaired surrogate in " + t);
                }
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, m, Lang.NTRIPLES);
        Model back = ModelFactory.createDefaultModel();
        List<String> problems = new ArrayList<>();
        RDFParser.fromString(out.toString(java.nio.charset.StandardCharsets.UTF_8), Lang.NTRIPLES)
                .errorHandler(new ErrorHandler() {
                    @Override public void warning(String message, long line, long col) {
                        // U+FFFE, U+FFFF and the like are Unicode scalar values N-Triples allows; Jena only remarks on them.
                        if (!message.startsWith("Unicode non-character")) problems.add("warning: " + message + " at line " + line);
                    }
                    @Override public void error(String message, long line, long col) { problems.add("error: " + message + " at line " + line); }
                    @Override public void fatal(String message, long line, long col) {
                        problems.add("fatal: " + message + " at line " + line);
                        throw new AssertionError("N-Triples do not parse back: " + problems);
                    }
                })
                .parse(back);
        assertEquals(List.of(), problems, "N-Triples parse back with complaints");
        assertTrue(back.isIsomorphicWith(m), "N-Triples parse back to a different graph");
    }
}
