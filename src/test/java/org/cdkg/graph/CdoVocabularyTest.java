package org.cdkg.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps {@link Cdo} and {@code ontology/cdkg.ttl} in step, and checks that the ontology
 * documents every term and carries the axioms of the graph contract.
 */
class CdoVocabularyTest {

    /** The classes and properties that the graph contract fixes (CONTRACT.md). */
    private static final List<String> CONTRACT_CLASSES = List.of(
            "Article", "Person", "Envoy", "Organization", "GovernmentAgency",
            "InternationalOrganization", "WorkingGroup", "Place", "Country", "Meeting",
            "COPSession", "Agreement", "Position");
    private static final List<String> CONTRACT_PROPERTIES = List.of(
            "startDate", "endDate", "location", "host", "coChair", "participant", "meetingOf",
            "copNumber", "presidency", "signatory", "party", "holdsPosition", "succeeded",
            "sourceFile", "sourceUrl", "publishedDate", "mentions");

    private static Model ontology;
    /** Java constants by local name. */
    private static final Map<String, Resource> javaClasses = new TreeMap<>();
    private static final Map<String, Property> javaProperties = new TreeMap<>();

    @BeforeAll
    static void load() throws IOException, IllegalAccessException {
        ontology = ModelFactory.createDefaultModel();
        try (InputStream in = CdoVocabularyTest.class.getClassLoader()
                .getResourceAsStream(Cdo.ONTOLOGY_RESOURCE)) {
            assertNotNull(in, "classpath resource " + Cdo.ONTOLOGY_RESOURCE + " not found");
            RDFParser.source(in).lang(Lang.TURTLE).base(Cdo.ONTOLOGY_IRI).parse(ontology);
        }
        for (Field f : Cdo.class.getFields()) {
            int mod = f.getModifiers();
            if (!Modifier.isStatic(mod) || !Modifier.isFinal(mod)) {
                continue;
            }
            if (Property.class.isAssignableFrom(f.getType())) {
                javaProperties.put(f.getName(), (Property) f.get(null));
            } else if (Resource.class.isAssignableFrom(f.getType())) {
                javaClasses.put(f.getName(), (Resource) f.get(null));
            }
        }
    }

    private static Resource term(String localName) {
        return ontology.createResource(Cdo.NS + localName);
    }

    private static boolean isCdo(RDFNode n) {
        return n.isURIResource() && n.asResource().getURI().startsWith(Cdo.NS);
    }

    private static String local(Resource r) {
        return r.getURI().substring(Cdo.NS.length());
    }

    private static boolean isDeclaredProperty(Resource r) {
        return ontology.contains(r, RDF.type, OWL.ObjectProperty)
                || ontology.contains(r, RDF.type, OWL.DatatypeProperty);
    }

    /** cdo: classes and named individuals (the Resource constants of Cdo) declared in the ontology, by local name. */
    private static Set<String> declaredClasses() {
        Set<String> out = new TreeSet<>();
        for (Resource type : List.of(OWL.Class, OWL2.NamedIndividual))
            ontology.listSubjectsWithProperty(RDF.type, type)
                    .filterKeep(CdoVocabularyTest::isCdo)
                    .forEach(r -> out.add(local(r)));
        return out;
    }

    /** cdo: object and datatype properties declared in the ontology, by local name. */
    private static Set<String> declaredProperties() {
        Set<String> out = new TreeSet<>();
        for (Resource type : List.of(OWL.ObjectProperty, OWL.DatatypeProperty)) {
            ontology.listSubjectsWithProperty(RDF.type, type)
                    .filterKeep(CdoVocabularyTest::isCdo)
                    .forEach(r -> out.add(local(r)));
        }
        return out;
    }

    @Test
    void ontologyHeader() {
        Resource o = ontology.createResource(Cdo.ONTOLOGY_IRI);
        assertTrue(ontology.contains(o, RDF.type, OWL.Ontology),
                Cdo.ONTOLOGY_IRI + " is not declared as owl:Ontology");
        assertTrue(ontology.contains(o, OWL.versionInfo), "ontology has no owl:versionInfo");
    }

