package org.cdkg.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * Fuseki's admin area ({@code /$/...}) answers only to clients on this machine. The few parts the
 * query UI needs and that reveal nothing beyond the public endpoints stay open to everyone:
 * ping, the server's list of datasets and endpoints, and the query/IRI/language-tag validators.
 * Behind a reverse proxy every client looks local, so the proxy must not forward {@code /$/}.
 */
final class AdminGuard implements Filter {
    static final String ADMIN_PATHS = "/$/*";
    private static final List<String> PUBLIC = List.of("/$/ping", "/$/server", "/$/validate/");

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        // The path Jetty dispatches on (decoded, dot segments resolved), not the request URI as
        // sent: "/$/validate/../metrics" is /$/metrics, not a validator.
        String path = req.getServletPath() + (req.getPathInfo() == null ? "" : req.getPathInfo());
        if (isPublic(path) || fromThisMachine(req)) {
            chain.doFilter(request, response);
            return;
        }
        HttpServletResponse resp = (HttpServletResponse) response;
        resp.setStatus(HttpServletResponse.SC_FORBIDDEN);
        resp.setContentType("text/plain; charset=utf-8");
        resp.getWriter().println("the admin area " + path + " answers only on localhost; use it from the server's own machine");
    }

    private static boolean isPublic(String path) {
        for (String p : PUBLIC)
            if (p.endsWith("/") ? path.startsWith(p) : path.equals(p)) return true;
        return false;
    }

    private static boolean fromThisMachine(HttpServletRequest req) {
        String address = req.getRemoteAddr();
        if (address == null) return false;
        try {
            // A literal address (Jetty gives one, IPv6 possibly in brackets): no name lookup happens.
            return InetAddress.getByName(address.replaceAll("^\\[|]$", "")).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
