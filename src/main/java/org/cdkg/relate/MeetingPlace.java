package org.cdkg.relate;

import org.cdkg.document.Article;
import org.cdkg.document.EntityType;
import org.cdkg.document.FoundAnywhere;
import org.cdkg.document.Mention;
import org.cdkg.document.Scripts;
import org.cdkg.document.Sentence;
import org.cdkg.recognise.EntityRecognizer;
import org.cdkg.recognise.Gazetteer;
import org.cdkg.relate.rules.MeetingRules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where a meeting took place: the place its clause puts it in (在北京举行, "in Wuhan on July 21"),
 * the place a visit goes to (访问美国, "visit to China"), or the host city of the COP session it
 * was held at. The words come from the language's meeting pack.
 */
final class MeetingPlace {
    private final Gazetteer gazetteer;
    private final boolean latin;
    private final List<String> markers, notMarkers, verbs, venues, during, meetingWords, destinations, goesOn;
    private final List<FoundAnywhere> sidelines;
    private final java.util.Map<String, String> abbreviations;

    MeetingPlace(Gazetteer gazetteer, MeetingRules rules, boolean latin) {
        this.gazetteer = gazetteer;
        this.latin = latin;
        markers = rules.placeMarkers();
        notMarkers = rules.notPlaceMarkers();
        goesOn = rules.clauseGoesOn();
        verbs = rules.placeVerbs();
        venues = MeetingRules.longestFirst(rules.venueWords());
        during = rules.duringWords();
        destinations = MeetingRules.longestFirst(rules.destinationMarkers());
        List<String> words = new ArrayList<>();
        for (MeetingRules.KindWords k : rules.kinds()) words.addAll(k.words());
        meetingWords = MeetingRules.longestFirst(words);
        sidelines = MeetingRules.found(rules.sidelines());
        abbreviations = rules.placeAbbreviations();
    }

    /** The place a span puts a meeting in, or null. */
    String in(Article a, int from, int to) {
        if (to <= from) return null;
        return latin ? inEnglish(a, from, to) : inChinese(a, from, to);
    }

    /**
     * The place of 在…举行: the most specific place between 在 (or 于, 赴) and the verb or meeting
     * word after it — 在印度首都新德里举行 gives 新德里, 在北京人民大会堂同…举行 gives 人民大会堂.
     * 正在天津访问 says where someone is, not where a meeting is.
     */
    private String inChinese(Article a, int from, int to) {
        String t = a.simplified();
        String found = null;
        for (int i = from; i < to; i++) {
            String marker = markerAt(t, i);
            if (marker == null) continue;
            int after = i + marker.length();
            int stop = after;
            while (stop < to && stop - after < 30 && (insidePlace(a, stop) || !placeStop(t, stop))) stop++;
            // The place must end the phrase: 在COP29会场中国角 is not "in China".
            int end = stop;
            while (end > after && Character.isWhitespace(t.charAt(end - 1))) end--;
            String here = placeEndingAt(a, after, stop, end);
            // …勒布尔热会场, …饭店: a generic venue word after the place still leaves the place the answer.
            for (String venue : venues)
                if (here == null && t.startsWith(venue, end - venue.length()) && end - venue.length() > after)
                    here = placeEndingAt(a, after, stop, end - venue.length());
            // 在内罗毕第三届联合国环境大会期间会见: the place of the event during which they met.
            if (here == null && endsWithAny(t.substring(after, end), during)) {
                List<Mention> ps = Clauses.mentions(a, after, end, EntityType.PLACE);
                if (!ps.isEmpty() && !ps.get(ps.size() - 1).source().contains("abbreviation")) here = ps.get(ps.size() - 1).entityKey();
            }
            // 在卡塔尔国家会议中心与…: a venue the gazetteer does not know is still the place.
            if (here == null) here = venue(a, after, end);
            // 在京会见, 在沪举行: a city's one-character abbreviation, right after the marker and right before the verb.
            if (here == null && end == after + 1) here = abbreviated(a, t.substring(after, end));
            if (here != null) found = here;
        }
        return found;
    }

    private String markerAt(String t, int i) {
        for (String m : markers) {
            if (!t.startsWith(m, i)) continue;
            for (String not : notMarkers) {
                int at = not.indexOf(m);
                if (at >= 0 && i - at >= 0 && t.startsWith(not, i - at)) return null;
            }
            return m;
        }
        return null;
    }

    private static boolean endsWithAny(String s, List<String> words) {
        for (String w : words) if (s.endsWith(w)) return true;
        return false;
    }

    private static String placeEndingAt(Article a, int from, int to, int end) {
        String found = null;
        for (Mention p : Clauses.mentions(a, from, to, EntityType.PLACE))
            if (!p.source().contains("abbreviation") && p.end() == end) found = p.entityKey();
        return found;
    }

