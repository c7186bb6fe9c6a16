package org.cdkg.relate;

import org.cdkg.document.Article;
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
        a.meetings().addAll(MeetingIdentity.merge(frames.find(a)));
    }
}
