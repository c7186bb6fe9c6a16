package org.cdkg.relate.rules;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One language's titles of office ({@code relate/<lang>/titles.json}): the words a title ends in
 * or contains, what ends a title on the left (Chinese breakers), what joins two titles of one
 * person, what marks a former post, the words that may stand inside a title (English connectors
 * and lower-case title words), which posts are climate-envoy posts, where a title written after a
 * name ends (English appositionEnds: ", H.E. Mr.", " and attended"), and the verbs after which a
 * sentence's subject is given its posts (Chinese postVerbs: 先后担任A、B), and the honorifics that
 * stand between a title and a name without being part of either (H.E. Mr.).
 */
public record TitleRules(
        String about,
        List<String> sources,
        List<String> heads,
        List<String> breakers,
        List<String> joiners,
        List<String> former,
        List<String> connectors,
        List<String> lowerCaseWords,
        List<String> envoyPatterns,
        List<String> appositionEnds,
        List<String> postVerbs,
        List<String> honorifics) {

    public TitleRules {
        if (heads.isEmpty()) throw new IllegalArgumentException("'heads' is empty: a language needs the words titles end in");
        RulePack.each(envoyPatterns, "envoyPatterns pattern", Pattern::compile);
        RulePack.each(appositionEnds, "appositionEnds pattern", Pattern::compile);
    }
}