    @Test
    void javaConstantsAreNamedAfterTheirIri() {
        javaClasses.forEach((name, r) -> assertEquals(Cdo.NS + name, r.getURI(),
                "Cdo." + name + " does not carry the IRI cdo:" + name));
        javaProperties.forEach((name, p) -> assertEquals(Cdo.NS + name, p.getURI(),
                "Cdo." + name + " does not carry the IRI cdo:" + name));
        javaClasses.keySet().forEach(name -> assertTrue(Character.isUpperCase(name.charAt(0)),
                "class constant Cdo." + name + " should be UpperCamelCase"));
        javaProperties.keySet().forEach(name -> assertTrue(Character.isLowerCase(name.charAt(0)),
                "property constant Cdo." + name + " should be lowerCamelCase"));
    }

    @Test
    void everyJavaConstantIsDeclaredInTheOntology() {
        List<String> problems = new ArrayList<>();
        javaClasses.forEach((name, r) -> {
            if (!ontology.contains(r, RDF.type, OWL.Class) && !ontology.contains(r, RDF.type, OWL2.NamedIndividual)) {
                problems.add("Cdo." + name + ": cdo:" + name + " is not an owl:Class or owl:NamedIndividual in the ontology");
            }
        });
        javaProperties.forEach((name, p) -> {
            if (!isDeclaredProperty(p)) {
                problems.add("Cdo." + name + ": cdo:" + name
                        + " is not an owl:ObjectProperty or owl:DatatypeProperty in the ontology");
            }
        });
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void everyOntologyTermHasAJavaConstant() {
        List<String> problems = new ArrayList<>();
        for (String c : declaredClasses()) {
            if (!javaClasses.containsKey(c)) {
                problems.add("class cdo:" + c + " has no Resource constant Cdo." + c);
            }
        }
        for (String p : declaredProperties()) {
            if (!javaProperties.containsKey(p)) {
                problems.add("property cdo:" + p + " has no Property constant Cdo." + p);
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void everyCdoIriUsedInTheOntologyIsDeclared() {
        Set<String> declared = new TreeSet<>(declaredClasses());
        declared.addAll(declaredProperties());
        Set<String> undeclared = new TreeSet<>();
        for (Statement st : ontology.listStatements().toList()) {
            for (RDFNode n : List.of(st.getSubject(), st.getPredicate(), st.getObject())) {
                if (isCdo(n) && !declared.contains(local(n.asResource()))) {
                    undeclared.add("cdo:" + local(n.asResource()));
                }
            }
        }
        assertTrue(undeclared.isEmpty(),
                "cdo: IRIs used in the ontology but not declared as class or property: " + undeclared);
    }

    @Test
    void everyTermIsDeclaredExactlyOnceAsClassOrProperty() {
        List<String> problems = new ArrayList<>();
        Set<String> all = new TreeSet<>(declaredClasses());
        all.addAll(declaredProperties());
        for (String name : all) {
            Resource r = term(name);
            int kinds = (ontology.contains(r, RDF.type, OWL.Class) ? 1 : 0)
                    + (ontology.contains(r, RDF.type, OWL2.NamedIndividual) ? 1 : 0)
                    + (ontology.contains(r, RDF.type, OWL.ObjectProperty) ? 1 : 0)
                    + (ontology.contains(r, RDF.type, OWL.DatatypeProperty) ? 1 : 0);
            if (kinds != 1) {
                problems.add("cdo:" + name + " is declared as " + kinds
                        + " of owl:Class / owl:ObjectProperty / owl:DatatypeProperty");
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void everyTermHasLabelsAndDefinitions() {
        List<String> problems = new ArrayList<>();
        Set<String> all = new TreeSet<>(declaredClasses());
        all.addAll(declaredProperties());
        Resource ont = ontology.createResource(Cdo.ONTOLOGY_IRI);
        for (String name : all) {
            Resource r = term(name);
            for (String lang : List.of("en", "zh-Hans", "zh-Hant")) {
                if (!hasLiteral(r, RDFS.label, lang)) {
                    problems.add("cdo:" + name + " has no rdfs:label @" + lang);
                }
            }
            for (String lang : List.of("en", "zh-Hans")) {
                if (!hasLiteral(r, RDFS.comment, lang)) {
                    problems.add("cdo:" + name + " has no rdfs:comment @" + lang);
                }
            }
            if (!ontology.contains(r, RDFS.isDefinedBy, ont)) {
                problems.add("cdo:" + name + " has no rdfs:isDefinedBy <" + Cdo.ONTOLOGY_IRI + ">");
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    private static boolean hasLiteral(Resource s, Property p, String lang) {
        return ontology.listObjectsOfProperty(s, p).toList().stream()
                .anyMatch(o -> o.isLiteral()
                        && o.asLiteral().getLanguage().equalsIgnoreCase(lang)
                        && !o.asLiteral().getLexicalForm().isBlank());
    }

    @Test
    void contractTermsExist() {
        for (String c : CONTRACT_CLASSES) {
            assertTrue(javaClasses.containsKey(c), "contract class cdo:" + c + " has no constant Cdo." + c);
            assertTrue(ontology.contains(term(c), RDF.type, OWL.Class),
                    "contract class cdo:" + c + " is not declared in the ontology");
        }
        for (String p : CONTRACT_PROPERTIES) {
            assertTrue(javaProperties.containsKey(p), "contract property cdo:" + p + " has no constant Cdo." + p);
            assertTrue(isDeclaredProperty(term(p)),
                    "contract property cdo:" + p + " is not declared in the ontology");
        }
    }

    @Test
    void contractSubclassAxioms() {
        assertSubClass(Cdo.Envoy, Cdo.Person);
        assertSubClass(Cdo.GovernmentAgency, Cdo.Organization);
        assertSubClass(Cdo.InternationalOrganization, Cdo.Organization);
        assertSubClass(Cdo.WorkingGroup, Cdo.Organization);
        assertSubClass(Cdo.Country, Cdo.Place);
        assertSubClass(Cdo.COPSession, Cdo.Meeting);
    }

    @Test
    void meetingKindsAreMeetings() {
        for (Resource kind : List.of(Cdo.Talks, Cdo.WorkingGroupMeeting, Cdo.Forum, Cdo.Roundtable,
                Cdo.Dialogue, Cdo.Consultation, Cdo.Summit, Cdo.Conference, Cdo.VideoCall,
                Cdo.MinisterialMeeting)) {
            assertSubClass(kind, Cdo.Meeting);
        }
    }

    private static void assertSubClass(Resource sub, Resource sup) {
        assertTrue(ontology.contains(sub, RDFS.subClassOf, sup),
                "missing axiom cdo:" + local(sub) + " rdfs:subClassOf cdo:" + local(sup));
    }

    @Test
    void contractPropertyAxioms() {
        assertTrue(ontology.contains(Cdo.coChair, RDFS.subPropertyOf, Cdo.participant),
                "missing axiom cdo:coChair rdfs:subPropertyOf cdo:participant");
        assertTrue(ontology.contains(Cdo.copNumber, RDF.type, OWL.FunctionalProperty),
                "cdo:copNumber is not an owl:FunctionalProperty");
        assertTrue(ontology.contains(Cdo.heldBy, OWL.inverseOf, Cdo.holdsPosition),
                "missing axiom cdo:heldBy owl:inverseOf cdo:holdsPosition");
        assertTrue(ontology.contains(Cdo.succeededBy, OWL.inverseOf, Cdo.succeeded),
                "missing axiom cdo:succeededBy owl:inverseOf cdo:succeeded");
        for (Property p : List.of(Cdo.startDate, Cdo.endDate, Cdo.copNumber, Cdo.sourceFile,
                Cdo.sourceUrl, Cdo.publishedDate)) {
            assertTrue(ontology.contains(p, RDF.type, OWL.DatatypeProperty),
                    "contract property cdo:" + local(p) + " should be an owl:DatatypeProperty");
        }
        for (Property p : List.of(Cdo.location, Cdo.host, Cdo.coChair, Cdo.participant,
                Cdo.meetingOf, Cdo.presidency, Cdo.signatory, Cdo.party, Cdo.holdsPosition,
                Cdo.succeeded, Cdo.mentions)) {
            assertTrue(ontology.contains(p, RDF.type, OWL.ObjectProperty),
                    "contract property cdo:" + local(p) + " should be an owl:ObjectProperty");
        }
    }

    @Test
    void oaTermsMatchTheOntology() {
        // the ontology refers to oa:Annotation as the domain of confidence / extractedBy
        assertTrue(ontology.contains(Cdo.confidence, RDFS.domain, Oa.Annotation),
                "cdo:confidence should have rdfs:domain <" + Oa.Annotation.getURI() + ">");
        assertTrue(ontology.contains(Cdo.extractedBy, RDFS.domain, Oa.Annotation),
                "cdo:extractedBy should have rdfs:domain <" + Oa.Annotation.getURI() + ">");
    }
}
