package org.cdkg.relate;

import org.cdkg.document.Article;
import org.cdkg.document.EntityType;
import org.cdkg.document.FoundAnywhere;
import org.cdkg.document.Mention;
import org.cdkg.document.Scripts;
import org.cdkg.document.Sentence;
import org.cdkg.recognise.EntityRecognizer;
import org.cdkg.recognise.Gazetteer;

import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/** Where a meeting took place: the place its sentence puts it in, or the host city of the COP it was held at. */
final class MeetingPlace {
    /** "in Beijing", "at the Diaoyutai State Guesthouse", "in a Beijing hotel". */
    private static final Pattern DURING = Pattern.compile("(期间|场边|会期)$");
    private static final Pattern IN_OR_AT = Pattern.compile("\\b(in|at)( the| a| an)? $");
    private final Gazetteer gazetteer;
    private final Collection<String> meetingWords;
    private final List<FoundAnywhere> copSidelines;

    MeetingPlace(Gazetteer gazetteer, Collection<String> meetingWords, List<FoundAnywhere> copSidelines) {
        this.gazetteer = gazetteer;
        this.meetingWords = meetingWords;
        this.copSidelines = copSidelines;
    }

    private static final List<String> PLACE_VERBS = List.of("举行", "召开", "举办", "会见", "会晤", "会谈", "出席", "参加", "开幕", "闭幕", "签署");

    /** Words after a place that leave the place the answer: venues (会议中心, 饭店) and districts (市区, 郊区). */
    private static final List<String> VENUE_WORDS = List.of("国际会议中心", "会展中心", "会议中心", "会场", "场馆", "宾馆", "酒店", "饭店", "大厦", "大楼", "总部", "会议厅",
            "市中心", "市区", "郊区", "近郊", "北郊", "南郊", "东郊", "西郊");


    /**
     * The place of 在…举行: the most specific place between 在 (or 于, 赴) and the verb or meeting
     * word after it — 在印度首都新德里举行 gives 新德里, 在北京人民大会堂同…举行 gives 人民大会堂.
     * 正在天津访问 says where someone is, not where a meeting is.
     */
    String inChinese(Article a, int from, int to) {
        String t = a.simplified();
        String found = null;
        for (int i = from; i < to; i++) {
            char c = t.charAt(i);
            if (c != '在' && c != '于' && c != '赴') continue;
            if (i > 0 && "正现仍曾".indexOf(t.charAt(i - 1)) >= 0) continue;
            if (c == '于' && i > 0 && "关对由属基鉴至终位等".indexOf(t.charAt(i - 1)) >= 0) continue;
            int stop = i + 1;
            while (stop < to && stop - i < 30 && (insidePlace(a, stop) || !placeStop(t, stop))) stop++;
            // The place must end the phrase: 在COP29会场中国角 is not "in China".
            int end = stop;
            while (end > i + 1 && Character.isWhitespace(t.charAt(end - 1))) end--;
            String here = placeEndingAt(a, i + 1, stop, end);
            // …勒布尔热会场, …饭店: a generic venue word after the place still leaves the place the answer.
            for (String venue : VENUE_WORDS)
                if (here == null && t.startsWith(venue, end - venue.length()) && end - venue.length() > i + 1)
                    here = placeEndingAt(a, i + 1, stop, end - venue.length());
            // 在内罗毕第三届联合国环境大会期间会见: the place of the event during which they met.
            if (here == null && DURING.matcher(t.substring(i + 1, end)).find()) {
                List<Mention> ps = Clauses.mentions(a, i + 1, end, EntityType.PLACE);
                if (!ps.isEmpty() && !ps.get(ps.size() - 1).source().contains("abbreviation")) here = ps.get(ps.size() - 1).entityKey();
            }
            // 在卡塔尔国家会议中心与…: a venue the gazetteer does not know is still the place.
            if (here == null) here = venue(a, i + 1, end);
            if (here != null) found = here;
        }
        return found;
    }

    private static String placeEndingAt(Article a, int from, int to, int end) {
        String found = null;
        for (Mention p : Clauses.mentions(a, from, to, EntityType.PLACE))
            if (!p.source().contains("abbreviation") && p.end() == end) found = p.entityKey();
        return found;
    }

    private boolean placeStop(String t, int at) {
        if ("，。；,;、同与和跟".indexOf(t.charAt(at)) >= 0) return true;
        for (String v : PLACE_VERBS) if (t.startsWith(v, at)) return true;
        // 会议 in 卡塔尔国家会议中心 names a building, not the meeting.
        for (String k : meetingWords)
            if (t.startsWith(k, at) && !(at + k.length() < t.length() && "中厅室馆楼".indexOf(t.charAt(at + k.length())) >= 0)) return true;
        return false;
    }

    private static boolean insidePlace(Article a, int at) {
        for (Mention m : a.mentions()) if (m.type().family() == EntityType.PLACE && m.start() < at && at < m.end()) return true;
        return false;
    }

    private String venue(Article a, int from, int end) {
        String name = a.simplified().substring(from, end).strip();
        if (name.length() < 4 || name.length() > 20 || !name.chars().allMatch(c -> Scripts.isHan((char) c))) return null;
        if (VENUE_WORDS.stream().noneMatch(name::endsWith) && !name.endsWith("大会堂") && !name.endsWith("国宾馆")) return null;
        String key = org.cdkg.recognise.EntityKeys.of("place", name);
        org.cdkg.document.Entity e = a.entities().computeIfAbsent(key, k -> new org.cdkg.document.Entity(k, EntityType.PLACE));
        e.addLabel("zh-Hans", name);
        String surface = a.text(end - name.length(), end);
        e.addSurfaceForm(EntityRecognizer.lang(surface), surface);
        return key;
    }

    static String inEnglish(Article a, int from, int to) {
        String t = a.simplified();
        String found = null;
        for (Mention p : Clauses.mentions(a, from, to, EntityType.PLACE)) {
            String before = t.substring(Math.max(from, p.start() - 8), p.start());
            if (IN_OR_AT.matcher(before).find()) {
                if (found == null || p.type() != EntityType.COUNTRY) found = p.entityKey();
            }
        }
        return found;
    }


    /**
     * A meeting on the sidelines of a COP session (在大会场边, 边会, on the sidelines of COP28) is
     * held where that session is: its host city, from the gazetteer.
     */
    String copCity(Article a, Sentence s) {
        String text = a.simplified().substring(s.start(), s.end());
        if (copSidelines.stream().noneMatch(p -> p.in(text))) return null;
        Mention cop = null;
        for (Mention m : a.mentions())
            if (m.type() == EntityType.COP_SESSION && m.start() < s.end() && (cop == null || m.start() > cop.start())) cop = m;
        if (cop == null) return null;
        Object city = a.entities().get(cop.entityKey()).facts().get("city");
        if (!(city instanceof String c) || gazetteer.byId(c) == null) return null;
        a.entities().computeIfAbsent(c, k -> EntityRecognizer.fromEntry(gazetteer.byId(k)));
        return c;
    }
}
