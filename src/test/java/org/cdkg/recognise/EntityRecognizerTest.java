package org.cdkg.recognise;

import org.cdkg.document.Article;
import org.cdkg.document.Entity;
import org.cdkg.document.EntityType;
import org.cdkg.document.Mention;
import org.cdkg.pipeline.Extracted;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.*;

class EntityRecognizerTest {
    private static Set<String> keys(Article a) {
        return a.mentions().stream().map(Mention::entityKey).collect(Collectors.toSet());
    }

    @Test
    void oneEntityAcrossScriptsAndLanguages() {
        Article a = Extracted.from("x.txt", "解振華出席會議。随后解振华发表讲话。Xie Zhenhua spoke later.");
        assertEquals(3, a.mentions().stream().filter(m -> m.entityKey().equals("person/xie-zhenhua")).count());
        Entity xie = a.entities().get("person/xie-zhenhua");
        assertEquals(EntityType.ENVOY, xie.type());
        assertEquals("Xie Zhenhua", xie.labels().get("en"));
    }

    @Test
    void shortFormsNeedTheFullNameFirstAndAWholeWord() {
        assertFalse(keys(Extracted.from("a.txt", "克里表示将继续努力。")).contains("person/john-kerry"));
        Article b = Extracted.from("b.txt", "美国总统气候问题特使约翰·克里抵达北京。克里表示将继续努力。克里米亚局势紧张。");
        long kerry = b.mentions().stream().filter(m -> m.entityKey().equals("person/john-kerry")).count();
        assertEquals(2, kerry, "full name and the short form after it, not the one inside 克里米亚");
    }

    @Test
    void copSessionsByNumberAndConvention() {
        Article a = Extracted.from("c.txt", "各方期待《生物多样性公约》第十五次缔约方大会取得成功，并为第二十九次缔约方大会(COP29)做准备。第30届气候峰会将在巴西举行。");
        Set<String> k = keys(a);
        assertTrue(k.contains("cop/cbd-cop15"), k.toString());
        assertTrue(k.contains("cop/unfccc-cop29"), k.toString());
        assertTrue(k.contains("cop/unfccc-cop30"), k.toString());
        assertFalse(k.contains("cop/unfccc-cop15"), "COP15 here is the biodiversity COP");
    }

    @Test
    void bilateralCompoundsNameBothCountries() {
        Set<String> k = keys(Extracted.from("d.txt", "中英双方同意加强气候合作。"));
        assertTrue(k.contains("country/china") && k.contains("country/uk"), k.toString());
        Set<String> none = keys(Extracted.from("e.txt", "中美洲国家关注气候变化。"));
        assertFalse(none.contains("country/us"), "中美洲 is Central America: " + none);
    }

    @Test
    void transliteratedNamesWithTheirEnglishForm() {
        Article a = Extracted.from("f.txt", "能源基金会首席执行官玛丽·史密斯（Mary Smith）在会上致辞。");
        Entity p = a.entities().values().stream().filter(e -> e.type().family() == EntityType.PERSON).findFirst().orElseThrow();
        assertEquals("玛丽·史密斯", p.labels().get("zh-Hans"));
        assertEquals("Mary Smith", p.labels().get("en"));
    }

    @Test
    void hanlpFragmentsAndJournalistsAreNotPeople() {
        Article a = Extracted.from("g.txt", "新华社北京6月3日电（记者张明远）统筹山水林田湖草沙一体化保护，实施山水林田湖草沙系统治理。");
        assertTrue(a.entities().values().stream().noneMatch(e -> e.type().family() == EntityType.PERSON),
                "no person in " + a.entities().keySet());
        assertEquals("张明远", a.metadata().author());
    }

    @Test
    void bracketedAgreementTitlesBecomeAgreements() {
        Article a = Extracted.from("h.txt", "两国签署了《中法关于气候变化的联合声明》。");
        Entity agreement = a.entities().values().stream().filter(e -> e.type() == EntityType.AGREEMENT).findFirst().orElseThrow();
        assertEquals("中法关于气候变化的联合声明", agreement.labels().get("zh-Hans"));
    }

    @Test
    void englishNamesOutsideTheGazetteerFromContext() {
        Article a = Extracted.from("en.txt", "Deputy Director General Zhou Pingjian met the delegation. "
                + "Sarah Whitfield, director of the Ocean Policy Institute, joined them. "
                + "\"We need finance,\" Whitfield said. The Hong Kong office sent Li Gao.");
        Set<String> k = keys(a);
        assertTrue(k.contains("person/zhou-pingjian"), k.toString());
        assertTrue(k.contains("person/sarah-whitfield"), k.toString());
        assertTrue(k.contains("person/li-gao"), "a name at the end of a sentence: " + k);
        assertEquals(2, a.mentions().stream().filter(m -> m.entityKey().equals("person/sarah-whitfield")).count(), "the later 'Whitfield' too");
        assertTrue(a.entities().values().stream().noneMatch(e -> e.labels().containsValue("Hong Kong") && e.type().family() == EntityType.PERSON));
    }

    @Test
    void pinyinAndChineseFormsOfOneNameMeet() {
        Article zh = Extracted.from("zh.txt", "中国驻肯尼亚大使周平剑出席活动。");
        Article en = Extracted.from("en.txt", "Ambassador Zhou Pingjian attended the event.");
        assertTrue(keys(zh).contains("person/zhou-pingjian"), keys(zh).toString());
        assertTrue(keys(en).contains("person/zhou-pingjian"), keys(en).toString());
    }

    @Test
    void aPlaceNameInsideALongerOneIsNotMatched() {
        // 达沃 (Davao) inside 达沃斯 (Davos), 喀什 (Kashgar) inside 马拉喀什 (Marrakech).
        Set<String> k = keys(Extracted.from("p.txt", "论坛在达沃斯举行。此前会议在马拉喀什举行。"));
        assertTrue(k.containsAll(Set.of("place/davos", "place/marrakech")), k.toString());
        assertFalse(k.contains("place/davao") || k.contains("place/kashgar"), k.toString());
        Set<String> n = keys(Extracted.from("q.txt", "The G20 ministers met in Naples."));
        assertTrue(n.contains("place/naples"), n.toString());
    }

    @Test
    void wordsRightBeforeATitleEndATitleNotAName() {
        Article a = Extracted.from("t.txt", "The visit of Minister of Industry and Advanced Technology Dr Sultan Al Jaber ended.");
        assertTrue(keys(a).contains("person/sultan-al-jaber"), keys(a).toString());
        assertTrue(a.entities().keySet().stream().noneMatch(k -> k.contains("advanced-technology")), a.entities().keySet().toString());
    }

    @Test
    void aNameWrittenAgainWithoutItsOriginalFormIsTheSamePerson() {
        Article a = Extracted.from("u.txt", "公共建设部长梅纳(Konris Maynard)表达谢忱。梅纳也强调两国关系坚实。");
        assertEquals(Set.of("person/konris-maynard"), a.mentions().stream().filter(m -> m.type() == EntityType.PERSON)
                .map(Mention::entityKey).collect(Collectors.toSet()));
    }
}
