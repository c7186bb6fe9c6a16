package org.cdkg.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.apache.jena.fuseki.validation.IRIValidator;
import org.apache.jena.fuseki.validation.LangTagValidator;
import org.apache.jena.fuseki.validation.QueryValidator;
import org.apache.jena.fuseki.validation.UpdateValidator;
import org.eclipse.jetty.rewrite.handler.RewriteHandler;
import org.eclipse.jetty.rewrite.handler.RewriteRegexRule;
import org.eclipse.jetty.server.Server;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Fuseki's own query UI (the jena-fuseki-ui web app) under {@code /ui/}, with the packaged
 * {@code queries/} library added to its example queries, and the library itself at
 * {@code /queries} (JSON) and {@code /queries/NAME.rq}.
 * <p>
 * The UI addresses the server relative to the page, so from {@code /ui/} it calls
 * {@code /ui/$/server} and {@code /ui/cdkg/sparql}; a rewrite at the Jetty level sends those to
 * the real endpoints, so they pass the same guards as any other call. The start page keeps {@code /}.
 */
final class QueryWorkbench extends HttpServlet {
    static final String UI = "/ui";
    private static final String UI_RESOURCES = "webapp";
    /** Loaded into the UI page; it adds the library's queries next to Fuseki's own examples. */
    private static final String LIBRARY_SCRIPT = "<script src=\"/web/workbench.js\" defer></script>";

    private final QueryLibrary library;
    private final ObjectMapper json = new ObjectMapper();

    private QueryWorkbench(QueryLibrary library) {
        this.library = library;
    }

    /** Adds the UI, the library and the server endpoints the UI relies on. */
    static void addTo(FusekiServer.Builder builder) {
        QueryWorkbench workbench = new QueryWorkbench(QueryLibrary.packaged());
        builder.addServlet(UI, workbench)
               .addServlet(UI + "/*", workbench)
               .addServlet("/queries", workbench)
               .addServlet("/queries/*", workbench)
               .addServlet("/$/server", new ActionServerStatus())
               .addServlet("/$/validate/query", new QueryValidator())
               .addServlet("/$/validate/update", new UpdateValidator())
               .addServlet("/$/validate/iri", new IRIValidator())
               .addServlet("/$/validate/langtag", new LangTagValidator());
    }

    /** Sends the UI's page-relative calls of the admin area and of {@code dataset} to their real paths. */
    static void routeUiCalls(Server jetty, String dataset) {
        RewriteHandler rewrite = new RewriteHandler();
        rewrite.addRule(new RewriteRegexRule("^" + UI + "/(\\$/.*)$", "/$1"));
        rewrite.addRule(new RewriteRegexRule("^" + UI + "/(" + dataset + "(?:/.*)?)$", "/$1"));
        rewrite.setHandler(jetty.getHandler());
        jetty.setHandler(rewrite);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String info = req.getPathInfo() == null ? "" : req.getPathInfo();
        if (req.getServletPath().equals("/queries")) {
            library(info, resp);
        } else if (info.isEmpty()) {
            resp.sendRedirect(UI + "/");
        } else if (info.equals("/") || info.equals("/index.html")) {
            page(resp);
        } else {
            LinkedDataServlet.classpath(UI_RESOURCES + info, resp);
        }
    }

    private void page(HttpServletResponse resp) throws IOException {
        try (InputStream in = QueryWorkbench.class.getClassLoader().getResourceAsStream(UI_RESOURCES + "/index.html")) {
            if (in == null) {
                LinkedDataServlet.notFound(resp, "the Fuseki UI is not packaged with this build of cdkg");
                return;
            }
            String html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            LinkedDataServlet.write(resp, "text/html; charset=utf-8", html.replace("</head>", LIBRARY_SCRIPT + "\n</head>"));
        }
    }

    private void library(String info, HttpServletResponse resp) throws IOException {
        if (info.isEmpty() || info.equals("/")) {
            ArrayNode list = json.createArrayNode();
            for (QueryLibrary.LibraryQuery q : library.queries()) {
                ObjectNode entry = list.addObject();
                entry.put("name", q.name());
                q.description().forEach(entry.putArray("description")::add);
                entry.put("query", q.text());
            }
            resp.setHeader("Access-Control-Allow-Origin", "*");
            LinkedDataServlet.write(resp, "application/json", json.writerWithDefaultPrettyPrinter().writeValueAsString(list));
            return;
        }
        QueryLibrary.LibraryQuery q = info.endsWith(".rq") ? library.byName(info.substring(1, info.length() - 3)) : null;
        if (q == null) {
            LinkedDataServlet.notFound(resp, "no query " + info.substring(1) + " in the library; GET /queries lists them");
            return;
        }
        resp.setHeader("Access-Control-Allow-Origin", "*");
        LinkedDataServlet.write(resp, "application/sparql-query; charset=utf-8", q.text());
    }
}
