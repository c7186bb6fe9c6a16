package org.cdkg.serve;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.cdkg.graph.Cdo;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** queries/who-co-chaired-which-meeting.rq lists dated meetings in order, then approximate, then undated ones, each with how its date was obtained. */
class CoChairQueryOrderTest {
    @Test
    void undatedMeetingsComeLastWithTheirDateBasis() throws Exception {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.source(Path.of("ontology/cdkg.ttl")).lang(Lang.TURTLE).parse(m);
        String data = """
                PREFIX cdo: <https://w3id.org/cdkg/ontology#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
                PREFIX id: <https://w3id.org/cdkg/id/>
                id:p1 rdfs:label "甲"@zh-Hans . id:p2 rdfs:label "乙"@zh-Hans .
                id:undated a cdo:Meeting ; rdfs:label "对话（未注明日期）"@zh-Hans ; cdo:coChair id:p1 ; cdo:dateBasis cdo:Undated .
                id:later a cdo:Meeting ; rdfs:label "会议二"@zh-Hans ; cdo:coChair id:p2 ; cdo:startDate "2024-05-07"^^xsd:date ;
                    cdo:endDate "2024-05-07"^^xsd:date ; cdo:dateBasis cdo:DateCompletedFromArticleDate .
                id:earlier a cdo:Meeting ; rdfs:label "会议一"@zh-Hans ; cdo:coChair id:p1 ; cdo:startDate "2021-04-15"^^xsd:date ;
                    cdo:endDate "2021-04-16"^^xsd:date ; cdo:dateBasis cdo:StatedDate .
                id:recent a cdo:Meeting ; rdfs:label "会见"@zh-Hans ; cdo:coChair id:p2 ; cdo:notAfter "2023-01-01"^^xsd:date ;
                    cdo:dateBasis cdo:ApproximateDate .
                """;
        RDFParser.fromString(data, Lang.TURTLE).parse(m);
        String query = Files.readString(Path.of("queries/who-co-chaired-which-meeting.rq"));
        List<String> order = new ArrayList<>(), bases = new ArrayList<>();
        try (QueryExecution qe = QueryExecutionFactory.create(query, m)) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                order.add(s.getLiteral("meetingLabel").getString());
                bases.add(s.contains("dateBasis") ? s.getLiteral("dateBasis").getString() : "");
            }
        }
        assertEquals(List.of("会议一", "会见", "会议二", "对话（未注明日期）"), order, "dated and approximate by day, the undated last");
        assertEquals(List.of("stated", "approximate", "completed from the article's date", "not dated"), bases);
        assertTrue(m.contains(Cdo.Undated, org.apache.jena.vocabulary.RDFS.label, "not dated", "en"));
    }
}
