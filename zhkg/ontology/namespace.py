"""The zhkg vocabulary as closed rdflib namespaces.

``ZHKG.Foo`` for a term not declared here raises AttributeError, so a typo never
becomes a new IRI. Instance IRIs live under ``ZHKG_ID`` and are minted only by
``zhkg.ontology.iris``.
"""

from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

__all__ = ["ZHKG", "ZHKG_ID", "ZHKG_ONTOLOGY_IRI"]

ZHKG_ONTOLOGY_IRI = URIRef("https://w3id.org/zhkg/ontology")
ZHKG_ID = Namespace("https://w3id.org/zhkg/id/")


class ZHKG(DefinedNamespace):
    """Classes, properties and individuals of the zhkg ontology."""

    _NS = Namespace("https://w3id.org/zhkg/ontology#")
    _fail = True

    # classes: documents and provenance
    Document: URIRef
    Section: URIRef
    Sentence: URIRef
    Mention: URIRef
    # classes: stakeholders (domain.ttl)
    Stakeholder: URIRef
    Platform: URIRef
    PlatformOperator: URIRef
    Streamer: URIRef
    Merchant: URIRef
    PlatformMerchant: URIRef
    BusinessOperator: URIRef
    EcommerceOperator: URIRef
    LiveRoomOperator: URIRef
    Consumer: URIRef
    Regulator: URIRef
    Government: URIRef
    Brand: URIRef
    Supplier: URIRef
    LogisticsProvider: URIRef
    PaymentProvider: URIRef
    IndustryOrganisation: URIRef
    MCNAgency: URIRef
    # classes: statements
    Responsibility: URIRef
    ResponsibilityStatement: URIRef
    StakeholderRelation: URIRef
    Modality: URIRef
    # modality individuals
    Must: URIRef
    MustNot: URIRef
    Should: URIRef
    May: URIRef
    # responsibility categories (SKOS concepts, domain.ttl)
    ResponsibilityCategories: URIRef
    AfterSales: URIRef
    Compliance: URIRef
    ContentModeration: URIRef
    InformationProtection: URIRef
    ProductQuality: URIRef
    PricingMarketing: URIRef
    DisputeResolution: URIRef
    RationalConsumption: URIRef
    Feedback: URIRef
    IndustryGuidance: URIRef
    Supervision: URIRef
    SupplyChain: URIRef
    Inventory: URIRef
    PlatformOperation: URIRef
    Fulfilment: URIRef
    InformationDisclosure: URIRef
    # annotation properties of the lexicon
    headNoun: URIRef
    # object properties
    holder: URIRef
    duty: URIRef
    modality: URIRef
    category: URIRef
    evidence: URIRef
    bears: URIRef
    relSubject: URIRef
    relObject: URIRef
    relationType: URIRef
    relatedTo: URIRef
    supervises: URIRef
    requires: URIRef
    collaboratesWith: URIRef
    serves: URIRef
    informs: URIRef
    reportsTo: URIRef
    givesFeedbackTo: URIRef
    contractsWith: URIRef
    compensates: URIRef
    jointlyLiableWith: URIRef
    inDocument: URIRef
    inSection: URIRef
    parentSection: URIRef
    mentions: URIRef
    refersTo: URIRef
    # datatype properties
    text: URIRef
    surfaceForm: URIRef
    confidence: URIRef
    rule: URIRef
    assertedBy: URIRef
    startOffset: URIRef
    endOffset: URIRef
    sentenceIndex: URIRef
    sectionNumber: URIRef
    sectionLevel: URIRef
    sectionKind: URIRef
    sourcePath: URIRef
    page: URIRef
    paragraphIndex: URIRef
    referenceLabel: URIRef
    cites: URIRef
    contentHash: URIRef
