package org.cdkg.recognise;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import org.cdkg.document.Article;
import org.cdkg.document.Sentence;
import org.cdkg.document.Word;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The first half of recognition: HanLP cuts each Chinese sentence into words and tags the names
 * its recognisers find; {@link EntityRecognizer} then reads the words. The two are separate
 * stages so that a batch of articles can be segmented one after another: HanLP's dictionaries
 * and models are far larger than the CPU caches, and segmenting many sentences in a row keeps
 * the parts they use warm, where the other stages in between would push them out.
 */
public final class ChineseSegmenter {
    private static volatile boolean dictionaryRegistered;

    private final Segment segment;

    public ChineseSegmenter(Gazetteer gazetteer) {
        registerNames(gazetteer);
        this.segment = hanlpSegment();
    }

    /**
     * HanLP's segmenter as this stage configures it, with person, place, organisation and
     * transliterated-name recognition; also the baseline the benchmarks compare the pipeline with.
     */
    public static Segment hanlpSegment() {
        return HanLP.newSegment().enableNameRecognize(true).enablePlaceRecognize(true)
                .enableOrganizationRecognize(true).enableTranslatedNameRecognize(true).enableOffset(true);
    }

    /** Whether the gazetteer's names are in HanLP's user dictionary yet: segmenting a text before and after can differ. */
    public static boolean namesRegistered() {
        return dictionaryRegistered;
    }

    /** Cuts every Chinese sentence of the article's simplified text into words. */
    public void segment(Article a) {
        String simp = a.simplified();
        Map<Integer, List<Word>> words = new HashMap<>();
        for (Sentence s : a.sentences()) {
            if (s.lang() != Sentence.Lang.ZH) continue;
            List<Term> terms = segment.seg(simp.substring(s.start(), s.end()));
            List<Word> out = new ArrayList<>(terms.size());
            for (Term t : terms) {
                int start = s.start() + t.offset;
                out.add(new Word(t.word, start, start + t.word.length(), t.nature.toString()));
            }
            words.put(s.index(), out);
        }
        a.words(words);
    }

    /** Gazetteer names go into HanLP's user dictionary so the segmenter keeps them whole. */
    private static void registerNames(Gazetteer g) {
        if (dictionaryRegistered) return;
        synchronized (ChineseSegmenter.class) {
            if (dictionaryRegistered) return;
            for (Map.Entry<String, GazetteerEntry> e : g.fullNameIndex().entrySet()) {
                String name = HanLP.convertToSimplifiedChinese(e.getKey());
                if (name.length() < 2 || !NameKey.isHan(name.charAt(0)) || name.contains(" ")) continue;
                String nature = switch (e.getValue().type().family()) {
                    case PERSON -> "nr";
                    case PLACE -> "ns";
                    default -> "nt";
                };
                CustomDictionary.insert(name, nature + " 1024");
            }
            dictionaryRegistered = true;
        }
    }
}