    private boolean placeStop(String t, int at) {
        if ("，。；,;、同与和跟".indexOf(t.charAt(at)) >= 0) return true;
        for (String v : verbs) if (t.startsWith(v, at)) return true;
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
        if (venues.stream().noneMatch(name::endsWith) && !name.endsWith("大会堂") && !name.endsWith("国宾馆")) return null;
        String key = org.cdkg.recognise.EntityKeys.of("place", name);
        org.cdkg.document.Entity e = a.entities().computeIfAbsent(key, k -> new org.cdkg.document.Entity(k, EntityType.PLACE));
        e.addLabel("zh-Hans", name);
        String surface = a.text(end - name.length(), end);
        e.addSurfaceForm(EntityRecognizer.lang(surface), surface);
        return key;
    }

    /**
     * "in Beijing", "at Sunnylands, California", "in Wuhan, Hubei Province, China": the first place
     * after in or at, with the places that qualify it after commas passed over; a city wins over a
     * country named alone before it.
     */
    private String inEnglish(Article a, int from, int to) {
        String t = a.simplified();
        String found = null;
        Mention qualifies = null;
        for (Mention p : Clauses.mentions(a, from, to, EntityType.PLACE)) {
            if (p.start() < from) continue;
            if (qualifies != null && p.start() >= qualifies.end() && p.start() - qualifies.end() <= 2 && t.substring(qualifies.end(), p.start()).matches(",? ?")) {
                qualifies = p;
                continue;
            }
            qualifies = null;
            String before = t.substring(Math.max(from, p.start() - 9), p.start()).toLowerCase(Locale.ROOT);
            if (!afterMarker(before)) continue;
            if (found == null || p.type() != EntityType.COUNTRY) found = p.entityKey();
            qualifies = p;
        }
        return found;
    }

    /**
     * Where the clause of an English meeting word ends, from {@code from} on: at a comma before a
     * lower-case word that is neither a place marker nor one of the pack's clauseGoesOn ("met Sharma and discussed issues, for negotiations
     * to be held in Glasgow" — Glasgow is the later negotiations' place). Chinese clauses are cut
     * by {@link Clauses}; this returns {@code to} for them.
     */
    int clauseEnd(Article a, int from, int to) {
        if (!latin) return to;
        String t = a.simplified();
        for (int i = t.indexOf(", ", from); i >= 0 && i < to; i = t.indexOf(", ", i + 1)) {
            int w = i + 2, e = w;
            while (e < to && Character.isLetter(t.charAt(e))) e++;
            if (e == w || !Character.isLowerCase(t.charAt(w))) continue;
            String word = t.substring(w, e);
            if (!markers.contains(word) && !goesOn.contains(word)) return i;
        }
        return to;
    }

    private boolean afterMarker(String before) {
        for (String m : markers)
            for (String article : List.of("", "the ", "a ", "an "))
                if (before.endsWith(" " + m + " " + article) || before.equals(m + " " + article)) return true;
        return false;
    }

    private String abbreviated(Article a, String c) {
        String id = abbreviations.get(c);
        if (id == null || gazetteer.byId(id) == null) return null;
        a.entities().computeIfAbsent(id, k -> EntityRecognizer.fromEntry(gazetteer.byId(k)));
        return id;
    }

    /** Where a visit goes: the place or country right after 访问/访 or "visit to" in [from, to), or null. */
    String destination(Article a, int from, int to) {
        String t = a.simplified();
        String lower = latin ? t.toLowerCase(Locale.ROOT) : t;
        for (String d : destinations) {
            for (int i = lower.indexOf(d, from); i >= 0 && i < to; i = lower.indexOf(d, i + 1)) {
                int after = i + d.length();
                while (after < to && t.charAt(after) == ' ') after++;
                for (Mention p : Clauses.mentions(a, after, Math.min(to, after + 20), EntityType.PLACE))
                    if (p.start() == after) return p.entityKey();
                // 访华, 访美: a country's one-character abbreviation right after 访.
                if (!latin && after < t.length()) {
                    var country = gazetteer.countryByAbbreviation(t.charAt(after));
                    if (country != null) {
                        a.entities().computeIfAbsent(country.id(), k -> EntityRecognizer.fromEntry(country));
                        return country.id();
                    }
                }
            }
        }
        return null;
    }

    /**
     * A meeting on the sidelines of a COP session (在大会场边, 边会, on the sidelines of COP28) is
     * held where that session is: its host city, from the gazetteer.
     */
    String copCity(Article a, Sentence s) {
        String text = a.simplified().substring(s.start(), s.end());
        if (sidelines.stream().noneMatch(p -> p.in(text))) return null;
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
