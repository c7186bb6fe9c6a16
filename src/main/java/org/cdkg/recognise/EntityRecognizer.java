package org.cdkg.recognise;

import com.hankcs.hanlp.dictionary.CoreDictionary;
import org.cdkg.document.Article;
import org.cdkg.document.Entity;
import org.cdkg.document.EntityType;
import org.cdkg.document.Mention;
import org.cdkg.document.PrefilteredPattern;
import org.cdkg.document.Sentence;
import org.cdkg.document.Word;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Third stage: finds the people, organisations, places, COP sessions and agreements an article
 * names. The gazetteer goes first and wins; patterns add COP sessions, bracketed agreement
 * titles and bilateral compounds (中美); HanLP's recognisers add names the gazetteer lacks, but
 * only where the context confirms them, because HanLP also proposes fragments.
 */
public final class EntityRecognizer {
    /** COP26, COP 26, and the house style Cop26. */
    private static final Pattern COP_LATIN = Pattern.compile("(?<![A-Za-z])C(?:OP|op)\\s?(\\d{1,2})(?!\\d)");
    private static final Pattern COP_ZH = Pattern.compile(
            "第([零〇一二三四五六七八九十两\\d]{1,4})(?:次|届)(?:联合国)?(?:气候变化)?(缔约方大会|缔约方会议|气候峰会|气候大会|气候变化大会)");
    private static final Pattern CBD_CONTEXT = Pattern.compile("生物多样性公约|CBD|Biological Diversity|生物多样性大会");
    private static final Pattern BRACKETED = Pattern.compile("《([^《》\\n]{2,60})》|“([^“”\\n]{4,60})”");
    private static final Pattern BILATERAL = Pattern.compile("([中美欧英法德日俄印韩澳加巴南])([中美欧英法德日俄印韩澳加巴南])(?![洲文语部间东西南北亚半非])");
    private static final Pattern QUOTED = Pattern.compile("[「“\"]([^「」“”\"\n]{4,30})[」”\"]");
    private static final Pattern LATIN_NAME_IN_PARENS = Pattern.compile("\\s*[（(]([A-Z][a-zA-Z'\\-]+(?: [A-Z][a-zA-Z'\\-.]+){1,3})[)）]");
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
    private static final String UNFCCC = "org/unfccc", CBD = "agreement/cbd";
    // The patterns searched through a whole article, each only where its first character stands.
    private static final PrefilteredPattern COP_LATIN_IN_TEXT = new PrefilteredPattern(COP_LATIN, "C"), COP_ZH_IN_TEXT = new PrefilteredPattern(COP_ZH, "第");
    private static final PrefilteredPattern BRACKETED_IN_TEXT = new PrefilteredPattern(BRACKETED, "《“");
    private static final PrefilteredPattern BILATERAL_IN_TEXT = new PrefilteredPattern(BILATERAL, "中美欧英法德日俄印韩澳加巴南");
    private static final PrefilteredPattern QUOTED_IN_TEXT = new PrefilteredPattern(QUOTED, "「“\"");

    private final Gazetteer gazetteer;
    private final NerRules rules = NerRules.load();
    private final EnglishNames english = new EnglishNames(rules.english);

