package org.cdkg.graph;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.cdkg.document.Article;
import org.cdkg.pipeline.Extracted;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class GraphBuilderTest {
    private static final String TEXT = "2019年3月4日至5日，中国气候变化事务特别代表解振华与欧盟委员会气候行动与能源委员米格尔·阿里亚斯·卡涅特在布鲁塞尔举行会谈。";

    @Test
    void articleIrisAreStableAndSafe() {
        assertEquals(GraphBuilder.articleIri("000_91bb6cd80cc773ee.txt"), GraphBuilder.articleIri("000_91bb6cd80cc773ee.txt"));
        assertEquals(Cdo.ID_NS + "article/000-91bb6cd80cc773ee-txt", GraphBuilder.articleIri("000_91bb6cd80cc773ee.txt"));
        String spaced = GraphBuilder.articleIri("气候 新闻 1.html");
        assertTrue(spaced.matches("https://w3id\\.org/cdkg/id/article/[a-z0-9-]+"), spaced);
        assertNotEquals(spaced, GraphBuilder.articleIri("气候 新闻 2.html"));
    }

    @Test
    void sameMeetingSameIriInEveryArticle() {
        Article one = Extracted.from("one.txt", TEXT);
        Article two = Extracted.from("two.txt", "据报道，" + TEXT.replace("，中国", "，中國"));
        Model a = new GraphBuilder().build(one).model(), b = new GraphBuilder().build(two).model();
        List<Resource> ma = a.listSubjectsWithProperty(RDF.type, Cdo.Meeting).toList();
        List<Resource> mb = b.listSubjectsWithProperty(RDF.type, Cdo.Meeting).toList();
        assertEquals(1, ma.size());
        assertEquals(ma, mb);
    }

    @Test
    void nodesCarryTheirSuperclassesAndLabels() {
        Model m = new GraphBuilder().build(Extracted.from("x.txt", TEXT)).model();
        Resource xie = m.createResource(Cdo.ID_NS + "person/xie-zhenhua");
        assertTrue(xie.hasProperty(RDF.type, Cdo.Envoy));
        assertTrue(xie.hasProperty(RDF.type, Cdo.Person));
        assertTrue(xie.hasProperty(RDFS.label, m.createLiteral("解振華", "zh-Hant")));
        Resource brussels = m.createResource(Cdo.ID_NS + "place/brussels");
        Resource meeting = m.listSubjectsWithProperty(Cdo.location, brussels).next();
        assertTrue(meeting.hasProperty(RDF.type, Cdo.Talks));
        assertTrue(meeting.hasProperty(Cdo.participant, xie));
    }

    @Test
    void evidencePointsIntoTheOriginalFile() {
        String original = "<html><body><nav>首页</nav><p>" + TEXT + "</p></body></html>";
        Article a = Extracted.from("e.html", original);
        Model m = new GraphBuilder().build(a).model();
        Statement exact = m.listStatements(null, Oa.exact, (String) null).next();
        Resource quote = exact.getSubject();
        Resource target = m.listSubjectsWithProperty(Oa.hasSelector, quote).next();
        Resource position = target.listProperties(Oa.hasSelector).toList().stream().map(Statement::getResource)
                .filter(r -> r.hasProperty(RDF.type, Oa.TextPositionSelector)).findFirst().orElseThrow();
        int start = position.getProperty(Oa.start).getInt(), end = position.getProperty(Oa.end).getInt();
        assertEquals(exact.getString(), original.substring(start, end), "the selector's span in the file is the quoted sentence");
    }

    @Test
    void meetingsTheArticleKeepsApartStayApartEvenWithTheSameDaysAndSides() {
        Article a = Extracted.from("two-talks.txt", "解振华2019年3月4日在布鲁塞尔会见米格尔·阿里亚斯·卡涅特。\n"
                + "当天，李干杰在布鲁塞尔会见米格尔·阿里亚斯·卡涅特。");
        assertEquals(2, a.meetings().size(), a.meetings().toString());
        Model m = new GraphBuilder().build(a).model();
        List<Resource> meetings = m.listSubjectsWithProperty(RDF.type, Cdo.Meeting).toList();
        assertEquals(2, meetings.size(), meetings.toString());
        Resource xie = m.createResource(Cdo.ID_NS + "person/xie-zhenhua");
        assertEquals(1, meetings.stream().filter(r -> r.hasProperty(Cdo.participant, xie)).count());
    }

    @Test
    void anUnnamedMeetingIsLabelledByItsPeoplePlaceAndDayInEachLanguage() {
        Model m = new GraphBuilder().build(Extracted.from("x.txt", TEXT)).model();
        Resource meeting = m.listSubjectsWithProperty(RDF.type, Cdo.Meeting).next();
        String en = meeting.listProperties(RDFS.label).toList().stream().filter(st -> st.getLanguage().equals("en")).map(Statement::getString).findFirst().orElseThrow();
        String zh = meeting.listProperties(RDFS.label).toList().stream().filter(st -> st.getLanguage().equals("zh-Hans")).map(Statement::getString).findFirst().orElseThrow();
        assertTrue(en.startsWith("Talks (") && en.contains("Xie Zhenhua") && en.contains("Brussels") && en.contains("2019-03-04"), en);
        assertFalse(en.contains("布鲁塞尔"), "an English label names the place in English: " + en);
        assertTrue(zh.startsWith("会谈（") && zh.contains("解振华") && zh.contains("布鲁塞尔"), zh);
    }
}
