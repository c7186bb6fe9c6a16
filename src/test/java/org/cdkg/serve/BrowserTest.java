package org.cdkg.serve;

import org.cdkg.pipeline.ArticlePipeline;
import org.cdkg.pipeline.CorpusLoader;
import org.cdkg.store.GraphStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The pages as a person sees them: Debian's headless Chromium loads the start page and an entity
 * page from the real server, runs their scripts, and the rendered DOM is checked; screenshots go
 * to target/screenshots. .ci/run installs Chromium when it is missing.
 */
class BrowserTest {
    private static final Path SHOTS = Path.of("target/screenshots");

    @TempDir
    static Path dir;
    static CdkgServer server;
    static String base;

    @BeforeAll
    static void serve() throws IOException {
        Path store = dir.resolve("store");
        // Beside the examples, an article whose meeting has no date: the timeline lists it after the dated ones.
        Path undated = Files.createDirectories(dir.resolve("undated")).resolve("undated-roundtable.txt");
        Files.writeString(undated, "美国总统气候问题特使约翰·克里与中国气候变化事务特使解振华在沙姆沙伊赫共同主持了一场圆桌会。\n");
        try (GraphStore gs = GraphStore.open(store)) {
            new CorpusLoader(new ArticlePipeline(), System.err).load(List.of(Path.of("examples/articles"), undated), gs);
        }
        server = CdkgServer.start(store, "127.0.0.1", 0);
        base = "http://127.0.0.1:" + server.port();
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    private static String chromium() {
        for (String c : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"))
            if (Files.isExecutable(Path.of(c))) return c;
        return fail("headless Chromium is not installed: run `apt-get install -y chromium` (.ci/run does)");
    }

    /** Loads a page, lets its scripts run, and returns the DOM; also saves a screenshot. */
    private static String render(String path, String shot) throws Exception {
        List<String> common = List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--virtual-time-budget=10000", "--window-size=1400,1100");
        String dom = run(common, "--dump-dom", base + path);
        run(common, "--screenshot=" + SHOTS.resolve(shot).toAbsolutePath(), base + path);
        assertTrue(Files.size(SHOTS.resolve(shot)) > 10_000, "a screenshot was saved");
        return dom;
    }

    private static String run(List<String> common, String action, String url) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(chromium());
        cmd.addAll(common);
        cmd.add("--user-data-dir=" + Files.createTempDirectory(dir, "chromium"));
        cmd.add(action);
        cmd.add(url);
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(90, TimeUnit.SECONDS), "chromium finished");
        return new String(out, StandardCharsets.UTF_8);
    }

    @Test
    void startPageShowsTimelineNetworkAndSearch() throws Exception {
        String dom = render("/?q=克里", "start-page.png");
        assertTrue(dom.contains("中美“21世纪20年代强化气候行动工作组”会议"), "a meeting in the timeline");
        assertTrue(dom.contains("href=\"/id/person/john-kerry\""), "the search found John Kerry and links his page");
        assertTrue(dom.matches("(?s).*id=\"network-status\"[^>]*>[^<]*\\d+.*"), "the network says how many people it shows");
        assertTrue(dom.matches("(?s).*data-year=\"undated\".*未注明日期 undated.*"), "the undated meeting, after the dated ones");
        assertTrue(dom.indexOf("data-year=\"undated\"") > dom.indexOf("data-year=\"2021\""), "undated last");
        assertTrue(dom.contains("原文写明") && dom.contains("stated"), "how each date was obtained");
    }

    @Test
    void entityPageShowsNamesTimelineAndSources() throws Exception {
        String dom = render("/id/person/xie-zhenhua", "entity-page.png");
        assertTrue(dom.contains("解振華") && dom.contains("Xie Zhenhua"), "names in every language");
        assertTrue(dom.contains("会议时间线") && dom.contains("2021-08-31"), "the meetings over time");
        assertTrue(dom.contains("在天津举行会谈"), "an evidence sentence");
    }

    @Test
    void queryUiOffersTheLibraryAndLoadsAQuery() throws Exception {
        String dom = render("/ui/#/dataset/cdkg/query", "query-ui.png");
        assertTrue(dom.contains("Example Queries") && dom.contains("<h2>/cdkg</h2>"), "Fuseki's query page for the dataset");
        assertTrue(dom.matches("(?s).*cdkg-example[^>]*>who-co-chaired-which-meeting<.*"), "the library among the example queries");

        String query = java.nio.file.Files.readString(Path.of("queries/who-succeeded-whom.rq"));
        String opened = render("/ui/#/dataset/cdkg/query?query=" + java.net.URLEncoder.encode(query, StandardCharsets.UTF_8).replace("+", "%20"),
                "query-ui-loaded.png");
        assertTrue(opened.contains("successorName"), "the editor holds the library query");
    }

    @Test
    void startPageListsTheQueryLibrary() throws Exception {
        String dom = render("/", "start-page-library.png");
        assertTrue(dom.matches("(?s).*class=\"library-query\" href=\"/ui/#/dataset/cdkg/query\\?query=[^\"]+\">who-succeeded-whom<.*"),
                "each library query opens in the query UI");
    }
}
