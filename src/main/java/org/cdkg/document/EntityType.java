package org.cdkg.document;

/**
 * The kinds of things the recogniser finds. Names match the ontology's classes; the graph
 * stage maps them (and their superclasses) onto cdo: terms.
 */
public enum EntityType {
    PERSON(null), ENVOY(PERSON),
    ORGANIZATION(null), GOVERNMENT_AGENCY(ORGANIZATION), INTERNATIONAL_ORGANIZATION(ORGANIZATION), WORKING_GROUP(ORGANIZATION),
    PLACE(null), COUNTRY(PLACE),
    COP_SESSION(null),
    AGREEMENT(null);

    private final EntityType parent;
    /** Worked out once: the relation rules ask every mention for its family. Parents are declared before their children. */
    private final EntityType family;

    EntityType(EntityType parent) {
        this.parent = parent;
        this.family = parent == null ? this : parent.family;
    }

    public EntityType parent() { return parent; }

    /** The broad family: PERSON, ORGANIZATION, PLACE, COP_SESSION or AGREEMENT. */
    public EntityType family() { return family; }

    public boolean isA(EntityType other) {
        for (EntityType t = this; t != null; t = t.parent) if (t == other) return true;
        return false;
    }

    /** The ontology class name (UpperCamel) for this type. */
    public String className() {
        return switch (this) {
            case PERSON -> "Person";
            case ENVOY -> "Envoy";
            case ORGANIZATION -> "Organization";
            case GOVERNMENT_AGENCY -> "GovernmentAgency";
            case INTERNATIONAL_ORGANIZATION -> "InternationalOrganization";
            case WORKING_GROUP -> "WorkingGroup";
            case PLACE -> "Place";
            case COUNTRY -> "Country";
            case COP_SESSION -> "COPSession";
            case AGREEMENT -> "Agreement";
        };
    }

    public static EntityType fromClassName(String name) {
        for (EntityType t : values()) if (t.className().equals(name)) return t;
        throw new IllegalArgumentException("unknown entity type '" + name + "'");
    }
}
