package org.cdkg.relate;

import org.cdkg.document.Article;
import org.cdkg.document.Fact;
import org.cdkg.document.PositionHolding;
import org.cdkg.pipeline.Extracted;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class FactExtractorTest {
    private static boolean has(Article a, String s, String p, String o) {
        for (Fact f : a.facts()) if (f.subject().equals(s) && f.property().equals(p) && f.object().equals(o)) return true;
        return false;
    }

    @Test
    void successionChinese() {
        Article a = Extracted.from("s.txt", "据报道，美国总统气候问题特使约翰·克里将于今年离任，由约翰·波德斯塔接任。");
        assertTrue(has(a, "person/john-podesta", "succeeded", "person/john-kerry"), a.facts().toString());
    }

    @Test
    void successionEnglish() {
        Article a = Extracted.from("e.txt", "Wopke Hoekstra succeeds Frans Timmermans as the EU's climate chief.");
        assertTrue(has(a, "person/wopke-hoekstra", "succeeded", "person/frans-timmermans"), a.facts().toString());
    }

    @Test
    void signatoriesOfAnUnnamedMemorandum() {
        Article a = Extracted.from("m.txt", "会上，黄润秋与英格·安德森签署了生态环境部与联合国环境署合作谅解备忘录。");
        Fact f = a.facts().stream().filter(x -> x.property().equals("signatory")).findFirst().orElseThrow();
        assertTrue(a.entities().get(f.subject()).labels().containsValue("生态环境部与联合国环境署合作谅解备忘录"));
        assertTrue(has(a, f.subject(), "signatory", "person/huang-runqiu"));
        assertTrue(has(a, f.subject(), "signatory", "person/inger-andersen"));
    }

    @Test
    void presidencyInBothLanguages() {
        Article zh = Extracted.from("p.txt", "各方表示支持COP30主席国巴西。");
        assertTrue(has(zh, "cop/unfccc-cop30", "presidency", "country/brazil"), zh.facts().toString());
        Article en = Extracted.from("q.txt", "They pledged to support the COP 27 Presidency of Egypt.");
        assertTrue(has(en, "cop/unfccc-cop27", "presidency", "country/egypt"), en.facts().toString());
    }

    @Test
    void partiesOfABilateralStatement() {
        Article a = Extracted.from("b.txt", "双方发表了《中欧气候变化联合声明》。");
        String statement = a.facts().stream().filter(f -> f.property().equals("party")).map(Fact::subject).findFirst().orElseThrow();
        assertTrue(has(a, statement, "party", "country/china"));
    }

    @Test
    void postsFromTitlesBeforeNames() {
        Article a = Extracted.from("t.txt", "国务委员兼外交部长王毅会见了前外交部副部长和联合国副秘书长刘振民。");
        List<String> wang = a.positions().stream().filter(p -> p.person().equals("person/wang-yi")).map(PositionHolding::title).toList();
        assertEquals(List.of("国务委员", "外交部长"), wang);
        List<PositionHolding> liu = a.positions().stream().filter(p -> p.person().equals("person/liu-zhenmin")).toList();
        assertEquals(List.of("外交部副部长", "联合国副秘书长"), liu.stream().map(PositionHolding::title).toList());
        assertTrue(liu.get(0).former());
    }

    @Test
    void aTitleOfOnlyConnectorsEndsAndIsNoPost() {
        // Once looped for ever: the words before the name were a lone connector.
        Article a = Extracted.from("c.txt", "They met at the invitation of Ambassador of Wopke Hoekstra in Beijing on 4 May 2023.");
        assertTrue(a.positions().stream().noneMatch(p -> p.title().isBlank()));
    }

    @Test
    void whatTheTwoSidesOfAMeetingSignHasItsPeopleAsSignatoriesAndItsCountriesAsParties() {
        Article zh = Extracted.from("w.txt", "2025年4月2日，黄润秋与玛丽娜·席尔瓦在巴西利亚举行会谈。\n会上，双方签署了《中巴环境与气候变化分委会工作计划(2025—2029)》。");
        Fact f = zh.facts().stream().filter(x -> x.property().equals("signatory")).findFirst().orElseThrow(() -> new AssertionError(zh.facts().toString()));
        assertTrue(zh.entities().get(f.subject()).labels().containsValue("中巴环境与气候变化分委会工作计划(2025—2029)"));
        assertTrue(has(zh, f.subject(), "signatory", "person/huang-runqiu") && has(zh, f.subject(), "signatory", "person/marina-silva"), zh.facts().toString());
        assertTrue(has(zh, f.subject(), "party", "country/china") && has(zh, f.subject(), "party", "country/brazil"), zh.facts().toString());
        Article en = Extracted.from("x.txt", "Minister Bhupender Yadav met Sultan Al Jaber in New Delhi on May 26, 2022.\n"
                + "A Memorandum of Understanding on climate action was also signed by the two ministers to help implement the Paris Agreement.");
        Fact g = en.facts().stream().filter(x -> x.property().equals("signatory")).findFirst().orElseThrow(() -> new AssertionError(en.facts().toString()));
        assertNotEquals("agreement/paris-agreement", g.subject(), "the Paris Agreement is named, not signed");
        assertTrue(has(en, g.subject(), "signatory", "person/bhupender-yadav") && has(en, g.subject(), "signatory", "person/sultan-al-jaber"), en.facts().toString());
    }

    @Test
    void aSigningOnlyIntendedSignsNothing() {
        Article zh = Extracted.from("y.txt", "彭启明指出，两国可积极探讨签署合作备忘录。");
        assertTrue(zh.facts().stream().noneMatch(x -> x.property().equals("signatory")), zh.facts().toString());
        Article en = Extracted.from("z.txt", "Minister Bhupender Yadav said India and the UAE plan to sign an Agreement on green hydrogen.");
        assertTrue(en.facts().stream().noneMatch(x -> x.property().equals("signatory")), en.facts().toString());
    }
}
