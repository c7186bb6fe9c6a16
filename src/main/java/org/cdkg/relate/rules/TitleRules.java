package org.cdkg.relate.rules;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One language's titles of office ({@code relate/<lang>/titles.json}): the words a title ends in
 * or contains, what ends a title on the left (Chinese breakers), what joins two titles of one
 * person, what marks a former post, the words that may stand inside a title (English connectors
 * and lower-case title words), and which posts are climate-envoy posts.
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
        List<String> envoyPatterns) {

    public TitleRules {
        if (heads.isEmpty()) throw new IllegalArgumentException("'heads' is empty: a language needs the words titles end in");
        RulePack.each(envoyPatterns, "envoyPatterns pattern", Pattern::compile);
    }
}
