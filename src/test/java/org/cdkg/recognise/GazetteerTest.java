package org.cdkg.recognise;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.cdkg.document.EntityType;
import org.cdkg.graph.Cdo;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/** The curated data agrees with itself and with the ontology. */
class GazetteerTest {
    private final Gazetteer g = Gazetteer.bundled();

    @Test
    void everyReferenceResolves() {
        List<String> broken = new ArrayList<>();
        for (GazetteerEntry e : g.entries()) {
            for (String field : List.of("country", "city", "presidency", "convention")) {
                Object ref = e.facts().get(field);
                if (ref instanceof String id && g.byId(id) == null) broken.add(e.id() + "." + field + " → " + id);
            }
            if (e.facts().get("parties") instanceof List<?> ps)
                for (Object p : ps) if (g.byId(String.valueOf(p)) == null) broken.add(e.id() + ".parties → " + p);
        }
        assertEquals(List.of(), broken);
    }

    @Test
    void everyEntryHasANameAndAStableId() {
        for (GazetteerEntry e : g.entries()) {
            assertTrue(e.en() != null || e.zhHans() != null, e.id() + " has no name");
            assertTrue(e.id().matches("(person|org|country|place|cop|agreement)/[a-z0-9-]+"), "odd id " + e.id());
        }
        assertTrue(g.entries().size() > 900, "the gazetteer shrank to " + g.entries().size());
    }

    @Test
    void copSessionsAreNumberedPerConvention() {
        assertEquals("cop/unfccc-cop26", g.cop("org/unfccc", 26).id());
        assertEquals("cop/cbd-cop15", g.cop("agreement/cbd", 15).id());
        assertEquals("country/china", g.countryByAbbreviation('中').id());
    }

    @Test
    void typesAndMeetingKindsAreOntologyClasses() throws Exception {
        Model onto = RDFDataMgr.loadModel("ontology/cdkg.ttl");
        for (EntityType t : EntityType.values())
            assertTrue(onto.contains(onto.createResource(Cdo.NS + t.className()), RDF.type, OWL.Class), t.className());
        var packs = org.cdkg.relate.rules.RulePack.perLanguage("meetings", org.cdkg.relate.rules.MeetingRules.class);
        for (var pack : packs.entrySet())
            for (var k : pack.getValue().kinds()) {
                var cls = onto.createResource(Cdo.NS + k.kind());
                assertTrue(cls.equals(Cdo.Meeting) || onto.contains(cls, RDFS.subClassOf, Cdo.Meeting),
                        pack.getKey().code() + " words " + k.words() + " → " + k.kind() + " is not a kind of cdo:Meeting");
            }
    }
}
