package org.conflictkg.rdf;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The conflict-kg ontology ({@code ontology/conflict.ttl}) as Java constants: one per class, property and
 * individual in the {@code ck:} namespace, each documented with the term's {@code rdfs:comment}, and the
 * fixed IRIs of the resources and named graphs the project builds.
 * <pre>
 *   model.add(claim, RDF.type, CK.Claim)
 *        .add(claim, CK.relation, CK.relation("memberOf"))
 *        .add(claim, CK.polarity, CK.Positive);
 * </pre>
 * {@code OntologyTest} checks the constants against the ontology both ways, so a term added to one must be
 * added to the other.
 */
public final class CK {

    /** The namespace of the vocabulary as a string. */
    public static final String NS = "https://w3id.org/conflict-kg/ontology#";

    /** The namespace of the vocabulary as a string. */
    public static String getURI() { return NS; }

    /** The namespace of the vocabulary as a resource. */
    public static final Resource NAMESPACE = ResourceFactory.createResource(NS);

    /** The ontology itself, the subject of its {@code owl:Ontology} header. */
    public static final Resource ONTOLOGY = ResourceFactory.createResource("https://w3id.org/conflict-kg/ontology");

    // ---- Fixed IRIs of the resources the project mints ----

    /** Base of every resource IRI: entities, events, articles, sentences, claims, quotes. */
    public static final String ID_BASE = "https://w3id.org/conflict-kg/id/";
    /** {@code id/entity/{key}}: actors, places and organisations, key a lower-case slug ({@code russia}). */
    public static final String ENTITY_BASE = ID_BASE + "entity/";
    /** {@code id/event/{key}}: wars, clashes, operations, ceasefires. */
    public static final String EVENT_BASE = ID_BASE + "event/";
    /** {@code id/article/{articleId}}, and its sentences at {@code id/article/{articleId}/sentence/{n}}. */
    public static final String ARTICLE_BASE = ID_BASE + "article/";
    /** {@code id/claim/{articleId}/{hash}}. */
    public static final String CLAIM_BASE = ID_BASE + "claim/";
    /** {@code id/quote/{articleId}/{hash}}. */
    public static final String QUOTE_BASE = ID_BASE + "quote/";

    // ---- Named graphs; their union is the store's default graph ----

    /** Base of every named graph IRI. */
    public static final String GRAPH_BASE = "https://w3id.org/conflict-kg/graph/";
    /** {@code graph/article/{articleId}}: one graph per article with its sentences, claims, quotes and plain triples. */
    public static final String ARTICLE_GRAPH_BASE = GRAPH_BASE + "article/";
    /** The entity and event registry: labels, types, Wikidata links. */
    public static final Resource REGISTRY_GRAPH = ResourceFactory.createResource(GRAPH_BASE + "registry");
    /** The ontology itself, so that pages can show its labels. */
    public static final Resource ONTOLOGY_GRAPH = ResourceFactory.createResource(GRAPH_BASE + "ontology");
    /** A snapshot of Wikidata facts about the registry's entities. */
    public static final Resource WIKIDATA_GRAPH = ResourceFactory.createResource(GRAPH_BASE + "wikidata");

    private static Resource resource(String localName) {
        return ResourceFactory.createResource(NS + localName);
    }

    private static Property property(String localName) {
        return ResourceFactory.createProperty(NS + localName);
    }

    // ---- Classes ----

    /** Someone or something that acts in the conflict: a state, organisation, group or person. */
    public static final Resource Actor = resource("Actor");

    /** A country with a government, recognised or not, as an actor. */
    public static final Resource State = resource("State");

    /**
     * A state that controls territory but lacks broad international recognition, such as a breakaway republic.
     */
    public static final Resource DeFactoState = resource("DeFactoState");

    /**
     * An international or intergovernmental organisation, alliance or institution, such as the CSTO or the
     * OSCE.
     */
    public static final Resource Organisation = resource("Organisation");

    /** An individual human being, such as a head of state, minister or spokesperson. */
    public static final Resource Person = resource("Person");

    /**
     * A collective actor that is neither a state nor an international organisation: armed forces, military
     * units, political parties, separatist movements.
     */
    public static final Resource Group = resource("Group");

    /** A geographic location where something happens or where forces are present. */
    public static final Resource Place = resource("Place");

    /** A geographic or administrative region, such as a disputed territory. */
    public static final Resource Region = resource("Region");

    /** A city or town. */
    public static final Resource City = resource("City");

    /**
     * Something that happened or went on for a while: a conflict, war, clash, operation, ceasefire or
     * deployment.
     */
    public static final Resource Event = resource("Event");

    /**
     * A long-running dispute between actors, with or without open fighting, that wars and clashes can be part
     * of.
     */
    public static final Resource Conflict = resource("Conflict");

    /** A period of sustained armed fighting between states or other actors. */
    public static final Resource War = resource("War");

    /** A short outbreak of armed fighting, such as a border skirmish. */
    public static final Resource Clash = resource("Clash");