    public EntityRecognizer(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** Needs the article's words: {@link ChineseSegmenter} runs first. */
    public void recognise(Article a) {
        Pass p = new Pass(a);
        for (Sentence s : a.sentences()) {
            if (s.lang() != Sentence.Lang.ZH) continue;
            p.boundary[s.start()] = true;
            p.boundary[s.end()] = true;
            for (Word w : a.words(s)) {
                p.boundary[w.start()] = true;
                p.boundary[w.end()] = true;
                p.natureAt[w.start()] = w.tag();
            }
        }
        for (Gazetteer.Match m : gazetteer.find(p.match, p.simp, false))
            if (p.standsAlone(m)) p.addGazetteer(m, "gazetteer", 0.95);
        copSessions(p);
        bracketedAgreements(p);
        meetingStatements(p);
        quotedOrganizations(p);
        bilateralCompounds(p);
        demonyms(p);
        // Short forms (克里 after 约翰·克里) claim their text before HanLP can split it into fragments.
        for (Gazetteer.Match m : gazetteer.find(p.match, p.simp, true)) {
            boolean seen = a.entities().containsKey(m.entry().id());
            boolean titled = followedByTitle(p.simp, m.end()) || precededByTitle(p.simp, m.start());
            if ((seen || titled) && p.standsAlone(m)) p.addGazetteer(m, "gazetteer-short-form", seen ? 0.9 : 0.8);
        }
        for (Sentence s : a.sentences()) {
            if (s.lang() == Sentence.Lang.ZH) {
                transliteratedNames(p, s);
                namesBeforeLatin(p, a.words(s));
                hanlp(p, a.words(s));
                namesAfterTitles(p, s);
            } else {
                englishTitles(p, s);
                englishPeople(p, s);
            }
        }
        localShortForms(p);
        sameNamedPeople(p);
        a.mentions().sort(Comparator.comparingInt(Mention::start).thenComparingInt(Mention::end));
    }

    /**
     * 梅纳(Konris Maynard) … 梅纳也强调: a name written again without its original form is the same
     * person, not one keyed by the Chinese name alone. A person minted from a Chinese name only joins
     * the one person of the article who has that Chinese name and an English one.
     */
    private static void sameNamedPeople(Pass p) {
        Map<String, List<Entity>> byChinese = new java.util.HashMap<>();
        for (Entity e : p.a.entities().values())
            if (e.type().family() == EntityType.PERSON && e.labels().get("zh-Hans") != null)
                byChinese.computeIfAbsent(e.labels().get("zh-Hans"), k -> new ArrayList<>()).add(e);
        Map<String, String> into = new java.util.HashMap<>();
        for (List<Entity> same : byChinese.values()) {
            if (same.size() < 2) continue;
            List<Entity> withEnglish = same.stream().filter(e -> e.labels().containsKey("en")).toList();
            if (withEnglish.size() != 1) continue;
            for (Entity e : same)
                if (e != withEnglish.get(0) && !e.labels().containsKey("en") && !e.fromGazetteer()) into.put(e.key(), withEnglish.get(0).key());
        }
        if (into.isEmpty()) return;
        List<Mention> ms = p.a.mentions();
        for (int i = 0; i < ms.size(); i++) {
            Mention m = ms.get(i);
            String k = into.get(m.entityKey());
            if (k != null) ms.set(i, new Mention(m.start(), m.end(), m.surface(), k, m.type(), m.source(), m.confidence()));
        }
        into.keySet().forEach(p.a.entities()::remove);
    }

    /** 国务卿布林肯, 前总统川普, President Biden: a title right before a short form. */
    private boolean precededByTitle(String simp, int at) {
        String before = simp.substring(Math.max(0, at - 12), at);
        for (String t : rules.personTitlesBefore) if (before.endsWith(t)) return true;
        String latin = before.stripTrailing();
        if (latin.length() == before.length()) return false;
        int cut = latin.lastIndexOf(' ');
        String word = cut < 0 ? latin : latin.substring(cut + 1);
        return englishTitle(word);
    }

    private boolean englishTitle(String word) {
        for (var t : rules.english.path("titlesBefore")) if (t.asText().equals(word)) return true;
        return false;
    }

    private boolean followedByTitle(String simp, int at) {
        String rest = simp.substring(at, Math.min(simp.length(), at + 16)).stripLeading();
        for (String t : rules.titlesAfterShortForm) if (rest.startsWith(t)) return true;
        return false;
    }

    private void copSessions(Pass p) {
        for (PrefilteredPattern pat : List.of(COP_LATIN_IN_TEXT, COP_ZH_IN_TEXT)) {
            PrefilteredPattern.Search m = pat.in(p.simp);
            while (m.find()) {
                int n = ChineseNumber.parse(m.group(1));
                if (n <= 0 || n > 60) continue;
                String before = p.simp.substring(Math.max(0, m.start() - 25), m.start());
                String convention = CBD_CONTEXT.matcher(before).find() ? CBD : UNFCCC;
                GazetteerEntry e = gazetteer.cop(convention, n);
                if (p.covered(m.start(), m.end(), EntityType.COP_SESSION)) continue;
                if (e != null) {
                    p.addEntry(e, m.start(), m.end(), "cop-pattern", 0.9);
                } else {
                    String key = (convention.equals(CBD) ? "cop/cbd-cop" : "cop/unfccc-cop") + n;
                    Entity ent = p.a.entities().computeIfAbsent(key, k -> new Entity(k, EntityType.COP_SESSION));
                    ent.facts().putIfAbsent("copNumber", n);
                    ent.facts().putIfAbsent("convention", convention);
                    ent.addLabel("en", (convention.equals(CBD) ? "CBD COP" : "COP") + n);
                    p.addMention(m.start(), m.end(), ent, "cop-pattern", 0.85);
                }
            }
        }
    }

    private void bracketedAgreements(Pass p) {
        PrefilteredPattern.Search m = BRACKETED_IN_TEXT.in(p.simp);
        while (m.find()) {
            int g = m.group(1) != null ? 1 : 2;
            String inner = m.group(g);
            if (!rules.endsWithAny(inner, rules.agreementSuffixes) || p.coveredByOne(m.start(g), m.end(g))) continue;
            Entity e = p.minted(EntityKeys.of("agreement", inner), EntityType.AGREEMENT, m.start(g), m.end(g));
            p.addMention(m.start(g), m.end(g), e, "bracketed-title", 0.8);
        }
    }

    /** 第二十八次基础四国气候变化部长级会议联合声明: a statement named by the meeting that issued it, without marks. */
    private void meetingStatements(Pass p) {
        for (java.util.regex.Pattern pattern : rules.meetingStatements) {
            Matcher m = pattern.matcher(p.simp);
            while (m.find()) {
                int s = m.start("name"), e = m.end("name");
                if (p.coveredByOne(s, e) || p.taken(s, e) && p.coveredByOne(s, e)) continue;
                String name = p.simp.substring(s, e);
                Entity ent = p.minted(EntityKeys.of("agreement", name), EntityType.AGREEMENT, s, e);
                p.addMention(s, e, ent, "statement-name", 0.75);
            }
        }
    }

    /** 「亞太低碳研究會」, “能源基金会”: a quoted name with an organisation's ending is an organisation. */
    private void quotedOrganizations(Pass p) {
        PrefilteredPattern.Search m = QUOTED_IN_TEXT.in(p.simp);
        while (m.find()) {
            String inner = m.group(1);
            EntityType type = rules.organizationType(inner);
            if (type == null || inner.length() < 4 || p.coveredByOne(m.start(1), m.end(1))) continue;
            p.addMention(m.start(1), m.end(1), p.minted(EntityKeys.of("org", inner), type, m.start(1), m.end(1)), "quoted-organization", 0.75);
        }
    }

    private void bilateralCompounds(Pass p) {
        PrefilteredPattern.Search m = BILATERAL_IN_TEXT.in(p.simp);
        while (m.find()) {
            if (m.group(1).equals(m.group(2)) || p.taken(m.start(), m.end())) continue;
            GazetteerEntry x = gazetteer.countryByAbbreviation(m.group(1).charAt(0));
            GazetteerEntry y = gazetteer.countryByAbbreviation(m.group(2).charAt(0));
            if (x == null || y == null) continue;
            if (m.start() > 0 && NameKey.isHan(p.simp.charAt(m.start() - 1))
                    && CoreDictionary.contains(p.simp.substring(m.start() - 1, m.start() + 1))) continue;
            p.addEntry(x, m.start(), m.start() + 1, "bilateral-abbreviation", 0.85);
            p.addEntry(y, m.start() + 1, m.end(), "bilateral-abbreviation", 0.85);
        }
    }

    /**
     * "the Chilean Presidency", "hosted by the Egyptian government": an English adjective of
     * nationality names its country. It is a mention, not a name: it never becomes a label.
     */
    private void demonyms(Pass p) {
        for (Sentence s : p.a.sentences()) {
            if (s.lang() != Sentence.Lang.EN) continue;
            String t = p.a.body().text();
            int i = s.start();
            while (i < s.end()) {
                if (!Character.isUpperCase(t.charAt(i)) || i > 0 && Character.isLetter(t.charAt(i - 1))) { i++; continue; }
                int e = i;
                while (e < s.end() && (Character.isLetter(t.charAt(e)) || t.charAt(e) == '-')) e++;
                GazetteerEntry c = gazetteer.countryByDemonym(t.substring(i, e));
                if (c != null && !p.taken(i, e)) p.addEntry(c, i, e, "demonym", 0.75);
                i = e;
            }
        }
    }

    private void hanlp(Pass p, List<Word> words) {
        for (int i = 0; i < words.size(); i++) {
            Word t = words.get(i);
            String nature = t.tag();
            int start = t.start(), end = t.end();
            if (nature.startsWith("nr")) {
                int first = i;
                String word = t.text();
                // 谢夫乔/nr 维/b 奇/ag, 辛戈/nr 拉/v 尼/b: a transliterated name HanLP cut runs on over the name syllables after it.
                int run = transliterationRun(words, i);
                if (run > i) {
                    StringBuilder b = new StringBuilder(word);
                    for (int k = i + 1; k <= run; k++) b.append(words.get(k).text());
                    person(p, words, first, b.toString(), start, words.get(run).end(), true);
                    i = run;
                    continue;
                }
                if (nature.equals("nr") && word.length() == 2 && i + 1 < words.size()) {
                    Word n = words.get(i + 1);
                    if (n.text().length() == 1 && NameKey.isHan(n.text().charAt(0))
                            && !rules.nameExtensionBlockedNatures.contains(n.tag())
                            && rules.nameMustNotEndWith.indexOf(n.text().charAt(0)) < 0) {
                        word += n.text();
                        end++;
                        i++;
                    }
                }
                person(p, words, first, word, start, end, nature.equals("nrf"));
            } else if (nature.startsWith("nt")) {
                EntityType type = rules.organizationType(t.text());
                if (type == null || t.text().length() < rules.organizationMinLength || p.taken(start, end) || fragment(p.simp, start, end))
                    continue;
                p.addMention(start, end, p.minted(EntityKeys.of("org", t.text()), type, start, end), "hanlp-organization", 0.6);
            } else if (nature.startsWith("ns")) {
                if (t.text().length() < rules.placeMinLength || !rules.endsWithAny(t.text(), rules.placeSuffixes)
                        || p.taken(start, end) || fragment(p.simp, start, end)) continue;
                p.addMention(start, end, p.minted(EntityKeys.of("place", t.text()), EntityType.PLACE, start, end), "hanlp-place", 0.6);
            }
        }
    }

    /** Title-case names of agreements, standing dialogues and organisations: see {@link EnglishTitles}. */
    private void englishTitles(Pass p, Sentence s) {
        for (EnglishTitles.Title t : EnglishTitles.find(p.a.body().text(), s.start(), s.end())) {
            // A known name inside or across the phrase means it is that name, or a headline around it.
            if (!t.namesInside() && p.overlapsName(t.start(), t.end()) || p.covered(t.start(), t.end(), EntityType.PERSON)
                    || p.covered(t.start(), t.end(), EntityType.ENVOY)) continue;
            String kind = t.type() == EntityType.AGREEMENT ? "agreement" : t.type() == EntityType.PLACE ? "place" : "org";
            Entity e = p.a.entities().computeIfAbsent(EntityKeys.of(kind, t.text()), k -> new Entity(k, t.type()));
            e.addLabel("en", t.text());
            p.addMention(t.start(), t.end(), e, "english-title", 0.7);
        }
    }

    private void englishPeople(Pass p, Sentence s) {
        for (EnglishNames.Found f : english.find(p.a.body().text(), s.start(), s.end())) {
            if (p.taken(f.start(), f.end())) continue;
            if (f.byline()) {
                p.a.metadata().offerAuthor(f.name());
                continue;
            }
            Entity e = p.a.entities().computeIfAbsent(EntityKeys.person(f.name()), k -> new Entity(k, EntityType.PERSON));
            e.addLabel("en", f.name());
            p.addMention(f.start(), f.end(), e, "english-" + f.rule(), f.rule().equals("pinyin-name") ? 0.75 : 0.7);
        }
    }

    /**
     * After "David Waskow" or 大卫·瓦斯科, an article says "Waskow" or 瓦斯科: the last part of a
     * found name refers back to it within the same article.
     */
    private void localShortForms(Pass p) {
        Map<String, Entity> shortForms = new java.util.LinkedHashMap<>();
        java.util.Set<String> ambiguous = new java.util.HashSet<>();
        for (Entity e : p.a.entities().values()) {
            if (e.type().family() != EntityType.PERSON) continue;
            for (Map.Entry<String, String> l : e.labels().entrySet()) {
                String label = l.getValue();
                // Curated people have curated short forms in Chinese; in English an article says "Xie" or "Stern".
                if (e.fromGazetteer() && !l.getKey().equals("en")) continue;
                String[] parts = label.indexOf('·') >= 0 ? label.split("·") : WHITE_SPACE.split(label);
                if (parts.length < 2) continue;
                String shortForm = english.pinyinName(parts) ? parts[0] : parts[parts.length - 1];
                if (shortForm.length() < 2) continue;
                Entity other = shortForms.putIfAbsent(shortForm, e);
                if (other != null && other != e) ambiguous.add(shortForm);
            }
        }
        ambiguous.forEach(shortForms::remove);
        for (Map.Entry<String, Entity> sf : shortForms.entrySet()) {
            String form = sf.getKey();
            boolean latin = !NameKey.isHan(form.charAt(0));
            for (int i = p.simp.indexOf(form); i >= 0; i = p.simp.indexOf(form, i + 1)) {
                int end = i + form.length();
                if (p.taken(i, end)) continue;
                if (latin && ((i > 0 && Character.isLetter(p.simp.charAt(i - 1))) || (end < p.simp.length() && Character.isLetter(p.simp.charAt(end)))))
                    continue;
                if (!latin && !(p.boundary[i] && p.boundary[end])) continue;
                p.addMention(i, end, sf.getValue(), "local-short-form", 0.7);
            }
        }
    }

    /**
     * The last word of a transliterated name that starts with words[i]: a name word made only of
     * transliteration syllables, followed by one-character words that are syllables too, up to 8
     * characters. Returns i when nothing follows. A syllable that ends a name only in grammar
     * (在, 的, 说) stops the run.
     */
    private int transliterationRun(List<Word> words, int i) {
        String w = words.get(i).text();
        if (w.length() < 2 || !w.chars().allMatch(c -> TransliteratedNames.nameSyllable((char) c))) return i;
        int last = i, length = w.length();
        for (int k = i + 1; k < words.size() && length < 8; k++) {
            String n = words.get(k).text();
            if (n.length() != 1 || !TransliteratedNames.nameSyllable(n.charAt(0)) || rules.nameMustNotEndWith.indexOf(n.charAt(0)) >= 0) break;
            last = k;
            length++;
        }
        return last;
    }

    private void person(Pass p, List<Word> words, int first, String word, int start, int end, boolean transliteration) {
        if (p.taken(start, end) || !word.chars().allMatch(c -> NameKey.isHan((char) c))) return;
        if (word.length() < 2 || word.length() > (transliteration ? 8 : 4)) return;
        String before = previousWord(words, first);
        if (before != null && rules.journalistRoles.contains(before)) {
            p.a.metadata().offerAuthor(p.a.text(start, end));
            return;
        }
        boolean titled = first > 0 && words.get(first - 1).tag().equals("nnt");
        String after = p.simp.substring(end, Math.min(p.simp.length(), end + 4));
        boolean acting = rules.personVerbsAfter.stream().anyMatch(after::startsWith);
        boolean repeated = count(p.simp, word) >= 2 && inPersonContextSomewhere(p.simp, word);
        if (transliteration ? !(titled || repeated) : !(titled || repeated || acting && word.length() == 3)) return;
        if (fragment(p.simp, start, end)) return;
        // 克里 that HanLP finds where the gazetteer's boundary test did not: still the gazetteer's person.
        GazetteerEntry known = gazetteer.exact(word, true);
        if (known == null) known = gazetteer.exact(word, false);
        if (known != null && known.type().family() == EntityType.PERSON) {
            // Like any short form, it needs the person named in full before, or a title.
            String next = p.natureAt[end];
            boolean longerName = next != null && next.startsWith("nrf");
            if ((p.a.entities().containsKey(known.id()) || titled) && !longerName) p.addEntry(known, start, end, "hanlp-person-known", 0.8);
            return;
        }
        // 辛戈拉尼(Roberto Cingolani): the original form keys the person and names it in English too.
        Matcher latin = LATIN_NAME_IN_PARENS.matcher(p.a.body().text()).region(end, Math.min(p.simp.length(), end + 60));
        boolean original = transliteration && latin.lookingAt();
        Entity e = original ? p.mintedPerson(latin.group(1), start, end) : p.mintedPerson(word, start, end);
        if (original) e.addLabel("zh-Hans", word);
        p.addMention(start, end, e, "hanlp-person", titled ? 0.85 : 0.7);
        if (original && !p.taken(latin.start(1), latin.end(1))) {
            e.addLabel("en", latin.group(1));
            p.addMention(latin.start(1), latin.end(1), e, "parenthesised-latin-name", 0.85);
        }
    }

    /**
     * 议长佩洛西(Nancy Pelosi), 部长辛戈拉尼(Roberto Cingolani): a run of transliteration syllables
     * right after a title and right before a name in Latin letters is that person, however HanLP
     * cut it.
     */
    private void namesBeforeLatin(Pass p, List<Word> words) {
        for (int i = 1; i < words.size(); i++) {
            if (!words.get(i - 1).tag().equals("nnt")) continue;
            int start = words.get(i).start(), end = start;
            int k = i;
            while (k < words.size() && end - start < 8 && words.get(k).text().chars().allMatch(c -> TransliteratedNames.nameSyllable((char) c))) {
                end = words.get(k).end();
                k++;
            }
            if (end - start < 2 || p.taken(start, end)) continue;
            Matcher latin = LATIN_NAME_IN_PARENS.matcher(p.a.body().text()).region(end, Math.min(p.simp.length(), end + 60));
            if (!latin.lookingAt() || p.taken(latin.start(1), latin.end(1))) continue;
            Entity e = p.mintedPerson(latin.group(1), start, end);
            e.addLabel("zh-Hans", p.simp.substring(start, end));
            e.addLabel("en", latin.group(1));
            p.addMention(start, end, e, "transliterated-name", 0.8);
            p.addMention(latin.start(1), latin.end(1), e, "parenthesised-latin-name", 0.85);
        }
    }

    /**
     * 国务委员戴秉国, 执行长许若兰: a Chinese name right after a title, which HanLP's name model can
     * miss. The name starts with a common surname and ends where the segmenter ends a word, two or
     * three characters on.
     */
    private void namesAfterTitles(Pass p, Sentence s) {
        int[][] titlesAt = p.titleOccurrences();
        for (int k = 0; k < titlesAt.length; k++) {
            String title = rules.personTitlesBefore.get(k);
            int[] occurrences = titlesAt[k];
            int first = java.util.Arrays.binarySearch(occurrences, s.start());
            for (int o = first >= 0 ? first : -first - 1; o < occurrences.length && occurrences[o] < s.end(); o++) {
                int i = occurrences[o];
                int at = i + title.length();
                while (at < s.end() && p.simp.charAt(at) == ' ') at++;  // a table puts spaces between title and name
                if (at + 2 > s.end() || p.taken(at, at + 2) || !EntityKeys.startsWithSurname(p.simp, at)) continue;
                // 秘书长古特雷斯: four name-syllable characters are a transliteration, not a Chinese name.
                if (at + 4 <= s.end() && p.simp.substring(at, at + 4).chars().allMatch(c -> TransliteratedNames.nameSyllable((char) c))) continue;
                int end = -1;
                for (int len = 3; len >= 2; len--)
                    if (at + len <= s.end() && allHan(p.simp.substring(at, at + len)) && p.boundary[at + len] && !p.taken(at, at + len)
                            && !CoreDictionary.contains(p.simp.substring(at, at + len))
                            && rules.nameMustNotEndWith.indexOf(p.simp.charAt(at + len - 1)) < 0) { end = at + len; break; }
                if (end < 0 || fragment(p.simp, at, end) && !p.boundary[at]) continue;
                Entity e = p.mintedPerson(p.simp.substring(at, end), at, end);
                p.addMention(at, end, e, "name-after-title", 0.75);
            }
        }
    }

    /** 里克·杜克, 布耶尔瓦·松吉卡: see {@link TransliteratedNames}. */
    private void transliteratedNames(Pass p, Sentence s) {
        for (int[] span : TransliteratedNames.find(p.simp, s.start(), s.end())) {
            int left = span[0], end = span[1];
            if (p.taken(left, end)) continue;
            String name = p.simp.substring(left, end);
            Matcher latin = LATIN_NAME_IN_PARENS.matcher(p.a.body().text()).region(end, Math.min(p.simp.length(), end + 60));
            // The English form, when given, keys the person: an English-only article then names the same node.
            Entity e = latin.lookingAt() ? p.mintedPerson(latin.group(1), left, end) : p.mintedPerson(name, left, end);
            e.addLabel("zh-Hans", name);
            p.addMention(left, end, e, "transliterated-name", 0.8);
            if (latin.lookingAt()) {
                e.addLabel("en", latin.group(1));
                p.addMention(latin.start(1), latin.end(1), e, "parenthesised-latin-name", 0.85);
            }
        }
    }

    private static boolean allHan(String w) {
        return !w.isEmpty() && w.chars().allMatch(c -> NameKey.isHan((char) c));
    }

    private static String previousWord(List<Word> words, int i) {
        for (int j = i - 1; j >= 0; j--) {
            String w = words.get(j).text().strip();
            if (w.isEmpty() || w.equals("(") || w.equals("（") || w.equals(":") || w.equals("：")) continue;
            return w;
        }
        return null;
    }

    /** A span whose first character forms a word with the character before it (国|际合作司) is a piece of a larger word. */
    private boolean fragment(String simp, int start, int end) {
        if (rules.nameMustNotStartWith.indexOf(simp.charAt(start)) >= 0) return true;
        // 曾于去年…, 两国元首: a name does not end in a function word nor follow a numeral.
        if (rules.nameMustNotEndWith.indexOf(simp.charAt(end - 1)) >= 0) return true;
        if (start > 0 && rules.nameMustNotFollow.indexOf(simp.charAt(start - 1)) >= 0) return true;
        if (start > 0 && NameKey.isHan(simp.charAt(start - 1))
                && CoreDictionary.contains(simp.substring(start - 1, start + 1))) return true;
        return end < simp.length() && NameKey.isHan(simp.charAt(end)) && end - start >= 2
                && CoreDictionary.contains(simp.substring(end - 1, end + 1))
                && !CoreDictionary.contains(simp.substring(end - 2, end));
    }

    /** A name said twice is still a fragment (山水林田湖) unless once it stands after a title or before a verb. */
    private boolean inPersonContextSomewhere(String s, String w) {
        for (int i = s.indexOf(w); i >= 0; i = s.indexOf(w, i + w.length())) {
            String before = s.substring(Math.max(0, i - 6), i), after = s.substring(i + w.length(), Math.min(s.length(), i + w.length() + 4));
            if (rules.personTitlesBefore.stream().anyMatch(before::endsWith) || rules.personVerbsAfter.stream().anyMatch(after::startsWith))
                return true;
        }
        return false;
    }

    private static int count(String s, String w) {
        int n = 0;
        for (int i = s.indexOf(w); i >= 0; i = s.indexOf(w, i + w.length())) n++;
        return n;
    }

    /** State of one article's recognition: which body characters are already claimed by a name. */
    private final class Pass {
        final Article a;
        final String simp;
        final MatchText match;
        final boolean[] claimed;
        /** Where the segmenter puts word boundaries in Chinese sentences. */
        final boolean[] boundary;
        /** The part of speech of the word the segmenter starts at each offset, if it starts one there. */
        final String[] natureAt;
        /** Where each of the titles before names occurs in the body; found on first need. */
        private int[][] titleOccurrences;

        Pass(Article a) {
            this.a = a;
            this.simp = a.simplified();
            this.match = new MatchText(simp);
            this.claimed = new boolean[simp.length()];
            this.boundary = new boolean[simp.length() + 1];
            this.natureAt = new String[simp.length() + 1];
        }

        /**
         * Short Chinese names (克里, 中国) must be whole words to the segmenter: 克里 in 克里米亚
         * or 中国 in 发展中国家 is not a name. Longer names and Latin names stand on their own.
         */
        boolean standsAlone(Gazetteer.Match m) {
            String surface = simp.substring(m.start(), m.end());
            boolean han = surface.chars().allMatch(c -> NameKey.isHan((char) c));
            if (!han || (!m.shortForm() && surface.length() > 2)) return true;
            Sentence s = a.sentenceAt(m.start());
            if (s == null || s.lang() != Sentence.Lang.ZH) return true;
            // 克里|米亚: a short form followed by more of a transliterated name is part of another name.
            String next = natureAt[m.end()];
            if (m.shortForm() && next != null && next.startsWith("nrf")) return false;
            return boundary[m.start()] && boundary[m.end()];
        }

        /**
         * For each title of {@code personTitlesBefore}, in order, every offset it occurs at (overlapping
         * ones too), ascending: found once for the article rather than searched for from each sentence on.
         */
        int[][] titleOccurrences() {
            if (titleOccurrences == null) {
                List<String> titles = rules.personTitlesBefore;
                titleOccurrences = new int[titles.size()][];
                for (int k = 0; k < titles.size(); k++) {
                    int[] at = new int[4];
                    int n = 0;
                    for (int i = simp.indexOf(titles.get(k)); i >= 0; i = i < simp.length() ? simp.indexOf(titles.get(k), i + 1) : -1) {
                        if (n == at.length) at = java.util.Arrays.copyOf(at, n * 2);
                        at[n++] = i;
                    }
                    titleOccurrences[k] = java.util.Arrays.copyOf(at, n);
                }
            }
            return titleOccurrences;
        }

        boolean taken(int s, int e) {
            for (int i = s; i < e; i++) if (claimed[i]) return true;
            return false;
        }

        /** Whether an organisation, agreement or COP session is named within or across the span. */
        boolean overlapsName(int s, int e) {
            for (Mention m : a.mentions()) {
                EntityType f = m.type().family();
                if (m.overlaps(s, e) && (f == EntityType.ORGANIZATION || f == EntityType.AGREEMENT || f == EntityType.COP_SESSION)) return true;
            }
            return false;
        }

        /** Whether one mention covers this whole span (the title is, or is inside, a known name). */
        boolean coveredByOne(int s, int e) {
            for (Mention m : a.mentions()) if (m.start() <= s && m.end() >= e) return true;
            return false;
        }

        boolean covered(int s, int e, EntityType type) {
            for (Mention m : a.mentions()) if (m.type() == type && m.overlaps(s, e)) return true;
            return false;
        }

        void addGazetteer(Gazetteer.Match m, String source, double confidence) {
            if (taken(m.start(), m.end())) return;
            addEntry(m.entry(), m.start(), m.end(), source, confidence);
        }

        void addEntry(GazetteerEntry entry, int s, int e, String source, double confidence) {
            Entity ent = a.entities().computeIfAbsent(entry.id(), k -> fromEntry(entry));
            addMention(s, e, ent, source, confidence);
            if (entry.type().family() == EntityType.ORGANIZATION) {
                // 生态环境部应对气候变化司 also names 生态环境部.
                Gazetteer.Match parent = gazetteer.longestProperPrefix(simp, s, e);
                if (parent != null && parent.entry().type().family() == EntityType.ORGANIZATION) {
                    Entity pe = a.entities().computeIfAbsent(parent.entry().id(), k -> fromEntry(parent.entry()));
                    a.mentions().add(new Mention(parent.start(), parent.end(), a.text(parent.start(), parent.end()), pe.key(), pe.type(), "gazetteer-parent", confidence));
                }
            }
        }

        void addMention(int s, int e, Entity ent, String source, double confidence) {
            String surface = a.text(s, e);
            if (!source.contains("abbreviation") && !source.equals("demonym")) ent.addSurfaceForm(lang(surface), surface);
            a.mentions().add(new Mention(s, e, surface, ent.key(), ent.type(), source, confidence));
            for (int i = s; i < e; i++) claimed[i] = true;
        }

        Entity minted(String key, EntityType type, int s, int e) {
            GazetteerEntry known = gazetteer.byId(key);
            String k = known != null && known.type().family() != type.family() ? key + "-" + EntityKeys.hash(key) : key;
            Entity ent = a.entities().computeIfAbsent(k, x -> known != null && known.type().family() == type.family() ? fromEntry(known) : new Entity(x, type));
            ent.addLabel("zh-Hans", simp.substring(s, e));
            return ent;
        }

        Entity mintedPerson(String name, int s, int e) {
            String key = EntityKeys.person(name);
            GazetteerEntry known = gazetteer.byId(key);
            // A homophone of a curated person is someone else: keep them apart.
            if (known != null) key = key + "-" + EntityKeys.hash(name);
            Entity ent = a.entities().computeIfAbsent(key, x -> new Entity(x, EntityType.PERSON));
            String surface = simp.substring(s, e);
            ent.addLabel(NameKey.isHan(surface.charAt(0)) ? "zh-Hans" : "en", surface);
            return ent;
        }
    }

    /** An entity as the gazetteer describes it: its names in each script, QID and reference facts. */
    public static Entity fromEntry(GazetteerEntry g) {
        Entity e = new Entity(g.id(), g.type()).qid(g.qid()).fromGazetteer(true);
        if (g.zhHans() != null) e.addLabel("zh-Hans", g.zhHans());
        if (g.zhHant() != null) e.addLabel("zh-Hant", g.zhHant());
        if (g.en() != null) e.addLabel("en", g.en());
        e.facts().putAll(g.facts());
        return e;
    }

    /** The language tag of a surface form: en for Latin script, zh-Hant when it differs from its simplified form. */
    public static String lang(String surface) {
        boolean han = surface.chars().anyMatch(c -> NameKey.isHan((char) c));
        if (!han) return "en";
        return ChineseScript.simplified(surface).equals(surface) ? "zh-Hans" : "zh-Hant";
    }
}
