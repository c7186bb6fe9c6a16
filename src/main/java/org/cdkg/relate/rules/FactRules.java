package org.cdkg.relate.rules;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One language's rules for facts between named things ({@code relate/<lang>/facts.json}):
 * succession and COP presidencies as {@link MentionPattern}s with named groups, the words of
 * signing, and how a statement issued at a meeting is written.
 */
public record FactRules(
        String about,
        List<String> sources,
        List<String> succession,
        List<String> presidency,
        List<String> thisSession,
        List<String> signing,
        List<String> theSides,
        List<String> agentMarkers,
        List<String> notYetSigned,
        List<String> unnamedAgreements,
        List<String> issuedAtMeeting,
        List<String> issuing) {

    public FactRules {
        RulePack.each(succession, "succession pattern", p -> MentionPattern.compile(p, Set.of("successor", "predecessor")));
        RulePack.each(presidency, "presidency pattern", p -> MentionPattern.compile(p, Set.of("country")));
        RulePack.each(thisSession, "thisSession pattern", Pattern::compile);
        RulePack.each(unnamedAgreements, "unnamedAgreements pattern", p -> {
            if (!p.contains("(?<name>")) throw new IllegalArgumentException("needs a group named 'name'");
            return Pattern.compile(p);
        });
    }
}
