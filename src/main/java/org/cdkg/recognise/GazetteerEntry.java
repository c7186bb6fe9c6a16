package org.cdkg.recognise;

import org.cdkg.document.EntityType;

import java.util.List;
import java.util.Map;

/**
 * One curated entity: its stable id (the IRI's local part), type, names in each script,
 * other full names, short forms that need the full name first, and reference facts.
 */
public record GazetteerEntry(String id, EntityType type, String en, String zhHans, String zhHant,
                             List<String> aliases, List<String> shortForms, List<String> abbreviations,
                             String qid, Map<String, Object> facts) {

    public String preferredName() {
        return zhHans != null ? zhHans : en != null ? en : id;
    }
}
