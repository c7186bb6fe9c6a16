package org.cdkg.graph;

import com.hankcs.hanlp.HanLP;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.cdkg.MessyText;
import org.cdkg.RdfChecks;
import org.cdkg.document.Article;
import org.cdkg.document.Entity;
import org.cdkg.document.EntityType;
import org.cdkg.document.Mention;
import org.cdkg.document.SourceFormat;
import org.cdkg.recognise.EntityKeys;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Article and entity IRIs are minted from names and file names, which can hold anything: the
 * IRI must always be valid and survive N-Triples, the same name must always give the same IRI
 * (whatever its script, case or spacing, where the keys promise to fold those), and different
 * file names, or names the slug cannot tell apart, must not share one.
 */
class IriMintingPropertiesTest {
    private static final List<String> KINDS = List.of("org", "place", "agreement", "position");
    private static final List<String> HOSTILE = List.of(
            " ", "  ", "\t", "\n", "\r", "\u0000", "\u0001", "\u007f", "\u00a0", "\u3000", "\u200b", "\ufeff", "😀", "\uD83C\uDF0D",
            "👨‍👩‍👧", "𠀀", "مرحبا", "שלום", "\u202e", "\u200f", "<", ">", "\"", "{", "}", "|", "\\", "^", "`", "%", "%20", "%zz", "%E4",
            "/", "?", "#", ":", "@", "&", "=", "+", ";", ",", "'", "(", ")", "[", "]", "*", "!", "$", "~", ".", "..", "-", "_", "--", "__",
            "a", "Z", "0", "9", "é", "ß", "İ", "ﬁ", "Ⅻ", "①", "²", "ＡＢＣ", "１２", "中", "國", "气候", "變化", "解振华", "约翰·克里",
            "COP28", "Paris Agreement", "Путин", "Ελλάδα", "e\u0301", "\uFFFD", "\uFFFF", "\uE000");
    /** Names of the kind the recognisers mint, each written in simplified script. */
    private static final List<String> REAL_NAMES = List.of(
            "联合国气候变化框架公约", "生态环境部", "国家发展和改革委员会", "巴黎协定", "格拉斯哥气候公约", "中美气候变化工作组",
            "北京", "广州", "香港", "台湾", "迪拜", "沙姆沙伊赫", "气候变化事务特使", "外交部长", "国务院", "绿色气候基金",
            "亚洲开发银行", "世界气象组织", "气候雄心峰会", "阳光之乡声明", "中国气候变化事务特使", "解振华", "刘振民", "王毅",
            "约翰·克里", "欧阳修", "司马光", "诸葛亮", "张三", "李四", "黄润秋", "习近平");

    @Provide
    Arbitrary<String> names() {
        Arbitrary<String> hostile = Arbitraries.of(HOSTILE).list().ofMinSize(1).ofMaxSize(8).map(l -> String.join("", l));
        return Arbitraries.frequencyOf(Tuple.of(4, hostile), Tuple.of(2, MessyText.unicode(20)), Tuple.of(2, MessyText.body(5)),
                Tuple.of(1, Arbitraries.strings().withCharRange('a', 'z').withChars("-_.").ofMinLength(1).ofMaxLength(80)),
                Tuple.of(1, MessyText.anyChars(20)));
    }

    @Provide
    Arbitrary<String> kinds() {
        return Arbitraries.of(KINDS);
    }

    @Provide
    Arbitrary<String> realNames() {
        return Arbitraries.of(REAL_NAMES);
    }

    @Property(tries = 500)
    void articleIrisAreValidAndStable(@ForAll("names") String fileName) {
        String iri = GraphBuilder.articleIri(fileName);
        RdfChecks.validIri(iri);
        assertTrue(iri.startsWith(Cdo.ID_NS + "article/"), iri);
        assertTrue(iri.substring((Cdo.ID_NS + "article/").length()).matches("[a-z0-9]+(-[a-z0-9]+)*"), iri);
        assertEquals(iri, GraphBuilder.articleIri(new String(fileName.toCharArray())));
    }

    @Property(tries = 500)
    void entityKeysGiveValidAndStableIris(@ForAll("kinds") String kind, @ForAll("names") String name) {
        String key = EntityKeys.of(kind, name);
        assertTrue(key.matches(kind + "/[a-z0-9]+(-[a-z0-9]+)*"), "key " + key + " of " + name);
        RdfChecks.validIri(Cdo.ID_NS + key);
        assertEquals(key, EntityKeys.of(kind, new String(name.toCharArray())));
    }

