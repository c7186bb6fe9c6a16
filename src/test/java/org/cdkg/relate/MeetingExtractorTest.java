package org.cdkg.relate;

import org.cdkg.document.Article;
import org.cdkg.document.Meeting;
import org.cdkg.pipeline.Extracted;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class MeetingExtractorTest {
    @Test
    void talksWithPlaceAndParticipants() {
        Article a = Extracted.from("t.txt", "2015年5月16日，中国外交部长王毅在北京会见美国国务卿约翰·克里，双方就气候变化问题交换意见。");
        assertEquals(1, a.meetings().size());
        Meeting m = a.meetings().get(0);
        assertEquals("Talks", m.kind());
        assertEquals(LocalDate.of(2015, 5, 16), m.dates().first());
        assertEquals("place/beijing", m.location());
        assertTrue(m.participants().containsAll(List.of("person/wang-yi", "person/john-kerry")), m.participants().toString());
    }

    @Test
    void coChairsFromALaterSentence() {
        Article a = Extracted.from("c.txt", "2023年7月4日，第四次中欧环境与气候高层对话在北京举行。对话由国务院副总理丁薛祥与欧盟委员会执行副主席弗兰斯·蒂默曼斯共同主持。");
        Meeting m = a.meetings().get(0);
        assertEquals("Dialogue", m.kind());
        assertEquals(4, m.ordinal());
        assertTrue(m.coChairs().containsAll(List.of("person/ding-xuexiang", "person/frans-timmermans")), m.coChairs().toString());
        assertTrue(m.participants().containsAll(m.coChairs()));
    }

    @Test
    void oneSentenceTwoMeetingsEachWithItsPlace() {
        Article a = Extracted.from("s.txt", "双方代表团于2019年3月4—5日在布鲁塞尔、6月10—11日在北京举行会谈。");
        assertEquals(2, a.meetings().size());
        assertEquals("place/brussels", a.meetings().get(0).location());
        assertEquals("place/beijing", a.meetings().get(1).location());
        assertEquals(LocalDate.of(2019, 6, 11), a.meetings().get(1).dates().last());
    }

    @Test
    void englishMinisterialChairedBy() {
        Article a = Extracted.from("e.txt", "The BASIC Ministerial Meeting on Climate Change was held in New Delhi on April 22-23, 2022, chaired by Bhupender Yadav.");
        Meeting m = a.meetings().get(0);
        assertEquals("MinisterialMeeting", m.kind());
        assertEquals("place/new-delhi", m.location());
        assertEquals(LocalDate.of(2022, 4, 23), m.dates().last());
        assertTrue(m.coChairs().contains("person/bhupender-yadav"), m.coChairs().toString());
    }

    @Test
    void backgroundMeetingsAndUndatedMentionsAreNotMeetings() {
        Article a = Extracted.from("b.txt", "为落实两国元首巴厘岛会晤共识，双方将继续对话。记者6月5日从生态环境部获悉上述消息。");
        assertTrue(a.meetings().isEmpty(), () -> a.meetings().size() + " meetings");
    }

    @Test
    void bilingualReportsOfOneMeetingMerge() {
        Article a = Extracted.from("bi.txt", "2024年5月8日，中美循环经济合作论坛在上海举办。\nThe China-U.S. Circular Economy Cooperation Forum was convened in Shanghai on May 8, 2024.");
        assertEquals(1, a.meetings().size());
        Meeting m = a.meetings().get(0);
        assertEquals("Forum", m.kind());
        assertEquals(2, m.names().size(), "a name in each language");
    }
}
