package org.cdkg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.system.Txn;
import org.cdkg.graph.Cdo;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

/**
 * Linked data on the same server as SPARQL. Entity IRIs {@code https://w3id.org/cdkg/id/X} are
 * served at {@code /id/X}: a 303 See Other to the document {@code /doc/X.ext} in the format the
 * client asked for (Turtle, JSON-LD, RDF/XML, N-Triples or HTML), 406 when none fits, 404 for an
 * unknown IRI. Also the ontology at its namespace, the VoID description, whole-graph dumps, the
 * start page and its static files.
 */
final class LinkedDataServlet extends HttpServlet {
    private static final Pattern ENTITY_PATH = Pattern.compile("/([a-z0-9-]+(?:/[a-z0-9-]+)*)");
    private static final Pattern DOC_PATH = Pattern.compile("/([a-z0-9-]+(?:/[a-z0-9-]+)*?)(?:\\.([a-z]+))?");
    private static final Pattern STATIC_PATH = Pattern.compile("/[A-Za-z0-9._/-]+");
    private static final Map<String, String> STATIC_TYPES = Map.of("html", "text/html; charset=utf-8", "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8", "json", "application/json", "svg", "image/svg+xml", "png", "image/png", "map", "application/json",
            "ico", "image/x-icon");

    private final Dataset dataset;
    private final EntityDescriber describer;
    private final EntityPage pages;
    private final DatasetDescription description;

    LinkedDataServlet(Dataset dataset, Model ontology) {
        this.dataset = dataset;
        this.describer = new EntityDescriber(dataset);
        this.pages = new EntityPage(ontology);
        this.description = new DatasetDescription(dataset, ontology);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String servlet = req.getServletPath();
        String info = req.getPathInfo() == null ? "" : req.getPathInfo();
        switch (servlet) {
            case "/id" -> entity(info, req, resp);
            case "/doc" -> document(info, req, resp);
            case "/ontology" -> rdf(description.ontology(), Representation.negotiate(req.getHeader("Accept")), true, resp);
            case "/.well-known/void" -> rdf(description.voidDescription(base(req)), negotiateRdf(req), true, resp);
            case "/dump.trig.gz" -> dump(RDFFormat.TRIG_BLOCKS, "application/trig", resp);
            case "/dump.nq.gz" -> dump(RDFFormat.NQUADS, "application/n-quads", resp);
            case "/web" -> classpath("web" + info, resp);
            case "/webjars" -> classpath("META-INF/resources/webjars" + info, resp);
            default -> {
                if (servlet.isEmpty() || servlet.equals("/")) classpath("web/index.html", resp);
                else notFound(resp, "nothing at " + servlet);
            }
        }
    }

    private void entity(String path, HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Matcher m = ENTITY_PATH.matcher(path);
        if (!m.matches() || !describer.exists(Cdo.ID_NS + m.group(1))) {
            notFound(resp, "no entity " + Cdo.ID_NS + path.replaceFirst("^/", "") + " in this graph");
            return;
        }
        resp.setHeader("Vary", "Accept");
        Representation r = Representation.negotiate(req.getHeader("Accept"));
        if (r == null) {
            notAcceptable(resp);
            return;
        }
        resp.setStatus(HttpServletResponse.SC_SEE_OTHER);
        resp.setHeader("Location", "/doc/" + m.group(1) + "." + r.extension());
    }

    private void document(String path, HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Matcher m = DOC_PATH.matcher(path);
        String iri = m.matches() ? Cdo.ID_NS + m.group(1) : null;
        if (iri == null || !describer.exists(iri)) {
            notFound(resp, "no entity " + Cdo.ID_NS + path.replaceFirst("^/", "").replaceFirst("\\.[a-z]+$", "") + " in this graph");
            return;
        }
        Representation r;
        if (m.group(2) != null) {
            r = Representation.byExtension(m.group(2));
            if (r == null) {
                notFound(resp, "no format ." + m.group(2) + "; use .ttl, .jsonld, .rdf, .nt or .html");
                return;
            }
        } else {
            resp.setHeader("Vary", "Accept");
            r = Representation.negotiate(req.getHeader("Accept"));
            if (r == null) {
                notAcceptable(resp);
                return;
            }
        }
        Model description = describer.describe(iri);
        if (r == Representation.HTML) {
            String html = pages.render(iri, "/doc/" + m.group(1), description, describer.sources(iri), describer.meetings(iri));
            write(resp, "text/html; charset=utf-8", html);
        } else {
            rdf(description, r, false, resp);
        }
    }

