package org.cdkg.graph;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The cdkg ontology vocabulary ({@code cdo:}, {@value #NS}).
 *
 * <p>These constants mirror {@code ontology/cdkg.ttl}, which is the single source of the
 * vocabulary (labels, definitions, domains, ranges and alignments live there, not here).
 * {@code CdoVocabularyTest} keeps the two in step: every constant must be declared in the
 * ontology and every term declared in the ontology must have a constant here. Classes are
 * {@link Resource} constants named in UpperCamelCase, properties are {@link Property}
 * constants named in lowerCamelCase, exactly as in the ontology.
 */
public final class Cdo {

    /** The ontology namespace. */
    public static final String NS = "https://w3id.org/cdkg/ontology#";

    /** The IRI of the ontology itself. */
    public static final String ONTOLOGY_IRI = "https://w3id.org/cdkg/ontology";

    /** The namespace under which entity (and article) IRIs are minted. */
    public static final String ID_NS = "https://w3id.org/cdkg/id/";

    /** Classpath location of the ontology file. */
    public static final String ONTOLOGY_RESOURCE = "ontology/cdkg.ttl";

    private Cdo() {}

    private static Resource cls(String localName) {
        return ResourceFactory.createResource(NS + localName);
    }

    private static Property prop(String localName) {
        return ResourceFactory.createProperty(NS + localName);
    }

    // ---- classes (graph contract) ----
    public static final Resource Article = cls("Article");
    public static final Resource Person = cls("Person");
    public static final Resource Envoy = cls("Envoy");
    public static final Resource Organization = cls("Organization");
    public static final Resource GovernmentAgency = cls("GovernmentAgency");
    public static final Resource InternationalOrganization = cls("InternationalOrganization");
    public static final Resource WorkingGroup = cls("WorkingGroup");
    public static final Resource Place = cls("Place");
    public static final Resource Country = cls("Country");
    public static final Resource Meeting = cls("Meeting");
    public static final Resource COPSession = cls("COPSession");
    public static final Resource Agreement = cls("Agreement");
    public static final Resource Position = cls("Position");

    // ---- classes: kinds of meeting (extension; all subclasses of Meeting) ----
    public static final Resource Talks = cls("Talks");
    public static final Resource WorkingGroupMeeting = cls("WorkingGroupMeeting");
    public static final Resource Forum = cls("Forum");
    public static final Resource Roundtable = cls("Roundtable");
    public static final Resource Dialogue = cls("Dialogue");
    public static final Resource Consultation = cls("Consultation");
    public static final Resource Summit = cls("Summit");
    public static final Resource Conference = cls("Conference");
    public static final Resource VideoCall = cls("VideoCall");
    public static final Resource MinisterialMeeting = cls("MinisterialMeeting");
    public static final Resource Visit = cls("Visit");
    public static final Resource Meal = cls("Meal");
    public static final Resource Reception = cls("Reception");
    public static final Resource PhoneCall = cls("PhoneCall");
    public static final Resource AnnualMeeting = cls("AnnualMeeting");
    public static final Resource SideEvent = cls("SideEvent");

    // ---- how a meeting's date was obtained: the class and its individuals (extension) ----
    public static final Resource DateBasis = cls("DateBasis");
    public static final Resource StatedDate = cls("StatedDate");
    public static final Resource DateCompletedFromText = cls("DateCompletedFromText");
    public static final Resource DateCompletedFromArticleDate = cls("DateCompletedFromArticleDate");
    public static final Resource DateRelativeToArticle = cls("DateRelativeToArticle");
    public static final Resource ApproximateDate = cls("ApproximateDate");
    public static final Resource Undated = cls("Undated");

    // ---- object properties (graph contract) ----
    public static final Property location = prop("location");
    public static final Property host = prop("host");
    public static final Property participant = prop("participant");
    /** Sub-property of {@link #participant}: whoever is a coChair must also be a participant. */
    public static final Property coChair = prop("coChair");
    public static final Property meetingOf = prop("meetingOf");
    public static final Property presidency = prop("presidency");
    public static final Property signatory = prop("signatory");
    public static final Property party = prop("party");
    public static final Property holdsPosition = prop("holdsPosition");
    public static final Property succeeded = prop("succeeded");
    public static final Property mentions = prop("mentions");

    // ---- object properties (extension) ----
    public static final Property country = prop("country");
    public static final Property convention = prop("convention");
    public static final Property postIn = prop("postIn");
    /** Inverse of {@link #holdsPosition}. */
    public static final Property heldBy = prop("heldBy");
    /** Inverse of {@link #succeeded}. */
    public static final Property succeededBy = prop("succeededBy");
    /** How a meeting's date was obtained: one of the {@link #DateBasis} individuals. */
    public static final Property dateBasis = prop("dateBasis");

    // ---- datatype properties (graph contract) ----
    /** {@code xsd:date}. */
    public static final Property startDate = prop("startDate");
    /** {@code xsd:date}. */
    public static final Property endDate = prop("endDate");
    /** {@code xsd:integer}; functional; sub-property of {@link #ordinal}. */
    public static final Property copNumber = prop("copNumber");
    /** {@code xsd:string}. */
    public static final Property sourceFile = prop("sourceFile");
    public static final Property articleBody = prop("articleBody");
    /** {@code xsd:anyURI}. */
    public static final Property sourceUrl = prop("sourceUrl");
    /** {@code xsd:date} or {@code xsd:dateTime}. */
    public static final Property publishedDate = prop("publishedDate");

    // ---- datatype properties (extension) ----
    /** {@code xsd:boolean}. */
    public static final Property online = prop("online");
    /** {@code xsd:integer}. */
    public static final Property ordinal = prop("ordinal");
    /** {@code xsd:date}: the latest day a meeting dated only approximately can have been. */
    public static final Property notAfter = prop("notAfter");
    /** {@code xsd:string}. */
    public static final Property publisherName = prop("publisherName");
    /** {@code xsd:string}. */
    public static final Property author = prop("author");
    /** {@code xsd:string}: hexadecimal SHA-256 of the input file's bytes. */
    public static final Property contentHash = prop("contentHash");
    /** {@code xsd:string}: a BCP 47 tag (zh-Hans, zh-Hant, en). */
    public static final Property language = prop("language");
    /** On an {@code oa:Annotation}; {@code xsd:decimal} in [0,1]. */
    public static final Property confidence = prop("confidence");
    /** On an {@code oa:Annotation}; {@code xsd:string}. */
    public static final Property extractedBy = prop("extractedBy");
}
