package org.cdkg.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.vocabulary.RDF;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;

/**
 * In front of the SPARQL endpoints: a client's own {@code timeout} is dropped so the server's
 * limit always applies, and a GET of the endpoint without a query answers with the SPARQL
 * service description, as SPARQL 1.1 Service Description asks.
 */
final class SparqlGuard implements Filter {
    private static final String SD = "http://www.w3.org/ns/sparql-service-description#";

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        String path = req.getRequestURI();
        if (req.getMethod().equals("GET") && req.getParameter("query") == null && (path.endsWith("/cdkg/sparql") || path.endsWith("/cdkg/query"))) {
            serviceDescription(req, (HttpServletResponse) response);
            return;
        }
        chain.doFilter(req.getParameter("timeout") == null ? req : new WithoutTimeout(req), response);
    }

    private static void serviceDescription(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("sd", SD);
        String endpoint = LinkedDataServlet.base(req) + req.getRequestURI();
        Resource service = m.createResource(endpoint + "#service");
        service.addProperty(RDF.type, m.createResource(SD + "Service"));
        service.addProperty(m.createProperty(SD + "endpoint"), m.createResource(endpoint));
        service.addProperty(m.createProperty(SD + "supportedLanguage"), m.createResource(SD + "SPARQL11Query"));
        service.addProperty(m.createProperty(SD + "feature"), m.createResource(SD + "UnionDefaultGraph"));
        for (String f : new String[]{"http://www.w3.org/ns/formats/SPARQL_Results_JSON", "http://www.w3.org/ns/formats/SPARQL_Results_XML",
                "http://www.w3.org/ns/formats/SPARQL_Results_CSV", "http://www.w3.org/ns/formats/Turtle", "http://www.w3.org/ns/formats/JSON-LD"})
            service.addProperty(m.createProperty(SD + "resultFormat"), m.createResource(f));
        Resource dataset = m.createResource();
        dataset.addProperty(RDF.type, m.createResource(SD + "Dataset"));
        dataset.addProperty(m.createProperty("http://rdfs.org/ns/void#", "sparqlEndpoint"), m.createResource(endpoint));
        service.addProperty(m.createProperty(SD + "defaultDataset"), dataset);
        Representation r = Representation.negotiate(req.getHeader("Accept"));
        if (r == null || r == Representation.HTML) r = Representation.TURTLE;
        resp.setContentType(r.mediaType() + "; charset=utf-8");
        resp.setHeader("Vary", "Accept");
        try (OutputStream out = resp.getOutputStream()) {
            RDFDataMgr.write(out, m, r == Representation.TURTLE ? RDFFormat.TURTLE_PRETTY : r.format());
        }
    }

    /** The request as the client sent it, less the timeout it asked for. */
    private static final class WithoutTimeout extends HttpServletRequestWrapper {
        private final Map<String, String[]> params;

        WithoutTimeout(HttpServletRequest req) {
            super(req);
            Map<String, String[]> p = new HashMap<>(req.getParameterMap());
            p.remove("timeout");
            params = Collections.unmodifiableMap(p);
        }

        @Override public String getParameter(String name) { String[] v = params.get(name); return v == null || v.length == 0 ? null : v[0]; }
        @Override public Map<String, String[]> getParameterMap() { return params; }
        @Override public Enumeration<String> getParameterNames() { return Collections.enumeration(params.keySet()); }
        @Override public String[] getParameterValues(String name) { return params.get(name); }
    }
}