    /** An offensive or other planned military action by one side. */
    public static final Resource MilitaryOperation = resource("MilitaryOperation");

    /** An agreement to stop fighting, and the period it holds. */
    public static final Resource Ceasefire = resource("Ceasefire");

    /** The stationing of forces, such as peacekeepers or border guards, in a place for a period. */
    public static final Resource Deployment = resource("Deployment");

    /**
     * A news article of the corpus, as read from one source file; its schema:text is the cleaned text that nif
     * offsets point into.
     */
    public static final Resource Article = resource("Article");

    /** A sentence of an article's cleaned text, the unit a claim is stated in. */
    public static final Resource Sentence = resource("Sentence");

    /**
     * One thing an article says is so, or says is not so: a relation between a subject and an object, a number
     * of people, or quoted words, with its polarity, time, evidence span and the rule that extracted it. It
     * plays the part of a W3C Web Annotation whose target is the evidence span of the article and whose body
     * is the claimed statement; it is not typed oa:Annotation because it carries no oa:hasTarget.
     */
    public static final Resource Claim = resource("Claim");

    /** Whether an article asserts a claim or asserts that it is not so; exactly ck:Positive or ck:Negative. */
    public static final Resource Polarity = resource("Polarity");

    // ---- Polarity individuals ----

    /** The article asserts the claim. */
    public static final Resource Positive = resource("Positive");

    /**
     * The article asserts that the claim is not so, as in "Azerbaijan is not a member"; such a claim yields no
     * plain triple.
     */
    public static final Resource Negative = resource("Negative");

    // ---- Relation properties, one per relation key (see relation(String)) ----

    /** The subject is a member of the object, usually an organisation or alliance. */
    public static final Property memberOf = property("memberOf");

    /** The subject backs the object politically or militarily. */
    public static final Property supports = property("supports");

    /** The subject mediates, or offers to mediate, in the object conflict. */
    public static final Property mediates = property("mediates");

    /** The subject brokered a ceasefire in, or the end of, the object war or conflict. */
    public static final Property brokeredCeasefire = property("brokeredCeasefire");

    /** The subject called for a ceasefire in, or an end to the fighting of, the object war or conflict. */
    public static final Property calledForCeasefire = property("calledForCeasefire");

    /** The subject sells or gives weapons to the object. */
    public static final Property suppliesArmsTo = property("suppliesArmsTo");

    /**
     * The subject has forces (a base, border guards, peacekeepers) in the object, a place or a state's
     * territory.
     */
    public static final Property militaryPresenceIn = property("militaryPresenceIn");

    /** The subject state has closed its border with the object state. */
    public static final Property closedBorderWith = property("closedBorderWith");

    /** The subject and the object are in conflict with each other; either order says the same. */
    public static final Property inConflictWith = property("inConflictWith");

    /** The subject launched an attack or military operation against the object, a place or an actor. */
    public static final Property attacked = property("attacked");

    /** The subject accused the object of wrongdoing, such as breaking a ceasefire. */
    public static final Property accused = property("accused");

    /** The subject, a region or de facto state, declared independence from the object state. */
    public static final Property declaredIndependenceFrom = property("declaredIndependenceFrom");

    /** The subject region is internationally recognised as part of the object state. */
    public static final Property recognizedAsPartOf = property("recognizedAsPartOf");

    /**
     * The number of people killed in the subject event; the bound (at least, about ...) is on the claim, as
     * ck:quantityBound.
     */
    public static final Property killed = property("killed");

    /** The number of people injured in the subject event; the bound is on the claim, as ck:quantityBound. */
    public static final Property injured = property("injured");

    /** The number of people displaced by the subject event; the bound is on the claim, as ck:quantityBound. */
    public static final Property displaced = property("displaced");

    /** The exact words the subject is quoted as saying, inside the article's quotation marks. */
    public static final Property quote = property("quote");

    // ---- Claim properties ----

    /** What kind of claim this is: one of the relation properties of this ontology, such as ck:memberOf. */
    public static final Property relation = property("relation");

    /** Who or what the claim is about: the subject of its relation. */
    public static final Property subject = property("subject");

    /** The other entity of a claim whose relation links two entities. */
    public static final Property object = property("object");

    /**
     * How a claimed number of people is bounded: "=" exactly, "&gt;=" at least, "&gt;" more than, "&lt;=" at
     * most, "&lt;" fewer than, "~" about.
     */
    public static final Property quantityBound = property("quantityBound");

    /** The number of people a claim of killed, injured or displaced gives. */
    public static final Property quantityValue = property("quantityValue");

    /** The quotation a quote claim is about, with its exact words as schema:text. */
    public static final Property quotation = property("quotation");

    /** Whether the article asserts the claim (ck:Positive) or asserts that it is not so (ck:Negative). */
    public static final Property polarity = property("polarity");

    /**
     * When the claimed relation holds or happened, in ISO 8601 at the precision the article gives: a date
     * ("1994-05"), a closed interval ("1988/1994") or one open at the end ("1993/..", since 1993).
     */
    public static final Property time = property("time");

