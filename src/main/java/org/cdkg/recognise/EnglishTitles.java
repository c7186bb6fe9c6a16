package org.cdkg.recognise;

import org.cdkg.document.EntityType;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names in English title case that end in a word saying what they are: agreements ("… 2030
 * Partnership", "… Joint Statement"), standing dialogues and working groups ("… Mobilization
 * Dialogue"), organisations ("… Policy Centre") and government bodies ("… Administration").
 */
final class EnglishTitles {
    private static final String TITLE_WORD = "(?:[A-Z][\\w.'’-]*|\\d{4}|of|and|on|for|in|the|to|&)";
    /** The words a title ends in. */
    private static final String HEADS = "Agreement|Accord|Declaration|Statement|Memorandum of Understanding|Memorandum|Partnership|Pact|Protocol|Roadmap|Initiative|Working Group|Dialogue|Task Force"
            + "|Centre|Center|Institute|Foundation|Council|Association|University|Fund|Network|Alliance|Coalition|Institution|Society|Academy"
            + "|Ministry|Department|Agency|Administration|Commission|Bureau|Hotel|Guesthouse|Palace|Stadium";
    private static final Pattern TITLE = Pattern.compile("(?<![\\w-])((?:[A-Z][\\w.'’-]*\\s+)(?:" + TITLE_WORD + "\\s+){1,10}"
            + "(" + HEADS + "))\\b");
    /**
     * "Joint Statement issued at the conclusion of the 30th BASIC Ministerial Meeting on Climate
     * Change", "Joint Declaration on …": a statement's name goes on after its head word with what
     * it is the statement of, in title case, up to the first lower-case word.
     */
    private static final Pattern STATEMENT_TAIL = Pattern.compile(
            "(?: issued)?(?: at the (?:conclusion|end) of| of| on| at)(?: the)?((?: (?:[A-Z0-9][\\w.'’-]*|of|on|and|for|the|in|to))+)");
    private static final Pattern STATEMENT_HEAD = Pattern.compile("(?<![\\w-])((?:[A-Z][\\w.'’-]*\\s+){1,3}(?:Statement|Declaration|Communiqué|Communique))\\b");
    /** The words a head-first title starts with. */
    private static final String FIRST_HEADS = "Ministry|Department|Office|Bureau|Agency";
    private static final Pattern WORKING_GROUP = Pattern.compile("Working Group|Dialogue|Task Force");
    private static final Pattern ORGANIZATION = Pattern.compile("Centre|Center|Institute|Foundation|Council|Association|University|Fund|Network|Alliance|Coalition|Institution|Society|Academy");
    private static final Pattern AGENCY = Pattern.compile("Ministry|Department|Agency|Administration|Commission|Bureau");
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s\\b");
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
    /** Venues are places: "… International Convention Centre", "… State Guesthouse". */
    private static final Pattern VENUE = Pattern.compile(".*\\b(Convention|Conference|Exhibition|Congress|Expo) Cent(re|er)|.*\\b(Hotel|Guesthouse|Guest House|Palace|Stadium)");
    /** "Department of Environmental Affairs", "Ministry of Ecology and Environment": the head comes first. */
    private static final Pattern HEAD_FIRST = Pattern.compile("(?<![\\w-])((" + FIRST_HEADS + ") (of|for) (the )?[A-Z][\\w'’-]*(?:(?:, (?!and\\b)| and | & | )[A-Z][\\w'’-]*){0,6})");

    /** A title found; {@code namesInside} when other names may stand inside it (the BASIC … Joint Statement). */
    record Title(int start, int end, String text, EntityType type, boolean namesInside) {}

    private EnglishTitles() {}

    /**
     * Neither pattern can match in a sentence without one of its head words, and most sentences
     * have none: trying the pattern at every capital letter is left for those that do.
     */
    private static final String[] HEAD_WORDS = HEADS.split("\\|"), FIRST_HEAD_WORDS = FIRST_HEADS.split("\\|");

    static List<Title> find(String text, int from, int to) {
        List<Title> out = new ArrayList<>();
        String sentence = text.substring(from, to);
        boolean titleHead = containsAny(sentence, HEAD_WORDS), firstHead = containsAny(sentence, FIRST_HEAD_WORDS);
        Matcher m = TITLE.matcher(text).region(from, to);
        while (titleHead && m.find()) {
            String title = m.group(1);
            if (WHITE_SPACE.split(title).length < 3) continue;
            String head = m.group(2);
            EntityType type = VENUE.matcher(title).matches() ? EntityType.PLACE
                    : WORKING_GROUP.matcher(head).matches() ? EntityType.WORKING_GROUP
                    : ORGANIZATION.matcher(head).matches() ? EntityType.ORGANIZATION
                    : AGENCY.matcher(head).matches() ? EntityType.GOVERNMENT_AGENCY : EntityType.AGREEMENT;
            out.add(new Title(m.start(1), m.end(1), title, type, false));
        }
        // A statement named by what it is the statement of: its head, then the tail.
        Matcher st = STATEMENT_HEAD.matcher(text).region(from, to);
        while (titleHead && st.find()) {
            Matcher tail = STATEMENT_TAIL.matcher(text).region(st.end(1), to);
            if (!tail.lookingAt() || tail.group(1).strip().split(" ").length < 2) continue;
            int s = st.start(1);
            int e = tail.end();
            // The tail's last words are connectors only when a lower-case word followed: drop them.
            String name = text.substring(s, e).replaceAll("(?: (?:of|on|and|for|the|in|to))+$", "");
            e = s + name.length();
            final int start = s, end = e;
            out.removeIf(o -> o.start() >= start && o.end() <= end);
            if (out.stream().noneMatch(o -> o.start() < end && start < o.end())) out.add(new Title(s, e, name, EntityType.AGREEMENT, true));
        }
        Matcher h = HEAD_FIRST.matcher(text).region(from, to);
        while (firstHead && h.find()) {
            int s = h.start(1);
            // "the Ministry of X’s Climate Change Office": the possessive ends the ministry's name.
            Matcher possessive = POSSESSIVE.matcher(text).region(s, h.end(1));
            int e = possessive.find() ? possessive.start() : h.end(1);
            if (out.stream().noneMatch(o -> o.start() < e && s < o.end()))
                out.add(new Title(s, e, text.substring(s, e), EntityType.GOVERNMENT_AGENCY, false));
        }
        return out;
    }

    private static boolean containsAny(String s, String[] words) {
        for (String w : words) if (s.contains(w)) return true;
        return false;
    }
}
