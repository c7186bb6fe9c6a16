package org.cdkg.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.hankcs.hanlp.HanLP;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Writes a synthetic corpus of climate-diplomacy news articles for benchmarks: plain text, HTML
 * pages with menus, share buttons and footers, and Markdown with YAML front matter; in simplified
 * or traditional Chinese, English, or Chinese followed by English; mostly UTF-8, some GB18030 and
 * Big5. The people and their posts in the article's year, places, COP sessions, working groups,
 * agreements and successions come from the bundled gazetteer; sentences, page furniture and the
 * mix of kinds come from {@code bench/article-templates.json}.
 * <p>
 * Article {@code i} depends only on the seed and {@code i}: the same seed and count give the same
 * bytes on every run and with any number of threads, and any article can be regenerated alone.
 */
public final class CorpusGenerator {
    /** Articles per subdirectory once a corpus is larger than this; keeps directories listable. */
    public static final int FILES_PER_DIRECTORY = 1000;

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Charset BIG5 = Charset.forName("Big5");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9.]+)\\}");
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December"};

    public enum Script { SIMPLIFIED, TRADITIONAL, ENGLISH, BILINGUAL }

    public enum Format {
        TEXT("txt"), HTML("html"), MARKDOWN("md");

        private final String extension;

        Format(String extension) { this.extension = extension; }

        public String extension() { return extension; }
    }

    /** One article: its file name (without the subdirectory), what it is, and its encoded bytes. */
    public record GeneratedArticle(int index, String fileName, Script script, Format format, Charset charset, byte[] bytes) {}

    public record Summary(long files, long bytes) {}

    private final long seed;
    private final Material material;

    public CorpusGenerator(long seed) {
        this.seed = seed;
        this.material = Material.bundled();
    }

    /** Article {@code index} of this seed's corpus, the same whichever other articles are made. */
    public GeneratedArticle article(int index) {
        if (index < 0) throw new IllegalArgumentException("article index must not be negative: " + index);
        return new ArticleWriter(material, new SplittableRandom(articleSeed(index)), index).write();
    }

    /**
     * Not seed + index, which would make article i+1 of one seed article i of the next seed; the
     * odd multiplier also keeps neighbouring seeds off SplittableRandom's own stride.
     */
    private long articleSeed(int index) {
        return seed * 0xD1B54A32D192ED03L ^ index;
    }

    /** Where article {@code index} of a corpus of {@code count} goes, relative to the corpus directory. */
    public static String relativePath(int index, int count, String fileName) {
        return count <= FILES_PER_DIRECTORY ? fileName : directoryName(index / FILES_PER_DIRECTORY) + "/" + fileName;
    }

    private static String directoryName(int n) {
        return String.format(Locale.ROOT, "%03d", n);
    }

    /**
     * Writes {@code count} articles into {@code dir}, which must be new or empty so the corpus holds
     * nothing else. Articles are made and written one at a time per thread, so memory stays flat
     * whatever the count.
     */
    public Summary write(Path dir, int count) throws IOException {
        if (count < 1) throw new IllegalArgumentException("the number of articles must be at least 1, not " + count);
        Files.createDirectories(dir);
        try (Stream<Path> entries = Files.list(dir)) {
            if (entries.findAny().isPresent())
                throw new IllegalArgumentException(dir + " is not empty; give a new or empty directory so the corpus holds only generated articles");
        }
        if (count > FILES_PER_DIRECTORY)
            for (int d = 0; d <= (count - 1) / FILES_PER_DIRECTORY; d++) Files.createDirectory(dir.resolve(directoryName(d)));
        LongAdder bytes = new LongAdder();
        try {
            IntStream.range(0, count).parallel().forEach(i -> {
                GeneratedArticle a = article(i);
                try {
                    Files.write(dir.resolve(relativePath(i, count, a.fileName())), a.bytes(), StandardOpenOption.CREATE_NEW);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                bytes.add(a.bytes().length);
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return new Summary(count, bytes.sum());
    }

    // ------------------------------------------------------------------ what articles are made of

    private enum Lang { HANS, HANT, EN }

    /** A name, phrase or template as simplified-Chinese, traditional-Chinese and English articles write it. */
    private record Term(String hans, String hant, String en) {
        String in(Lang lang) {
            return switch (lang) {
                case HANS -> hans;
                case HANT -> hant;
                case EN -> en;
            };
        }

        static Term same(String s) {
            return new Term(s, s, s);
        }
    }

    private record Post(Term title, int from, int to) {}

    private record Person(String slug, Term name, String country, List<Post> posts) {
        Post postIn(int year) {
            for (Post p : posts) if (p.from() <= year && year <= p.to()) return p;
            return null;
        }
    }

    private record Country(Term name, Term side) {}

    private record Place(String slug, String country, Term name) {}

    private record Cop(LocalDate start, LocalDate end, List<Term> names, Term shortName, Place city, Term presidency) {}

    private record Succession(Person predecessor, Person successor, Term post, int year) {}

    private record WorkingGroup(String slug, Term name, List<String> sides, int from) {}

    private record Agreement(Term name, int year, List<String> parties) {}

    private record StoryTemplates(List<Term> lead, List<Term> participants, List<Term> headline) {}

    private record Site(String name, String domain, String path, List<String> nav, List<String> share, String shareLabel,
                        String breadcrumb, String infoLabel, String sourceLabel, String editorLabel, String dekLabel,
                        String dateline, String related, List<String> relatedItems, List<String> footer) {}

    /** Everything articles are made of, read once per JVM from the gazetteer and the template file. */
    private static final class Material {
        private static volatile Material bundled;
        private static final ObjectMapper JSON = new ObjectMapper();

        final JsonNode mix;
        final int firstYear, lastYear;
        final Map<String, StoryTemplates> stories = new LinkedHashMap<>();
        final List<Term> statements, signing, treatyLines, copLines, successionLines, background, deks, subheadings, topics, ordinals, events;
        final List<WorkingGroup> workingGroups = new ArrayList<>();
        final List<Term> forumHosts = new ArrayList<>();
        final List<Agreement> treaties = new ArrayList<>(), bilaterals = new ArrayList<>();
        final Map<String, String> partyMatchers = new HashMap<>();
        final Map<Lang, List<Term>> publishers = new HashMap<>();
        final List<Term> reportersZh = new ArrayList<>();
        final List<String> reportersEn = new ArrayList<>();
        final Map<Lang, List<Site>> sites = new HashMap<>();
        final Map<Character, String> pinyin = new HashMap<>();
        private final Map<Character, Character> traditionalForms = new HashMap<>();

        final List<Person> persons = new ArrayList<>();
        final Map<String, Country> countries = new HashMap<>();
        final Map<String, List<Place>> cities = new HashMap<>();
        final List<Cop> cops = new ArrayList<>();
        final List<Succession> successions = new ArrayList<>();

        static Material bundled() {
            Material m = bundled;
            if (m == null) {
                synchronized (Material.class) {
                    if (bundled == null) bundled = new Material();
                    m = bundled;
                }
            }
            return m;
        }

        private Material() {
            JsonNode t = resource("bench/article-templates.json");
            Map<String, JsonNode> gazetteer = gazetteer();
            for (Iterator<Map.Entry<String, JsonNode>> it = t.path("traditionalForms").path("forms").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                traditionalForms.put(f.getKey().charAt(0), f.getValue().asText().charAt(0));
            }
            mix = t.path("mix");
            firstYear = mix.path("firstYear").asInt();
            lastYear = mix.path("lastYear").asInt();
            for (Iterator<Map.Entry<String, JsonNode>> it = t.path("stories").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> s = it.next();
                stories.put(s.getKey(), new StoryTemplates(terms(s.getValue().path("lead")), terms(s.getValue().path("participants")),
                        terms(s.getValue().path("headline"))));
            }
            statements = terms(t.path("statements"));
            signing = terms(t.path("signing"));
            treatyLines = terms(t.path("treaty"));
            copLines = terms(t.path("cop"));
            successionLines = terms(t.path("succession"));
            background = terms(t.path("background"));
            deks = terms(t.path("deks"));
            subheadings = terms(t.path("subheadings"));
            topics = terms(t.path("topics"));
            ordinals = terms(t.path("ordinals"));
            events = terms(t.path("events"));
            Set<String> withThe = new HashSet<>(strings(t.path("countriesWithThe")));

            for (JsonNode e : gazetteer.values()) {
                if (!"Country".equals(e.path("type").asText())) continue;
                String en = withThe.contains(e.path("en").asText()) ? "the " + e.path("en").asText() : e.path("en").asText();
                Term name = new Term(e.path("zhHans").asText(), e.path("zhHant").asText(), en);
                // 中方, 美方 where the country has a one-character form; 巴西方面 otherwise.
                String sideHans = e.path("abbr").isArray() && e.path("abbr").size() > 0 ? e.path("abbr").get(0).asText() + "方" : name.hans() + "方面";
                countries.put(e.path("id").asText(), new Country(name, chinese(sideHans, en)));
            }
            for (JsonNode e : gazetteer.values()) {
                if (!"Place".equals(e.path("type").asText()) || !"city".equals(e.path("kind").asText()) || !e.hasNonNull("country")) continue;
                Place p = new Place(slug(e), e.path("country").asText(), term(e));
                cities.computeIfAbsent(p.country(), k -> new ArrayList<>()).add(p);
            }
            for (JsonNode e : gazetteer.values()) {
                if (!e.path("id").asText().startsWith("person/")) continue;
                List<Post> posts = new ArrayList<>();
                for (JsonNode p : e.path("positions"))
                    posts.add(new Post(chinese(p.path("zhHans").asText(), englishPost(p.path("en").asText())),
                            p.path("from").asInt(0), p.hasNonNull("to") ? p.path("to").asInt() : Integer.MAX_VALUE));
                persons.add(new Person(slug(e), term(e), e.path("country").asText(), posts));
            }
            collectSuccessions();
            for (JsonNode e : gazetteer.values()) {
                if (!"COPSession".equals(e.path("type").asText()) || !"org/unfccc".equals(e.path("convention").asText())) continue;
                int n = e.path("copNumber").asInt();
                JsonNode cityEntry = gazetteer.get(e.path("city").asText());
                Place city = new Place(slug(cityEntry), e.path("country").asText(), term(cityEntry));
                List<Term> names = new ArrayList<>();
                names.add(new Term(e.path("zhHans").asText(), e.path("zhHant").asText(), "the " + e.path("en").asText()));
                names.add(Term.same("COP" + n));
                // The wire-copy form 第29届联合国气候变化大会, when the gazetteer lists it in both scripts.
                String numberedHans = null, numberedHant = null;
                for (String alias : strings(e.path("aliases"))) {
                    if (alias.startsWith("第" + n + "届联合国气候变化大会")) numberedHans = alias;
                    if (alias.startsWith("第" + n + "屆聯合國氣候變化大會")) numberedHant = alias;
                }
                if (numberedHans != null && numberedHant != null) names.add(new Term(numberedHans, numberedHant, "COP" + n));
                cops.add(new Cop(LocalDate.parse(e.path("startDate").asText()), LocalDate.parse(e.path("endDate").asText()),
                        names, Term.same("COP" + n), city, countries.get(e.path("presidency").asText()).name()));
            }
            cops.sort((x, y) -> x.start().compareTo(y.start()));

            for (JsonNode w : t.path("workingGroups")) {
                JsonNode e = gazetteer.get(w.path("id").asText());
                workingGroups.add(new WorkingGroup(slug(e), term(e), strings(w.path("sides")), w.path("from").asInt()));
            }
            for (String id : strings(t.path("forumHosts"))) forumHosts.add(term(gazetteer.get(id)));
            for (String id : strings(t.path("treaties"))) treaties.add(new Agreement(term(gazetteer.get(id)), gazetteer.get(id).path("year").asInt(), List.of()));
            for (JsonNode e : gazetteer.values())
                if ("Agreement".equals(e.path("type").asText()) && e.path("parties").size() == 2)
                    bilaterals.add(new Agreement(term(e), e.path("year").asInt(), strings(e.path("parties"))));
            for (Iterator<Map.Entry<String, JsonNode>> it = t.path("partyMatchers").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> p = it.next();
                if (!p.getKey().equals("about")) partyMatchers.put(p.getKey(), p.getValue().asText());
            }
            for (Lang lang : Lang.values()) {
                String key = lang.name().toLowerCase(Locale.ROOT);
                List<Term> ps = new ArrayList<>();
                for (String id : strings(t.path("publishers").path(key))) ps.add(term(gazetteer.get(id)));
                publishers.put(lang, ps);
                List<Site> ss = new ArrayList<>();
                for (JsonNode s : t.path("sites").path(key)) ss.add(site(s));
                sites.put(lang, ss);
            }
            for (String r : strings(t.path("reporters").path("zh"))) reportersZh.add(chinese(r, r));
            reportersEn.addAll(strings(t.path("reporters").path("en")));
            for (Iterator<Map.Entry<String, JsonNode>> it = t.path("pinyin").path("readings").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> r = it.next();
                pinyin.put(r.getKey().charAt(0), r.getValue().asText());
            }
        }

        /** Consecutive holders of the same post (same Chinese title) make a succession. */
        private void collectSuccessions() {
            Map<String, List<Object[]>> holders = new LinkedHashMap<>();
            for (Person p : persons)
                for (Post post : p.posts()) holders.computeIfAbsent(post.title().hans(), k -> new ArrayList<>()).add(new Object[]{p, post});
            for (List<Object[]> hs : holders.values()) {
                hs.sort((x, y) -> Integer.compare(((Post) x[1]).from(), ((Post) y[1]).from()));
                for (int i = 1; i < hs.size(); i++) {
                    Person before = (Person) hs.get(i - 1)[0], after = (Person) hs.get(i)[0];
                    Post left = (Post) hs.get(i - 1)[1], took = (Post) hs.get(i)[1];
                    if (before != after && left.to() != Integer.MAX_VALUE && Math.abs(took.from() - left.to()) <= 1)
                        successions.add(new Succession(before, after, took.title(), took.from()));
                }
            }
        }

        /** "Director, National Environmental Protection Agency" reads as "Director of the National …" before a name. */
        private static String englishPost(String en) {
            int comma = en.indexOf(", ");
            if (comma < 0 || en.substring(0, comma).contains(" of ") || en.indexOf(", ", comma + 2) >= 0) return en;
            String body = en.substring(comma + 2);
            return en.substring(0, comma) + " of " + (body.startsWith("the ") ? body : "the " + body);
        }

        private static Site site(JsonNode s) {
            return new Site(s.path("name").asText(), s.path("domain").asText(), s.path("path").asText(), strings(s.path("nav")),
                    strings(s.path("share")), s.path("shareLabel").asText(), s.path("breadcrumb").asText(), s.path("infoLabel").asText(),
                    s.path("sourceLabel").asText(), s.path("editorLabel").asText(), s.path("dekLabel").asText(), s.path("dateline").asText(),
                    s.path("related").asText(), strings(s.path("relatedItems")), strings(s.path("footer")));
        }

        private static Term term(JsonNode gazetteerEntry) {
            return new Term(gazetteerEntry.path("zhHans").asText(), gazetteerEntry.path("zhHant").asText(), gazetteerEntry.path("en").asText());
        }

        private static String slug(JsonNode gazetteerEntry) {
            String id = gazetteerEntry.path("id").asText();
            return id.substring(id.indexOf('/') + 1);
        }

        /** A phrase written in simplified Chinese and English, with its traditional form derived. */
        private Term chinese(String hans, String en) {
            StringBuilder hant = new StringBuilder(HanLP.convertToTraditionalChinese(hans));
            for (int i = 0; i < hant.length(); i++) {
                Character usual = traditionalForms.get(hant.charAt(i));
                if (usual != null) hant.setCharAt(i, usual);
            }
            return new Term(hans, hant.toString(), en);
        }

        private List<Term> terms(JsonNode pairs) {
            List<Term> out = new ArrayList<>();
            for (JsonNode p : pairs) out.add(chinese(p.path("zh").asText(), p.path("en").asText()));
            if (out.isEmpty()) throw new IllegalStateException("bench/article-templates.json lacks a list this generator needs");
            return out;
        }

        private static List<String> strings(JsonNode array) {
            List<String> out = new ArrayList<>();
            for (JsonNode s : array) out.add(s.asText());
            return out;
        }

        /** Every gazetteer entry by id, in the order of gazetteer/index.txt. */
        private static Map<String, JsonNode> gazetteer() {
            Map<String, JsonNode> byId = new LinkedHashMap<>();
            try (InputStream in = open("gazetteer/index.txt");
                 BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    line = line.strip();
                    if (line.isEmpty() || line.startsWith("#")) continue;
                    for (JsonNode e : resource("gazetteer/" + line).path("entries")) byId.put(e.path("id").asText(), e);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the bundled gazetteer", e);
            }
            return byId;
        }

        private static JsonNode resource(String name) {
            try (InputStream in = open(name)) {
                return JSON.readTree(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + name + " from the classpath", e);
            }
        }

        private static InputStream open(String name) {
            InputStream in = CorpusGenerator.class.getClassLoader().getResourceAsStream(name);
            if (in == null) throw new IllegalStateException(name + " is missing from the classpath; rebuild the jar");
            return in;
        }
    }

    // ------------------------------------------------------------------ one article

    /** Someone in a story, with the post they hold in the story's year. */
    private record Cast(Person person, Post post) {}

    /** A sentence template and the slots only it fills (its topics, a succession). */
    private record Line(Term template, Map<String, Term> own) {}

    /** What an article says, independent of script and format. */
    private record Plan(Map<String, Term> slots, Line headline, Line dek, List<List<Line>> paragraphs, List<Term> subheadings,
                        Place city, LocalDateTime published, List<Term> tags, String slug) {}

    /** How the article is dressed, drawn before rendering so a re-render in another charset is identical. */
    private record Page(Format format, List<Lang> langs, Site site, Term publisher, Term reporter, String reporterEn, String url,
                        boolean variant, boolean indent, boolean blankLines, boolean pinyin, boolean metaDate, boolean dek,
                        boolean relatedLink, boolean sourceIsUrl) {}

    private static final class ArticleWriter {
        private final Material m;
        private final SplittableRandom rnd;
        private final int index;

        ArticleWriter(Material m, SplittableRandom rnd, int index) {
            this.m = m;
            this.rnd = rnd;
            this.index = index;
        }

        GeneratedArticle write() {
            Script script = Script.valueOf(weighted(m.mix.path("script")));
            Format format = Format.valueOf(weighted(m.mix.path("format")));
            List<Lang> langs = switch (script) {
                case SIMPLIFIED -> List.of(Lang.HANS);
                case TRADITIONAL -> List.of(Lang.HANT);
                case ENGLISH -> List.of(Lang.EN);
                case BILINGUAL -> List.of(chance("traditionalInBilingual") ? Lang.HANT : Lang.HANS, Lang.EN);
            };
            Charset charset = StandardCharsets.UTF_8;
            if (script == Script.SIMPLIFIED && chance("gb18030ForSimplified")) charset = GB18030;
            if (script == Script.TRADITIONAL && chance("big5ForTraditional")) charset = BIG5;
            boolean pinyin = script == Script.TRADITIONAL && charset == StandardCharsets.UTF_8 && chance("pinyinForTraditionalUtf8");

            Plan plan = plan(langs);
            Lang first = langs.get(0);
            Site site = pick(m.sites.get(first));
            String url = "https://" + site.domain() + "/" + site.path() + "/"
                    + plan.published().format(DateTimeFormatter.BASIC_ISO_DATE) + "/" + plan.slug() + ".html";
            Page page = new Page(format, langs, site, pick(m.publishers.get(first)), pick(m.reportersZh), pick(m.reportersEn), url,
                    rnd.nextBoolean(), rnd.nextInt(4) == 0, rnd.nextInt(10) < 7, pinyin, rnd.nextInt(10) < 6, rnd.nextBoolean(),
                    rnd.nextInt(10) < 4, rnd.nextInt(10) < 7);

            String text = render(plan, page, charset);
            // A Big5 page cannot carry every character HanLP's conversion may produce; such a page is published as UTF-8.
            if (!charset.newEncoder().canEncode(text)) {
                charset = StandardCharsets.UTF_8;
                text = render(plan, page, charset);
            }
            String fileName = String.format(Locale.ROOT, "%06d_%s.%s", index, plan.slug(), format.extension());
            return new GeneratedArticle(index, fileName, script, format, charset, text.getBytes(charset));
        }

        // -------------------------------------------------------------- the story

        private Plan plan(List<Lang> langs) {
            String story = weighted(m.mix.path("story"));
            int year = m.firstYear + rnd.nextInt(m.lastYear - m.firstYear + 1);
            Map<String, Term> slots = new HashMap<>();
            slots.put("year", Term.same(String.valueOf(year)));
            List<String> slugParts = new ArrayList<>();

            WorkingGroup wg = null;
            if (story.equals("workingGroup")) {
                List<WorkingGroup> running = m.workingGroups.stream().filter(w -> w.from() <= year).toList();
                if (running.isEmpty()) story = "talks";
                else wg = pick(running);
            }
            Cop cop = story.equals("copSideEvent") ? m.cops.stream().filter(c -> c.start().getYear() == year).findFirst().orElse(null) : null;
            if (story.equals("copSideEvent") && cop == null) story = "talks";

            Cast a, b;
            if (wg != null) {
                a = cast(year, wg.sides().get(0), null);
                b = cast(year, wg.sides().get(1), a);
            } else {
                a = cast(year, chance("chineseLead") ? "country/china" : null, null);
                b = cast(year, null, a);
            }
            putCast(slots, "a", a);
            putCast(slots, "b", b);

            LocalDate start, end;
            Place city;
            if (cop != null) {
                start = cop.start().plusDays(rnd.nextLong(ChronoUnit.DAYS.between(cop.start(), cop.end()) + 1));
                end = start;
                city = cop.city();
                slots.put("cop", pick(cop.names()));
                slots.put("cop.short", cop.shortName());
                slots.put("event", pick(m.events));
            } else {
                start = LocalDate.of(year, 1 + rnd.nextInt(12), 1 + rnd.nextInt(28));
                boolean oneDay = rnd.nextInt(10) < (wg != null ? 4 : 7);
                end = oneDay ? start : start.plusDays(1 + rnd.nextInt(3));
                city = hostCity(a, b);
            }
            LocalDateTime published = end.plusDays(rnd.nextInt(3)).atTime(7 + rnd.nextInt(15), rnd.nextInt(60));
            slots.put("date", dates(start, end, published.getYear() == end.getYear()));
            Country host = m.countries.get(city.country());
            slots.put("place", host != null && rnd.nextInt(5) == 0
                    ? new Term(host.name().hans() + city.name().hans(), host.name().hant() + city.name().hant(), city.name().en())
                    : city.name());
            if (wg != null) {
                slots.put("wg", wg.name());
                slots.put("ordinal", pick(m.ordinals));
                slugParts.add(wg.slug());
            }
            if (story.equals("forum")) {
                slots.put("event", pick(m.events));
                slots.put("org", pick(m.forumHosts));
            }
            slugParts.add(a.person().slug());
            slugParts.add(b.person().slug());
            slugParts.add(city.slug());

            StoryTemplates templates = m.stories.get(story);
            List<List<Line>> paragraphs = new ArrayList<>();
            List<Line> lead = new ArrayList<>();
            lead.add(line(pick(templates.lead())));
            List<Cast> others = others(year, a, b);
            if (!others.isEmpty()) {
                slots.put("others", list(others));
                lead.add(line(pick(templates.participants())));
            }
            Agreement issued = story.equals("talks") || story.equals("copSideEvent") ? issuedBy(year, a, b) : null;
            if (issued != null && rnd.nextBoolean()) {
                slots.put("agreement", issued.name());
                lead.add(line(pick(m.signing)));
            }
            paragraphs.add(lead);

            List<Term> statements = shuffled(m.statements);
            int said = 2 + rnd.nextInt(2);
            List<Line> views = new ArrayList<>();
            for (Term s : statements.subList(0, said)) views.add(line(s));
            paragraphs.add(views);

            List<Line> context = new ArrayList<>();
            List<Agreement> inForce = m.treaties.stream().filter(t -> t.year() < year).toList();
            if (!inForce.isEmpty() && rnd.nextInt(100) < 35) {
                slots.put("treaty", pick(inForce).name());
                context.add(line(pick(m.treatyLines)));
            }
            Cop next = m.cops.stream().filter(c -> c.start().isAfter(end)).findFirst().orElse(null);
            if (cop == null && next != null && rnd.nextInt(100) < 40) {
                slots.put("cop", pick(next.names()));
                slots.put("cop.short", next.shortName());
                slots.put("cop.city", next.city().name());
                slots.put("cop.presidency", next.presidency());
                slots.put("cop.dates", dates(next.start(), next.end(), false));
                context.add(line(pick(m.copLines)));
            }
            Succession succession = succession(year, a, b);
            if (succession != null) {
                Map<String, Term> own = new HashMap<>();
                own.put("successor", succession.successor().name());
                own.put("predecessor", succession.predecessor().name());
                own.put("post", succession.post());
                context.add(new Line(pick(m.successionLines), own));
            }
            if (!context.isEmpty()) paragraphs.add(context);

            // Background and the remaining statements fill the article up to its drawn length.
            JsonNode range = m.mix.path("bodyCharacters");
            int target = range.get(0).asInt() + rnd.nextInt(range.get(1).asInt() - range.get(0).asInt() + 1);
            int perLanguage = target / langs.size();
            List<Term> unused = new ArrayList<>(m.background);
            unused.addAll(statements.subList(said, statements.size()));
            List<Term> filler = shuffled(unused);
            Lang measure = langs.get(0);
            int length = 0;
            for (List<Line> p : paragraphs) for (Line l : p) length += fill(l, slots, measure).length();
            Iterator<Term> more = filler.iterator();
            while (length < perLanguage && more.hasNext()) {
                List<Line> p = new ArrayList<>();
                int size = 2 + rnd.nextInt(3);
                while (p.size() < size && length < perLanguage && more.hasNext()) {
                    Line l = line(more.next());
                    length += fill(l, slots, measure).length();
                    p.add(l);
                }
                // Background goes after the news, but now and then a paragraph of it comes between.
                paragraphs.add(paragraphs.size() > 2 && rnd.nextInt(5) == 0 ? paragraphs.size() - 1 : paragraphs.size(), p);
            }

            List<Term> subheadings = shuffled(m.subheadings).subList(0, 2);
            List<Term> tags = shuffled(m.topics).subList(0, 2 + rnd.nextInt(2));
            return new Plan(slots, line(pick(templates.headline())), line(pick(m.deks)), paragraphs, subheadings, city, published,
                    tags, slug(slugParts));
        }

        /** Someone in office in {@code year}, on the given side, from another country than {@code other}. */
        private Cast cast(int year, String side, Cast other) {
            List<Cast> pool = new ArrayList<>();
            for (Person p : m.persons) {
                Post post = p.postIn(year);
                if (post == null) continue;
                if (other != null && p.country().equals(other.person().country())) continue;
                if (side != null && !onSide(p, post, side)) continue;
                pool.add(new Cast(p, post));
            }
            if (pool.isEmpty() && side != null) return cast(year, null, other);
            if (pool.isEmpty()) throw new IllegalStateException("the gazetteer has nobody in office in " + year);
            return pick(pool);
        }

        private static boolean onSide(Person p, Post post, String side) {
            return side.startsWith("post:") ? post.title().en().contains(side.substring("post:".length())) : p.country().equals(side);
        }

        /**
         * Up to three colleagues of the two principals, half of the time; never a second holder of a
         * post already in the story (a post changing hands within the year has two holders that year).
         */
        private List<Cast> others(int year, Cast a, Cast b) {
            List<Cast> out = new ArrayList<>();
            if (rnd.nextBoolean()) return out;
            int wanted = 1 + rnd.nextInt(3);
            Set<Person> taken = new HashSet<>(List.of(a.person(), b.person()));
            Set<String> posts = new HashSet<>(List.of(a.post().title().hans(), b.post().title().hans()));
            for (int i = 0; i < wanted; i++) {
                String country = (rnd.nextBoolean() ? a : b).person().country();
                List<Cast> pool = new ArrayList<>();
                for (Person p : m.persons) {
                    Post post = p.postIn(year);
                    if (post != null && p.country().equals(country) && !taken.contains(p) && !posts.contains(post.title().hans()))
                        pool.add(new Cast(p, post));
                }
                if (pool.isEmpty()) continue;
                Cast c = pick(pool);
                taken.add(c.person());
                posts.add(c.post().title().hans());
                out.add(c);
            }
            return out;
        }

        /** A bilateral statement these two sides issued in this year, if there was one. */
        private Agreement issuedBy(int year, Cast a, Cast b) {
            List<Agreement> found = new ArrayList<>();
            for (Agreement g : m.bilaterals) {
                if (g.year() != year) continue;
                String p0 = m.partyMatchers.getOrDefault(g.parties().get(0), g.parties().get(0));
                String p1 = m.partyMatchers.getOrDefault(g.parties().get(1), g.parties().get(1));
                boolean ab = onSide(a.person(), a.post(), p0) && onSide(b.person(), b.post(), p1);
                boolean ba = onSide(a.person(), a.post(), p1) && onSide(b.person(), b.post(), p0);
                if (ab || ba) found.add(g);
            }
            return found.isEmpty() ? null : pick(found);
        }

        /** Mostly how one of the principals came to their post; now and then another succession. */
        private Succession succession(int year, Cast a, Cast b) {
            List<Succession> own = new ArrayList<>(), any = new ArrayList<>();
            for (Succession s : m.successions) {
                if (s.year() > year) continue;
                any.add(s);
                if (s.successor() == a.person() || s.successor() == b.person()) own.add(s);
            }
            if (!own.isEmpty() && rnd.nextInt(10) < 6) return pick(own);
            if (!any.isEmpty() && rnd.nextInt(10) == 0) return pick(any);
            return null;
        }

        /** The capital of one side's country usually, another of its cities sometimes. */
        private Place hostCity(Cast a, Cast b) {
            List<Place> cities = m.cities.getOrDefault((rnd.nextInt(10) < 6 ? a : b).person().country(), List.of());
            if (cities.isEmpty()) cities = m.cities.getOrDefault(a.person().country(), List.of());
            if (cities.isEmpty()) cities = m.cities.get("country/china");
            return rnd.nextBoolean() ? cities.get(0) : pick(cities);
        }

        private void putCast(Map<String, Term> slots, String key, Cast c) {
            Term name = c.person().name(), title = c.post().title();
            slots.put(key, name);
            slots.put(key + ".post", title);
            slots.put(key + ".full", full(c));
            Country country = m.countries.get(c.person().country());
            slots.put(key + ".country", country.name());
            slots.put(key + ".side", country.side());
        }

        private static Term full(Cast c) {
            Term name = c.person().name(), title = c.post().title();
            return new Term(title.hans() + name.hans(), title.hant() + name.hant(), title.en() + " " + name.en());
        }

        private static Term list(List<Cast> cs) {
            List<String> hans = new ArrayList<>(), hant = new ArrayList<>(), en = new ArrayList<>();
            for (Cast c : cs) {
                Term f = full(c);
                hans.add(f.hans());
                hant.add(f.hant());
                en.add(f.en());
            }
            String english = en.size() == 1 ? en.get(0)
                    : String.join(", ", en.subList(0, en.size() - 1)) + " and " + en.get(en.size() - 1);
            return new Term(String.join("、", hans), String.join("、", hant), english);
        }

        /**
         * A meeting's dates as articles write them: 2023年7月16日至19日, 7月16—19日 (the year left to
         * the publication date when that is the same year), on 16 July 2023, on July 16-19, 2023.
         */
        private Term dates(LocalDate start, LocalDate end, boolean yearImplied) {
            String y = !yearImplied || rnd.nextInt(3) > 0 ? start.getYear() + "年" : "";
            int m1 = start.getMonthValue(), d1 = start.getDayOfMonth(), m2 = end.getMonthValue(), d2 = end.getDayOfMonth();
            String zh, en;
            boolean dayFirst = rnd.nextBoolean();
            String month1 = MONTHS[m1 - 1], month2 = MONTHS[m2 - 1];
            if (start.equals(end)) {
                zh = y + m1 + "月" + d1 + "日";
                en = dayFirst ? "on " + d1 + " " + month1 + " " + start.getYear() : "on " + month1 + " " + d1 + ", " + start.getYear();
            } else if (m1 == m2) {
                zh = y + m1 + "月" + d1 + (rnd.nextBoolean() ? "日至" + d2 + "日" : "—" + d2 + "日");
                en = dayFirst ? "from " + d1 + " to " + d2 + " " + month1 + " " + start.getYear()
                        : "on " + month1 + " " + d1 + "-" + d2 + ", " + start.getYear();
            } else {
                zh = y + m1 + "月" + d1 + "日至" + m2 + "月" + d2 + "日";
                // Month first: "from 31 August to 2 September" would read as two separate dates.
                en = "from " + month1 + " " + d1 + " to " + month2 + " " + d2 + ", " + start.getYear();
            }
            return new Term(zh, zh, en);
        }

        private Line line(Term template) {
            Map<String, Term> own = new HashMap<>(2);
            Term topic = pick(m.topics), topic2 = pick(m.topics);
            while (topic2 == topic) topic2 = pick(m.topics);
            own.put("topic", topic);
            own.put("topic2", topic2);
            return new Line(template, own);
        }

        private static String slug(List<String> parts) {
            String s = String.join("-", parts);
            if (s.length() <= 60) return s;
            int cut = s.lastIndexOf('-', 60);
            return s.substring(0, cut > 0 ? cut : 60);
        }

        // -------------------------------------------------------------- the page

        private String render(Plan plan, Page page, Charset charset) {
            return switch (page.format()) {
                case TEXT -> text(plan, page);
                case HTML -> html(plan, page, charset);
                case MARKDOWN -> markdown(plan, page);
            };
        }

        private String text(Plan plan, Page page) {
            StringBuilder out = new StringBuilder();
            String gap = page.blankLines() ? "\n\n" : "\n";
            for (Lang lang : page.langs()) {
                boolean first = lang == page.langs().get(0);
                if (!first) out.append("\n\n");
                out.append(fill(plan.headline(), plan.slots(), lang)).append("\n\n");
                if (first && lang == Lang.EN) {
                    out.append(page.variant() ? "By " + page.reporterEn() + " | " + englishDate(plan.published().toLocalDate(), false)
                            : page.site().infoLabel() + englishDate(plan.published().toLocalDate(), true)).append("\n\n");
                } else if (first) {
                    String stamp = plan.published().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
                    String publisher = page.publisher().in(lang);
                    out.append(page.variant() ? page.site().sourceLabel() + publisher + " " + stamp
                            : stamp + "\u3000" + page.site().sourceLabel() + publisher).append("\n\n");
                }
                List<String> paragraphs = paragraphs(plan, page, lang);
                for (int i = 0; i < paragraphs.size(); i++) {
                    if (i > 0) out.append(gap);
                    if (lang != Lang.EN && page.indent()) out.append("\u3000\u3000");
                    if (i == 0 && first && page.variant()) out.append(dateline(plan, page, lang));
                    out.append(paragraphs.get(i));
                }
                if (first && !page.variant()) {
                    out.append("\n\n").append(page.site().editorLabel())
                            .append(lang == Lang.EN ? page.reporterEn() : page.reporter().in(lang));
                }
            }
            return out.append('\n').toString();
        }

        private String html(Plan plan, Page page, Charset charset) {
            Site site = page.site();
            Lang first = page.langs().get(0);
            List<String> headlines = new ArrayList<>();
            for (Lang lang : page.langs()) headlines.add(fill(plan.headline(), plan.slots(), lang));
            StringBuilder h = new StringBuilder(8192);
            h.append("<!DOCTYPE html>\n<html lang=\"").append(htmlLang(first)).append("\">\n<head>\n<meta charset=\"")
                    .append(charset == StandardCharsets.UTF_8 ? "utf-8" : charset == GB18030 ? "gb18030" : "big5").append("\">\n");
            h.append("<title>").append(esc(String.join(" | ", headlines))).append(" | ").append(esc(site.name())).append("</title>\n");
            if (page.metaDate())
                h.append("<meta property=\"article:published_time\" content=\"")
                        .append(plan.published().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME)).append("\">\n");
            h.append("<link rel=\"canonical\" href=\"").append(esc(page.url())).append("\">\n");
            h.append("<script>var _hmt = _hmt || []; (function () { var s = document.createElement('script'); s.src = '/stat.js'; document.head.appendChild(s); })();</script>\n");
            h.append("</head>\n<body>\n");
            h.append("<div class=\"topbar\">").append(esc(site.name())).append("\u3000<a href=\"/login\">")
                    .append(first == Lang.EN ? "Sign in" : first == Lang.HANT ? "登入" : "登录").append("</a></div>\n");
            if (page.variant()) {
                h.append("<nav class=\"menu\">");
                for (int i = 0; i < site.nav().size(); i++)
                    h.append(i > 0 ? " | " : "").append("<a href=\"/c").append(i).append("\">").append(esc(site.nav().get(i))).append("</a>");
                h.append("</nav>\n");
            } else {
                h.append("<div class=\"nav\"><ul>");
                for (int i = 0; i < site.nav().size(); i++)
                    h.append("<li><a href=\"/c").append(i).append("\">").append(esc(site.nav().get(i))).append("</a></li>");
                h.append("</ul></div>\n");
            }
            h.append("<div class=\"breadcrumb\">").append(esc(site.breadcrumb())).append("</div>\n");
            h.append(page.variant() ? "<article>\n" : "<div class=\"article\">\n");
            for (Lang lang : page.langs()) {
                boolean bilingual = page.langs().size() > 1;
                if (bilingual) h.append("<section lang=\"").append(htmlLang(lang)).append("\">\n");
                h.append("<h1>").append(esc(fill(plan.headline(), plan.slots(), lang))).append("</h1>\n");
                if (lang == first) {
                    String stamp = lang == Lang.EN ? englishDate(plan.published().toLocalDate(), true)
                            : plan.published().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
                    h.append("<div class=\"info\">").append(esc(site.infoLabel())).append(esc(stamp)).append("\u3000")
                            .append(esc(site.sourceLabel())).append(esc(page.publisher().in(lang))).append("</div>\n");
                    h.append("<div class=\"share\">").append(esc(site.shareLabel()));
                    for (String s : site.share()) h.append(" <a href=\"#\">").append(esc(s)).append("</a>");
                    h.append("</div>\n");
                }
                for (String p : paragraphs(plan, page, lang)) h.append("<p>").append(esc(p)).append("</p>\n");
                if (bilingual) h.append("</section>\n");
                if (bilingual && lang == first) h.append("<hr>\n");
            }
            h.append(page.variant() ? "</article>\n" : "</div>\n");
            h.append("<aside class=\"related\">\n<h3>").append(esc(site.related())).append("</h3>\n<ul>\n");
            for (String r : site.relatedItems()) h.append("<li><a href=\"#\">").append(esc(r)).append("</a></li>\n");
            h.append("</ul>\n</aside>\n<footer>\n");
            String year = String.valueOf(plan.published().getYear());
            for (String f : site.footer()) h.append("<p>").append(esc(f.replace("{year}", year))).append("</p>\n");
            h.append("</footer>\n</body>\n</html>\n");
            return h.toString();
        }

        private String markdown(Plan plan, Page page) {
            Site site = page.site();
            Lang first = page.langs().get(0);
            StringBuilder md = new StringBuilder();
            md.append("---\ntitle: ").append(yamlString(fill(plan.headline(), plan.slots(), first))).append('\n');
            md.append("date: ").append(plan.published().toLocalDate()).append('\n');
            md.append("source: ").append(page.sourceIsUrl() ? page.url() : yamlString(page.publisher().in(first))).append('\n');
            md.append("author: ").append(yamlString(first == Lang.EN ? page.reporterEn() : page.reporter().in(first))).append('\n');
            md.append("tags:\n");
            for (Term t : plan.tags()) md.append("  - ").append(yamlString(t.in(first))).append('\n');
            md.append("---\n\n");
            for (Lang lang : page.langs()) {
                boolean isFirst = lang == first;
                md.append("# ").append(fill(plan.headline(), plan.slots(), lang)).append("\n\n");
                if (isFirst && page.dek())
                    md.append("> **").append(site.dekLabel()).append("**").append(lang == Lang.EN ? ": " : "：")
                            .append(fill(plan.dek(), plan.slots(), lang)).append("\n\n");
                List<String> paragraphs = paragraphs(plan, page, lang);
                for (int i = 0; i < paragraphs.size(); i++) {
                    if (i == 1 || i == 3) md.append("## ").append(plan.subheadings().get(i / 2).in(lang)).append("\n\n");
                    md.append(paragraphs.get(i)).append("\n\n");
                }
            }
            if (page.relatedLink())
                md.append(site.related()).append(first == Lang.EN ? ": " : "：").append('[').append(site.relatedItems().get(0))
                        .append("](https://").append(site.domain()).append('/').append(site.path()).append("/more.html)\n");
            return md.toString();
        }

        private List<String> paragraphs(Plan plan, Page page, Lang lang) {
            List<String> out = new ArrayList<>(plan.paragraphs().size());
            for (List<Line> p : plan.paragraphs()) {
                StringBuilder b = new StringBuilder();
                for (Line l : p) {
                    if (b.length() > 0 && lang == Lang.EN) b.append(' ');
                    b.append(fill(l, plan.slots(), lang));
                }
                out.add(page.pinyin() ? annotate(b) : b.toString());
            }
            return out;
        }

        private String dateline(Plan plan, Page page, Lang lang) {
            LocalDate d = plan.published().toLocalDate();
            return page.site().dateline()
                    .replace("{publisher}", page.publisher().in(lang))
                    .replace("{city}", plan.city().name().in(lang))
                    .replace("{month}", String.valueOf(d.getMonthValue()))
                    .replace("{day}", String.valueOf(d.getDayOfMonth()))
                    .replace("{date}", englishDate(d, true))
                    .replace("{reporter}", lang == Lang.EN ? page.reporterEn() : page.reporter().in(lang));
        }

        /** 態(tài): the reading after each character some pages annotate. */
        private String annotate(CharSequence s) {
            StringBuilder out = new StringBuilder(s.length() + s.length() / 4);
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                out.append(c);
                String reading = m.pinyin.get(c);
                if (reading != null) out.append('(').append(reading).append(')');
            }
            return out.toString();
        }

        // -------------------------------------------------------------- small helpers

        private static String fill(Line line, Map<String, Term> slots, Lang lang) {
            String template = line.template().in(lang);
            Matcher ph = PLACEHOLDER.matcher(template);
            StringBuilder out = new StringBuilder(template.length() + 64);
            while (ph.find()) {
                Term value = line.own().get(ph.group(1));
                if (value == null) value = slots.get(ph.group(1));
                if (value == null)
                    throw new IllegalStateException("template '" + template + "' needs {" + ph.group(1) + "}, which its story does not fill");
                ph.appendReplacement(out, Matcher.quoteReplacement(value.in(lang)));
            }
            ph.appendTail(out);
            if (lang == Lang.EN && out.length() > 0) out.setCharAt(0, Character.toUpperCase(out.charAt(0)));
            return out.toString();
        }

        private static String englishDate(LocalDate d, boolean dayFirst) {
            String month = MONTHS[d.getMonthValue() - 1];
            return dayFirst ? d.getDayOfMonth() + " " + month + " " + d.getYear() : month + " " + d.getDayOfMonth() + ", " + d.getYear();
        }

        private static String htmlLang(Lang lang) {
            return switch (lang) {
                case HANS -> "zh-CN";
                case HANT -> "zh-HK";
                case EN -> "en";
            };
        }

        /** Also writes © as an entity, as pages do: Big5 has no such character. */
        private static String esc(String s) {
            return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("©", "&copy;");
        }

        private static String yamlString(String s) {
            return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
        }

        private boolean chance(String key) {
            return rnd.nextDouble() < m.mix.path(key).asDouble();
        }

        private String weighted(JsonNode weights) {
            int total = 0;
            for (JsonNode w : weights) total += w.asInt();
            int r = rnd.nextInt(total);
            for (Iterator<Map.Entry<String, JsonNode>> it = weights.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> w = it.next();
                r -= w.getValue().asInt();
                if (r < 0) return w.getKey();
            }
            throw new IllegalStateException("weights " + weights + " do not add up");
        }

        private <T> T pick(List<T> list) {
            return list.get(rnd.nextInt(list.size()));
        }

        private <T> List<T> shuffled(List<T> list) {
            List<T> copy = new ArrayList<>(list);
            for (int i = copy.size() - 1; i > 0; i--) Collections.swap(copy, i, rnd.nextInt(i + 1));
            return copy;
        }
    }
}
