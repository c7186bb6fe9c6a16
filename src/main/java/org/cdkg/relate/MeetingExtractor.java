package org.cdkg.relate;

import org.cdkg.document.Article;
import org.cdkg.document.Meeting;
import org.cdkg.recognise.Gazetteer;
import org.cdkg.relate.rules.MeetingRules;
import org.cdkg.relate.rules.RulePack;
import org.cdkg.relate.rules.TitleRules;

/**
 * The meetings of an article: frames found sentence by sentence ({@link MeetingFrames}), then
 * the reports of one meeting folded together ({@link MeetingIdentity}). The words come from the
 * languages' meeting packs ({@code relate/<lang>/meetings.json}).
 */
public final class MeetingExtractor {
    private final MeetingFrames frames;

    public MeetingExtractor(Gazetteer gazetteer) {
        frames = new MeetingFrames(RulePack.perLanguage("meetings", MeetingRules.class), RulePack.perLanguage("titles", TitleRules.class), gazetteer);
    }

    public void extract(Article a) {
        for (Meeting m : MeetingIdentity.merge(frames.find(a))) if (known(m)) a.meetings().add(m);
    }

    /**
     * Whether the article says anything about a meeting besides that it happened: who took part,
     * who hosted it, where, or its name or body. "本届大会…11日闭幕" alone is no meeting of its own.
     */
    private static boolean known(Meeting m) {
        return !m.participants().isEmpty() || !m.hosts().isEmpty() || !m.names().isEmpty() || m.meetingOf() != null || m.location() != null;
    }
}