    /** VoID has no HTML page: a browser gets Turtle. */
    private static Representation negotiateRdf(HttpServletRequest req) {
        Representation r = Representation.negotiate(req.getHeader("Accept"));
        return r == Representation.HTML ? Representation.TURTLE : r;
    }

    private void rdf(Model model, Representation r, boolean varies, HttpServletResponse resp) throws IOException {
        if (varies) resp.setHeader("Vary", "Accept");
        if (r == null) {
            notAcceptable(resp);
            return;
        }
        if (r == Representation.HTML) r = Representation.TURTLE;
        resp.setContentType(r.mediaType() + "; charset=utf-8");
        resp.setHeader("Access-Control-Allow-Origin", "*");
        try (OutputStream out = resp.getOutputStream()) {
            RDFDataMgr.write(out, model, r.format());
        }
    }

    /** The whole store, every article graph and the ontology, streamed and gzipped. */
    private void dump(RDFFormat format, String mediaType, HttpServletResponse resp) throws IOException {
        resp.setContentType(mediaType);
        resp.setHeader("Content-Disposition", "attachment; filename=\"cdkg" + (format == RDFFormat.NQUADS ? ".nq.gz" : ".trig.gz") + "\"");
        try (OutputStream out = new GZIPOutputStream(resp.getOutputStream())) {
            Txn.executeRead(dataset, () -> RDFDataMgr.write(out, dataset.asDatasetGraph(), format));
        }
    }

    static void classpath(String resource, HttpServletResponse resp) throws IOException {
        if (!STATIC_PATH.matcher("/" + resource).matches() || resource.contains("..")) {
            notFound(resp, "no such file");
            return;
        }
        try (InputStream in = LinkedDataServlet.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null || resource.endsWith("/")) {
                notFound(resp, "no such file " + resource);
                return;
            }
            String ext = resource.substring(resource.lastIndexOf('.') + 1);
            resp.setContentType(STATIC_TYPES.getOrDefault(ext, "application/octet-stream"));
            resp.setHeader("Cache-Control", "max-age=3600");
            try (OutputStream out = resp.getOutputStream()) {
                in.transferTo(out);
            }
        }
    }

    private static void notAcceptable(HttpServletResponse resp) throws IOException {
        resp.setStatus(HttpServletResponse.SC_NOT_ACCEPTABLE);
        write(resp, "text/plain; charset=utf-8", "406 Not Acceptable: this resource is available as text/turtle, application/ld+json, "
                + "application/rdf+xml, application/n-triples and text/html\n");
    }

    static void notFound(HttpServletResponse resp, String why) throws IOException {
        resp.setStatus(HttpServletResponse.SC_NOT_FOUND);
        write(resp, "text/plain; charset=utf-8", "404 Not Found: " + why + "\n");
    }

    static void write(HttpServletResponse resp, String type, String body) throws IOException {
        resp.setContentType(type);
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        resp.setContentLength(bytes.length);
        try (OutputStream out = resp.getOutputStream()) {
            out.write(bytes);
        }
    }

    /** The server's own address as the client reached it, for links in VoID and the service description. */
    static String base(HttpServletRequest req) {
        int port = req.getServerPort();
        boolean defaultPort = port == 80 && req.getScheme().equals("http") || port == 443 && req.getScheme().equals("https");
        return req.getScheme() + "://" + req.getServerName() + (defaultPort ? "" : ":" + port);
    }
}
