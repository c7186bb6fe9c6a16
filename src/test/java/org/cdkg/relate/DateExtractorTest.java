package org.cdkg.relate;

import org.cdkg.clean.ArticleCleaner;
import org.cdkg.document.Article;
import org.cdkg.document.DateRange;
import org.cdkg.read.ArticleReader;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class DateExtractorTest {
    private List<DateRange> dates(String text) throws Exception {
        Article a = new ArticleReader().read("d.txt", text.getBytes(StandardCharsets.UTF_8));
        new ArticleCleaner().clean(a);
        new DateExtractor().extract(a);
        return a.dates();
    }

    private static void range(DateRange d, String first, String last) {
        assertEquals(LocalDate.parse(first), d.first());
        assertEquals(LocalDate.parse(last), d.last());
    }

    @Test
    void chineseRanges() throws Exception {
        List<DateRange> d = dates("2024年9月4日至6日举行会议。2021年8月31日至9月2日举行会谈。于2023年7月16—19日在北京、11月4—7日在阳光之乡举行会谈。");
        assertEquals(4, d.size());
        range(d.get(0), "2024-09-04", "2024-09-06");
        range(d.get(1), "2021-08-31", "2021-09-02");
        range(d.get(2), "2023-07-16", "2023-07-19");
        range(d.get(3), "2023-11-04", "2023-11-07");
        assertFalse(d.get(3).yearStated());
    }

    @Test
    void dayOnlyTakesMonthAndYearFromDatelineAndPublication() throws Exception {
        List<DateRange> d = dates("中新社北京1月12日电 记者12日获悉，启动会12日以视频形式召开。\n【来源】http://www.chinanews.com/gn/2024/01-12/1.shtml");
        assertEquals(2, d.size(), "the dateline itself is not a date of the body");
        range(d.get(1), "2024-01-12", "2024-01-12");
    }

    @Test
    void englishForms() throws Exception {
        List<DateRange> d = dates("On September 4-6, 2024, China hosted a meeting. They met on September 6. Talks were held 4-7 November 2023.");
        assertEquals(3, d.size());
        range(d.get(0), "2024-09-04", "2024-09-06");
        range(d.get(1), "2024-09-06", "2024-09-06");
        range(d.get(2), "2023-11-04", "2023-11-07");
    }

    @Test
    void impossibleDatesAreSkippedNotFatal() throws Exception {
        List<DateRange> d = dates("2023年2月30日举行会议，2023年3月1日再次会谈。");
        assertEquals(1, d.size());
        range(d.get(0), "2023-03-01", "2023-03-01");
    }

    @Test
    void relativeToThePublicationDate() throws Exception {
        String page = "---\ntitle: t\ndate: 2024-05-21\n---\n双方去年11月15日在旧金山会晤。今年5月7日至9日举行会谈。本月12日举行论坛。昨天举行圆桌会。\nThey met on Monday.";
        List<DateRange> d = dates(page);
        assertEquals(5, d.size(), d.toString());
        range(d.get(0), "2023-11-15", "2023-11-15");
        range(d.get(1), "2024-05-07", "2024-05-09");
        range(d.get(2), "2024-05-12", "2024-05-12");
        range(d.get(3), "2024-05-20", "2024-05-20");
        range(d.get(4), "2024-05-20", "2024-05-20");
    }

    @Test
    void chineseNumeralDates() throws Exception {
        List<DateRange> d = dates("会议于二〇二三年七月十六日至十九日在北京举行。");
        assertEquals(1, d.size());
        range(d.get(0), "2023-07-16", "2023-07-19");
    }

    @Test
    void weekdaysWithoutOnAndRangesOfThemRunForwardFromTheirFirstDay() throws Exception {
        // 2021-07-22 was a Thursday.
        String page = "---\ntitle: t\ndate: 2021-07-22\n---\nMinisters gathered Thursday for two days of talks.\nThe meetings Thursday and Friday focus on oceans.";
        List<DateRange> d = dates(page);
        assertEquals(2, d.size(), d.toString());
        range(d.get(0), "2021-07-22", "2021-07-22");
        range(d.get(1), "2021-07-22", "2021-07-23");
    }

    @Test
    void aWeekdayAheadOrInTheFutureIsNotInThePast() throws Exception {
        // 2021-07-22 was a Thursday.
        String page = "---\ntitle: t\ndate: 2021-07-22\n---\nA communiqué is expected Friday.\nThey met on Friday.\nThey meet again next Thursday.\n双方将于周五举行会谈。下周二举行论坛。";
        List<DateRange> d = dates(page);
        assertEquals(5, d.size(), d.toString());
        range(d.get(0), "2021-07-23", "2021-07-23");
        range(d.get(1), "2021-07-16", "2021-07-16");
        range(d.get(2), "2021-07-29", "2021-07-29");
        range(d.get(3), "2021-07-23", "2021-07-23");
        range(d.get(4), "2021-07-27", "2021-07-27");
    }

    @Test
    void aDayAfterAnImpossibleMonthIsNoDate() throws Exception {
        assertTrue(dates("会议于一〇〇〇年〇月一日在北京举行。").isEmpty());
    }

    @Test
    void todayInsideAQuoteIsSomeDayUpToTheArticle() throws Exception {
        String page = "---\ntitle: t\ndate: 2025-11-20\n---\n\"We met today,\" he said. They met today.\n他说：“今天双方举行了会谈。”";
        List<DateRange> d = dates(page);
        assertEquals(3, d.size(), d.toString());
        assertEquals(DateRange.Basis.APPROXIMATE, d.get(0).basis());
        assertEquals(DateRange.Basis.RELATIVE, d.get(1).basis());
        range(d.get(1), "2025-11-20", "2025-11-20");
        assertEquals(DateRange.Basis.APPROXIMATE, d.get(2).basis());
    }

    @Test
    void twoDaysJoinedByARangeWordAreOneRange() throws Exception {
        List<DateRange> d = dates("On 25 and 26 March 2025 the dialogue takes place. They met March 3 and 4, 2024.");
        assertEquals(2, d.size(), d.toString());
        range(d.get(0), "2025-03-25", "2025-03-26");
        range(d.get(1), "2024-03-03", "2024-03-04");
    }

    @Test
    void aPageWithoutADateReadsYearlessDatesAgainstTheFirstYearItsTextGives() throws Exception {
        List<DateRange> d = dates("4月28日，生态环境部举行2024年4月例行新闻发布会。4月8日至11日，代表团访华。");
        assertEquals(2, d.size(), d.toString());
        range(d.get(0), "2024-04-28", "2024-04-28");
        range(d.get(1), "2024-04-08", "2024-04-11");
        assertEquals(DateRange.Basis.COMPLETED_FROM_TEXT, d.get(1).basis());
        List<DateRange> e = dates("On 3 May the ministers met. The April 2025 report was published.");
        assertEquals(1, e.size(), e.toString());
        range(e.get(0), "2025-05-03", "2025-05-03");
    }

    @Test
    void onlyTheDatesOwnClauseSaysWhetherItIsAhead() throws Exception {
        // 2021-02-16 was a Tuesday.
        String page = "---\ntitle: t\ndate: 2021-02-16\n---\nSharma, who will lead the conference in November, arrived in India on Monday.\nEarlier in the day, Modi met Sharma.\nThe conference, scheduled for November 1-12, is in Glasgow.";
        List<DateRange> d = dates(page);
        assertEquals(3, d.size(), d.toString());
        range(d.get(0), "2021-02-15", "2021-02-15");
        range(d.get(1), "2021-02-16", "2021-02-16");
        range(d.get(2), "2021-11-01", "2021-11-12");
    }

    @Test
    void aPageWithNoYearButAnEventNameWithOneTakesThatYear() throws Exception {
        List<DateRange> d = dates("据报道，10月21日至22日，2025中国—东盟环境合作论坛在北海市举办。");
        assertEquals(1, d.size(), d.toString());
        range(d.get(0), "2025-10-21", "2025-10-22");
    }
}
