package org.cdkg.serve;

import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_Update;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.modify.request.UpdateLoad;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateException;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Fuseki's SPARQL Update, less {@code LOAD}. A LOAD has the server read a file of its own machine
 * ({@code file:///etc/passwd}) or fetch any URL, including hosts only it can reach, so not even the
 * writer may use it: data is sent to the server itself, e.g. to {@code /cdkg/data?graph=IRI}.
 */
final class UpdateGuard extends SPARQL_Update {
    static final String REFUSAL = "LOAD is refused: the server reads no file and fetches no URL for a client;"
            + " send the data itself, e.g. PUT it to /cdkg/data?graph=IRI";

    @Override
    protected void execute(HttpAction action, InputStream input) {
        // Here the body is already decoded (form field or inflated Content-Encoding), as Fuseki runs it.
        byte[] request;
        try {
            request = input.readAllBytes();
        } catch (IOException e) {
            ServletOps.errorOccurred(e);
            return;
        }
        // The whole request is parsed before any of it runs. Fuseki runs it as it parses, so a LOAD
        // before a syntax error would otherwise be carried out, and a bad request is refused here.
        UpdateRequest parsed;
        try {
            parsed = UpdateFactory.read(new ByteArrayInputStream(request), Fuseki.BaseParserSPARQL, Syntax.syntaxARQ);
        } catch (QueryParseException | UpdateException e) {
            ServletOps.errorBadRequest(e.getMessage());
            return;
        }
        for (Update operation : parsed.getOperations())
            if (operation instanceof UpdateLoad) ServletOps.errorBadRequest(REFUSAL);
        super.execute(action, new ByteArrayInputStream(request));
    }
}