    /**
     * The first date of ck:time, typed at its precision (xsd:gYear, xsd:gYearMonth or xsd:date); for a single
     * date it is that date. A sub-property of sem:hasBeginTimeStamp because SEM puts time stamps on statements
     * that hold only for a time (sem:Temporary), which a claim node is. In OWL-Time terms it is the value of
     * time:hasBeginning/time:inXSDgYear (or inXSDgYearMonth, inXSDDate) of the interval the claim holds for.
     */
    public static final Property timeStart = property("timeStart");

    /**
     * The last date of a closed interval in ck:time, typed at its precision (xsd:gYear, xsd:gYearMonth or
     * xsd:date); absent for a single date and for an interval open at the end. Related to SEM and OWL-Time as
     * ck:timeStart is, through sem:hasEndTimeStamp and time:hasEnd.
     */
    public static final Property timeEnd = property("timeEnd");

    /**
     * Who the article says reported the claim, as in "according to local officials"; absent when the article
     * states it in its own voice.
     */
    public static final Property reportedBy = property("reportedBy");

    /** The sentence of the article that states a claim or contains a quotation. */
    public static final Property statedIn = property("statedIn");

    /**
     * The article a claim, quotation or sentence comes from; its nif offsets point into this article's
     * schema:text, as nif:referenceContext would.
     */
    public static final Property inArticle = property("inArticle");

    /**
     * The words of the article that state the claim: the cleaned text between the claim's nif:beginIndex and
     * nif:endIndex.
     */
    public static final Property evidenceText = property("evidenceText");

    /**
     * Character offset in the original source file where a sentence, claim span or quotation begins;
     * nif:beginIndex is the same point in the cleaned text.
     */
    public static final Property sourceBeginIndex = property("sourceBeginIndex");

    /**
     * Character offset in the original source file just past the end of a sentence, claim span or quotation;
     * nif:endIndex is the same point in the cleaned text.
     */
    public static final Property sourceEndIndex = property("sourceEndIndex");

    /**
     * The rule that produced the claim, as rule file and rule number ("supports.semgrex#2"); for an
     * entailed claim, the premise's rule and the entailment's line ("attacked.semgrex#3 => rules/entailments.tsv:8").
     */
    public static final Property extractor = property("extractor");

    /** The version of conflict-kg whose rules produced the claim. */
    public static final Property extractorVersion = property("extractorVersion");

    /** How far the extracting rule is trusted to be right, from 0 to 1. */
    public static final Property confidence = property("confidence");

    /**
     * The two claims cannot both be right, typically the same relation with opposite polarity in different
     * articles.
     */
    public static final Property contradicts = property("contradicts");

    // ---- Sentence and article properties ----

    /** The position of the sentence in its article, counting from 0. */
    public static final Property sentenceIndex = property("sentenceIndex");

    /** The name of the news outlet that published the article, such as "The Moscow Times". */
    public static final Property outlet = property("outlet");

    /** The name of the corpus file the article was read from. */
    public static final Property sourceFile = property("sourceFile");

    /** The format of the source file, which decides how it was cleaned: "TEXT", "MARKDOWN" or "HTML". */
    public static final Property sourceFormat = property("sourceFormat");

    /** The canonical article that this one duplicates; a duplicate carries no claims of its own. */
    public static final Property copyOf = property("copyOf");

    // ---- Event properties (registry) ----

    /** When the event began, typed at the precision known (xsd:gYear, xsd:gYearMonth or xsd:date). */
    public static final Property startDate = property("startDate");

    /**
     * When the event ended, typed at the precision known (xsd:gYear, xsd:gYearMonth or xsd:date); absent while
     * it goes on.
     */
    public static final Property endDate = property("endDate");

    /** The larger conflict or war that the event belongs to. */
    public static final Property partOf = property("partOf");

    // ---- Relation keys ----

    /**
     * The relation properties in the order of the evaluation format's relation keys; each local name is its
     * key. The entity relations come first, then the numbers of people, then {@code quote}.
     */
    public static final List<Property> RELATIONS = List.of(
            memberOf, supports, mediates, brokeredCeasefire, calledForCeasefire, suppliesArmsTo,
            militaryPresenceIn, closedBorderWith, inConflictWith, attacked, accused,
            declaredIndependenceFrom, recognizedAsPartOf, killed, injured, displaced, quote);

    private static final Map<String, Property> RELATIONS_BY_KEY =
            RELATIONS.stream().collect(Collectors.toUnmodifiableMap(Property::getLocalName, Function.identity()));

    /**
     * The relation property of a relation key, the value of {@link #relation} on a claim and the predicate of
     * the plain triple a positive claim yields: {@code relation("memberOf")} is {@link #memberOf}.
     *
     * @throws IllegalArgumentException naming the key when it is not one of {@link #RELATIONS}
     */
    public static Property relation(String key) {
        Property p = RELATIONS_BY_KEY.get(key);
        if (p == null)
            throw new IllegalArgumentException("not a relation key: '" + key + "'; the keys are the local names of CK.RELATIONS");
        return p;
    }

    private CK() {}
}
