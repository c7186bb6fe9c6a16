package org.cdkg.graph;

import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.vocabulary.RDF;
import org.cdkg.document.Article;
import org.cdkg.pipeline.ArticlePipeline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/** Every article graph cdkg writes conforms to ontology/cdkg-shapes.ttl. */
class GraphShapesTest {
    static Shapes shapes;

    @BeforeAll
    static void readShapes() {
        shapes = Shapes.parse(RDFDataMgr.loadGraph("ontology/cdkg-shapes.ttl"));
    }

    private static String report(ValidationReport r) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ShLib.printReport(out, r);
        return out.toString();
    }

    @TestFactory
    Stream<DynamicTest> exampleArticleGraphsConform() throws IOException {
        ArticlePipeline pipeline = new ArticlePipeline();
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("examples/articles"))) {
            files = s.filter(p -> !p.getFileName().toString().equals("index.txt")).sorted().toList();
        }
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            Graph g = pipeline.process(f).model().getGraph();
            ValidationReport r = ShaclValidator.get().validate(shapes, g);
            assertTrue(r.conforms(), report(r));
        }));
    }

    @Test
    void shapesCatchABrokenGraph() {
        Model m = ModelFactory.createDefaultModel();
        Resource meeting = m.createResource(Cdo.ID_NS + "meeting/x").addProperty(RDF.type, Cdo.Meeting)
                .addProperty(org.apache.jena.vocabulary.RDFS.label, "会谈", "zh-Hans");
        Resource person = m.createResource(Cdo.ID_NS + "person/y").addProperty(RDF.type, Cdo.Person)
                .addProperty(org.apache.jena.vocabulary.RDFS.label, "某人", "zh-Hans")
                .addProperty(org.apache.jena.vocabulary.RDFS.label, "另一人", "zh-Hans");
        meeting.addProperty(Cdo.coChair, person);
        ValidationReport r = ShaclValidator.get().validate(shapes, m.getGraph());
        assertFalse(r.conforms());
        String text = report(r);
        assertTrue(text.contains("needs a startDate"), "undated meeting: " + text);
        assertTrue(text.contains("co-chair is not also a participant"), text);
        assertTrue(text.contains("UniqueLang") || text.contains("uniqueLang"), "two zh-Hans labels: " + text);
    }
}