    @Property(tries = 500)
    void personKeysGiveValidAndStableIris(@ForAll("names") String name) {
        String key = EntityKeys.person(name);
        // A key with nothing after "person/" would make everyone with such a name one person.
        assertTrue(key.matches("person/[a-z0-9]+(-[a-z0-9]+)*"), "key " + key + " of " + name);
        RdfChecks.validIri(Cdo.ID_NS + key);
        assertEquals(key, EntityKeys.person(new String(name.toCharArray())));
    }

    /** Keys are made of the name in simplified script with the ends stripped: the same name in either script or padded is one entity. */
    @Property(tries = 300)
    void theSameNameGivesTheSameKey(@ForAll("kinds") String kind, @ForAll("names") String name) {
        String simplified = HanLP.convertToSimplifiedChinese(name.strip());
        assertEquals(EntityKeys.of(kind, simplified), EntityKeys.of(kind, " " + name + "\u3000\n"));
        assertEquals(EntityKeys.of(kind, name), EntityKeys.of(kind, simplified));
        assertEquals(EntityKeys.person(name), EntityKeys.person(simplified));
        assertEquals(EntityKeys.person(name), EntityKeys.person("\t" + name + " "));
    }

    @Property(tries = 200)
    void realNamesInTraditionalScriptGiveTheSameKey(@ForAll("kinds") String kind, @ForAll("realNames") String name) {
        String traditional = HanLP.convertToTraditionalChinese(name);
        assertEquals(EntityKeys.of(kind, name), EntityKeys.of(kind, traditional), traditional);
        assertEquals(EntityKeys.person(name), EntityKeys.person(traditional), traditional);
    }

    /** Latin names are slugs: case and the spacing between words do not make another entity. */
    @Property(tries = 300)
    void latinCaseAndSpacingDoNotMatter(@ForAll("kinds") String kind, @ForAll("latinWords") List<String> words, @ForAll("spaces") String space) {
        String name = String.join(" ", words);
        String other = String.join(space, words).toUpperCase(Locale.ROOT);
        assertEquals(EntityKeys.of(kind, name), EntityKeys.of(kind, other));
        assertEquals(EntityKeys.person(name), EntityKeys.person(other));
    }

    @Provide
    Arbitrary<List<String>> latinWords() {
        return Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z').withCharRange('0', '9').ofMinLength(1).ofMaxLength(12)
                .list().ofMinSize(1).ofMaxSize(6);
    }

    @Provide
    Arbitrary<String> spaces() {
        return Arbitraries.of(" ", "  ", "\t", " \n ", "\u00a0", "\u3000");
    }

    /** Names with nothing the slug keeps (no Latin letter, digit or Han character) are told apart by a hash of the name. */
    @Property(tries = 300)
    void unsluggableNamesAreToldApart(@ForAll("kinds") String kind, @ForAll("unsluggable") String a, @ForAll("unsluggable") String b) {
        Assume.that(!HanLP.convertToSimplifiedChinese(a.strip()).equals(HanLP.convertToSimplifiedChinese(b.strip())));
        assertNotEquals(EntityKeys.of(kind, a), EntityKeys.of(kind, b), a + " and " + b);
        assertNotEquals(EntityKeys.person(a), EntityKeys.person(b), a + " and " + b);
    }

    @Provide
    Arbitrary<String> unsluggable() {
        Arbitrary<String> symbol = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.of(HOSTILE)),
                Tuple.of(2, Arbitraries.of("Путин", "Медведев", "Ελλάδα", "Αθήνα", "مرحبا", "שלום", "😀", "🌍", "🇨🇳", "·", "—", "《》")),
                Tuple.of(1, MessyText.anyCodePoint()));
        return symbol.list().ofMinSize(1).ofMaxSize(6).map(l -> String.join("", l))
                .filter(s -> EntityKeys.slug(s).isEmpty() && noHan(s));
    }

    @Provide
    Arbitrary<Tuple.Tuple2<String, String>> fileNamePairs() {
        Arbitrary<String> stem = Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z').withCharRange('0', '9').withChars("-_.")
                .ofMinLength(1).ofMaxLength(30);
        Arbitrary<String> ext = Arbitraries.of(".txt", ".md", ".html", "", ".TXT", "_txt", "-md");
        Arbitrary<String> name = Combinators.combine(stem, ext).as(String::concat);
        // A name and a near miss: one letter's case flipped, one separator swapped, doubled or added.
        Arbitrary<Tuple.Tuple2<String, String>> nearMiss = Combinators.combine(name, Arbitraries.integers().between(0, 1000),
                Arbitraries.of("case", "swap", "double", "lead", "trail")).as((n, at, how) -> Tuple.of(n, variant(n, at, how)));
        Arbitrary<Tuple.Tuple2<String, String>> any = Combinators.combine(names(), names()).as(Tuple::of);
        return Arbitraries.frequencyOf(Tuple.of(3, nearMiss), Tuple.of(1, any));
    }

    /** Different files are different articles: if two names gave one IRI, loading one would replace the other's graph. */
    @Property(tries = 500)
    void differentFileNamesGiveDifferentArticles(@ForAll("fileNamePairs") Tuple.Tuple2<String, String> pair) {
        Assume.that(!pair.get1().equals(pair.get2()));
        assertNotEquals(GraphBuilder.articleIri(pair.get1()), GraphBuilder.articleIri(pair.get2()),
                "\"" + pair.get1() + "\" and \"" + pair.get2() + "\"");
    }

    /** The graph built around arbitrary names, titles, addresses and labels: IRIs valid, literals well-formed, N-Triples round trip. */
    @Property(tries = 200)
    void graphsOfArbitraryNamesRoundTrip(@ForAll("validNames") String fileName, @ForAll("validNames") String label,
                                         @ForAll("kinds") String kind) {
        Article a = new Article(fileName, EntityKeys.hash(fileName), label, StandardCharsets.UTF_8, SourceFormat.PLAIN_TEXT, null, 0);
        a.metadata().offerTitle(label);
        a.metadata().offerPublisher(label);
        a.metadata().offerAuthor(label);
        a.metadata().offerSourceUrl("https://example.org/" + label);
        Entity org = new Entity(EntityKeys.of(kind, label), EntityType.ORGANIZATION);
        org.addLabel("zh-Hans", label);
        org.addLabel("zh-Hant", label + "x");
        org.addLabel("en", label);
        org.addSurfaceForm("en", fileName);
        Entity person = new Entity(EntityKeys.person(label), EntityType.PERSON);
        person.addLabel("en", label);
        for (Entity e : List.of(org, person)) {
            a.entities().put(e.key(), e);
            a.mentions().add(new Mention(0, 1, label, e.key(), e.type(), "test", 0.5));
        }
        ArticleGraph g = new GraphBuilder().build(a);
        assertEquals(GraphBuilder.articleIri(fileName), g.iri());
        RdfChecks.roundTrips(g.model());
    }

    /** A page's address is written as a well-formed xsd:anyURI, and one that already is one is written unchanged. */
    @Property(tries = 500)
    void sourceAddressesAreWellFormedAnyUris(@ForAll("validNames") String rest, @ForAll("schemes") String scheme) {
        String url = scheme + rest;
        String written = GraphBuilder.anyUri(url);
        assertTrue(org.apache.jena.datatypes.xsd.XSDDatatype.XSDanyURI.isValid(written), url + " → " + written);
        if (org.apache.jena.datatypes.xsd.XSDDatatype.XSDanyURI.isValid(url)) assertEquals(url, written);
    }

    @Provide
    Arbitrary<String> schemes() {
        return Arbitraries.of("https://", "http://", "https://example.org/", "http://[", "https://example.org:", "");
    }

    @Provide
    Arbitrary<String> validNames() {
        // File names and names from text are decoded strings: no unpaired surrogates.
        return names().filter(s -> MessyText.loneSurrogate(s) < 0);
    }

    private static String variant(String n, int at, String how) {
        int i = at % n.length();
        return switch (how) {
            case "case" -> {
                int letter = -1;
                for (int k = 0; k < n.length(); k++) if (Character.isLetter(n.charAt((i + k) % n.length()))) { letter = (i + k) % n.length(); break; }
                if (letter < 0) yield n + "a";
                char c = n.charAt(letter);
                char flipped = Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c);
                yield n.substring(0, letter) + flipped + n.substring(letter + 1);
            }
            case "swap" -> {
                int sep = -1;
                for (int k = 0; k < n.length(); k++) if ("-_.".indexOf(n.charAt((i + k) % n.length())) >= 0) { sep = (i + k) % n.length(); break; }
                if (sep < 0) yield n.substring(0, i) + "-" + n.substring(i);
                char c = n.charAt(sep);
                yield n.substring(0, sep) + (c == '.' ? '_' : c == '_' ? '-' : '.') + n.substring(sep + 1);
            }
            case "double" -> n.substring(0, i) + (n.charAt(i) == '.' ? ".." : "--") + n.substring(i);
            case "lead" -> "-" + n;
            default -> n + "_";
        };
    }

    private static boolean noHan(String s) {
        return s.codePoints().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }
}
