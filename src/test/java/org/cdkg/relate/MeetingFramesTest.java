package org.cdkg.relate;

import org.cdkg.document.Article;
import org.cdkg.document.DateRange;
import org.cdkg.document.EntityType;
import org.cdkg.document.Meeting;
import org.cdkg.recognise.Gazetteer;
import org.cdkg.recognise.GazetteerEntry;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

/** The meeting frames of hand-built articles: triggers, their dates and places, and each role from the words that give it. */
class MeetingFramesTest {
    private static final Gazetteer GAZETTEER = new Gazetteer(List.of(
            new GazetteerEntry("country/china", EntityType.COUNTRY, "China", "中国", "中國", List.of(), List.of(), List.of("华", "中"), null, Map.of()),
            new GazetteerEntry("country/us", EntityType.COUNTRY, "United States", "美国", "美國", List.of(), List.of(), List.of("美"), null, Map.of())));
    private static final MeetingExtractor EXTRACTOR = new MeetingExtractor(GAZETTEER);

    private static List<Meeting> meetings(HandBuilt h) {
        Article a = h.build();
        EXTRACTOR.extract(a);
        return a.meetings();
    }

    @Test
    void chairedByThenAttendedByMakesOneChairAndTheRestParticipants() {
        List<Meeting> ms = meetings(new HandBuilt()
                .en("The 30th Ministerial Meeting on Climate Change was organized virtually on 7-8 April 2021.")
                .en("The meeting was chaired by Minister Anna Ash and attended by Ben Birch, Cara Cole and Dan Dale.")
                .person("Anna Ash", "person/anna-ash").person("Ben Birch", "person/ben-birch")
                .person("Cara Cole", "person/cara-cole").person("Dan Dale", "person/dan-dale"));
        assertEquals(1, ms.size());
        Meeting m = ms.get(0);
        assertEquals("MinisterialMeeting", m.kind());
        assertEquals(30, m.ordinal());
        assertEquals(Set.of("person/anna-ash"), m.coChairs());
        assertTrue(m.participants().containsAll(List.of("person/anna-ash", "person/ben-birch", "person/cara-cole", "person/dan-dale")));
        assertEquals(Boolean.TRUE, m.online());
    }

    @Test
    void someoneRepresentedByAnotherTakesNoRole() {
        Meeting m = meetings(new HandBuilt()
                .en("The BASIC Ministerial Meeting on Climate Change was held in Wuhan on July 21 2024.")
                .en("The meeting was attended by Ana Toni, Vice-Minister for Climate Change, on behalf of Marina Silva, Minister of Environment, and by Dion George.")
                .person("Ana Toni", "person/ana-toni").person("Marina Silva", "person/marina-silva").person("Dion George", "person/dion-george")
                .place("Wuhan", "place/wuhan")).get(0);
        assertEquals("place/wuhan", m.location());
        assertEquals(LocalDate.of(2024, 7, 21), m.dates().first());
        assertTrue(m.participants().containsAll(List.of("person/ana-toni", "person/dion-george")), m.participants().toString());
        assertFalse(m.participants().contains("person/marina-silva"));
        assertEquals(Set.of("person/marina-silva"), m.absent());
    }

    @Test
    void twoDatesOfOneMeetingWordAreTwoMeetingsEachWithTheirPlace() {
        List<Meeting> ms = meetings(new HandBuilt().published("2023-11-15")
                .en("Xie Zhenhua and John Kerry met in Beijing from July 16 to 19 and at Sunnylands, California from Nov. 4 to 7.")
                .person("Xie Zhenhua", "person/xie-zhenhua").person("John Kerry", "person/john-kerry")
                .place("Beijing", "place/beijing").place("Sunnylands", "place/sunnylands").place("California", "place/california"));
        assertEquals(2, ms.size());
        assertEquals("place/beijing", ms.get(0).location());
        assertEquals(LocalDate.of(2023, 7, 16), ms.get(0).dates().first());
        assertEquals("place/sunnylands", ms.get(1).location());
        assertEquals(LocalDate.of(2023, 11, 7), ms.get(1).dates().last());
        for (Meeting m : ms) assertEquals(Set.of("person/xie-zhenhua", "person/john-kerry"), m.participants());
    }

    @Test
    void onlyChairingWordsMakeChairs() {
        Meeting m = meetings(new HandBuilt()
                .zh("2024年9月4日，第二次工作组会议在北京召开，会议由甲乙主持，丙丁、戊己出席。")
                .person("甲乙", "person/a").person("丙丁", "person/b").person("戊己", "person/c").place("北京", "place/beijing")).get(0);
        assertEquals(Set.of("person/a"), m.coChairs());
        assertEquals(Set.of("person/a", "person/b", "person/c"), m.participants());
        assertEquals("place/beijing", m.location());
    }

    @Test
    void aHeadOfStateWhoseConsensusIsCitedTakesNoPart() {
        Meeting m = meetings(new HandBuilt()
                .zh("2023年7月17日，甲乙在北京会见丙丁。")
                .zh("双方表示将落实习近平主席和拜登总统巴厘岛会晤共识。")
                .person("甲乙", "person/a").person("丙丁", "person/b").person("习近平", "person/xi").person("拜登", "person/biden")
                .place("北京", "place/beijing")).get(0);
        assertEquals(Set.of("person/a", "person/b"), m.participants());
    }

    @Test
    void aVisitDatedByTheArticleTakesTheTalksDuringItAndTheirCity() {
        List<Meeting> ms = meetings(new HandBuilt().published("2021-08-30")
                .zh("应中国邀请，克里于8月31日至9月3日访华。")
                .zh("期间，解振华将同克里在天津举行会谈。")
                .person("克里", "person/kerry").person("解振华", "person/xie").country("中国", "country/china").place("天津", "place/tianjin"));
        assertEquals(1, ms.size());
        Meeting m = ms.get(0);
        assertEquals("Visit", m.kind());
        assertEquals(LocalDate.of(2021, 8, 31), m.dates().first());
        assertEquals(DateRange.Basis.COMPLETED_FROM_ARTICLE_DATE, m.dates().basis());
        assertEquals("place/tianjin", m.location());
        assertEquals(Set.of("country/china"), m.hosts());
        assertTrue(m.participants().containsAll(List.of("person/kerry", "person/xie")));
    }

    @Test
    void aMeetingWithoutADateIsKeptUndated() {
        List<Meeting> ms = meetings(new HandBuilt()
                .zh("克里与解振华在埃及夏姆锡克这场联合国气候峰会上会面。")
                .person("克里", "person/kerry").person("解振华", "person/xie").place("夏姆锡克", "place/sharm"));
        assertEquals(1, ms.size());
        assertNull(ms.get(0).dates());
        assertEquals("Talks", ms.get(0).kind(), "the summit is where they met, not what they held");
        assertEquals(Set.of("person/kerry", "person/xie"), ms.get(0).participants());
    }

    @Test
    void recentlyIsAnApproximateDateNoLaterThanTheArticle() {
        Meeting m = meetings(new HandBuilt().published("2024-09-07")
                .zh("生态环境部部长黄润秋日前在北京会见波德斯塔。")
                .person("黄润秋", "person/huang").person("波德斯塔", "person/podesta").place("北京", "place/beijing")).get(0);
        assertEquals(DateRange.Basis.APPROXIMATE, m.dates().basis());
        assertEquals(LocalDate.of(2024, 9, 7), m.dates().last());
        assertFalse(m.dates().exact());
    }

    @Test
    void aNegatedRoleWordGivesNoRole() {
        Meeting m = meetings(new HandBuilt().published("2023-12-02")
                .zh("12月2日，甲乙与丙丁共同主持甲烷峰会。")
                .zh("美国总统拜登此次并未亲自出席峰会。")
                .person("甲乙", "person/a").person("丙丁", "person/b").person("拜登", "person/biden")).get(0);
        assertEquals(Set.of("person/a", "person/b"), m.coChairs());
        assertFalse(m.participants().contains("person/biden"));
    }

    @Test
    void hostsAreTheActorsOfHostingWords() {
        Meeting m = meetings(new HandBuilt()
                .en("The Ministerial Meeting on Climate Change hosted by India was held on 8 April 2021.")
                .country("India", "country/india")).get(0);
        assertEquals(Set.of("country/india"), m.hosts());
        Meeting n = meetings(new HandBuilt().published("2023-05-18")
                .zh("5月15日，年度磋商会议在内罗毕举行。")
                .zh("应联合国环境署执行主任英格·安德森邀请，孙金龙出席会议。")
                .name("联合国环境署", "org/unep", EntityType.INTERNATIONAL_ORGANIZATION)
                .person("英格·安德森", "person/inger-andersen").person("孙金龙", "person/sun-jinlong").place("内罗毕", "place/nairobi")).get(0);
        assertEquals(Set.of("org/unep"), n.hosts());
        assertTrue(n.participants().containsAll(List.of("person/inger-andersen", "person/sun-jinlong")));
    }

    @Test
    void aParticipleAfterAMeetingWordMakesNoHost() {
        Meeting m = meetings(new HandBuilt()
                .en("Liu Zhenmin also participated in the China-U.S. Circular Economy Forum, convened on September 6, 2024.")
                .person("Liu Zhenmin", "person/liu").country("China", "country/china").country("U.S.", "country/us")).get(0);
        assertTrue(m.hosts().isEmpty(), m.hosts().toString());
        assertTrue(m.participants().contains("person/liu"));
    }

    @Test
    void aBare会议LaterInTheSentenceIsTheSameMeeting() {
        List<Meeting> ms = meetings(new HandBuilt().published("2023-05-18")
                .zh("5月15日，年度磋商会议在内罗毕举行，应联合国环境署执行主任英格·安德森邀请，孙金龙出席会议。")
                .name("联合国环境署", "org/unep", EntityType.INTERNATIONAL_ORGANIZATION)
                .person("英格·安德森", "person/inger-andersen").person("孙金龙", "person/sun-jinlong").place("内罗毕", "place/nairobi"));
        assertEquals(1, ms.size());
        assertEquals(Set.of("person/inger-andersen", "person/sun-jinlong"), ms.get(0).participants());
    }

    @Test
    void whoeverSpeaksAtTheMeetingNamedAgainTookPartInIt() {
        Meeting m = meetings(new HandBuilt().published("2024-03-02")
                .zh("3月1日，中法环境与气候对话在巴黎举行。")
                .zh("会上，白兰表示，双方应加强合作。")
                .person("白兰", "person/bai-lan").place("巴黎", "place/paris")).get(0);
        assertTrue(m.participants().contains("person/bai-lan"), m.participants().toString());
        Meeting e = meetings(new HandBuilt()
                .en("Ministers met in Paris on March 1, 2024 for the climate dialogue.")
                .en("During the dialogue, Anna Ash also said the sides would work together.")
                .person("Anna Ash", "person/anna-ash").place("Paris", "place/paris")).get(0);
        assertTrue(e.participants().contains("person/anna-ash"), e.participants().toString());
        // Speaking without naming the meeting again is no sign of being in it.
        Meeting n = meetings(new HandBuilt().published("2024-03-02")
                .zh("3月1日，中法环境与气候对话在巴黎举行。")
                .zh("白兰此前表示，双方应加强合作。")
                .person("白兰", "person/bai-lan").place("巴黎", "place/paris")).get(0);
        assertFalse(n.participants().contains("person/bai-lan"));
    }

    @Test
    void aSentenceGoesOnAboutTheMeetingWhosePeopleSpeakInIt() {
        // The attendee list after 黄润秋表示 belongs to his meeting, not to the heads of state's talks reported between.
        List<Meeting> ms = meetings(new HandBuilt().published("2025-05-14")
                .zh("5月13日，黄润秋在北京会见席尔瓦。")
                .zh("当天，习近平在人民大会堂同卢拉举行会谈。")
                .zh("黄润秋表示，中巴应深化合作。")
                .zh("会见后，李高出席了签字仪式。")
                .person("黄润秋", "person/huang").person("席尔瓦", "person/silva").person("习近平", "person/xi")
                .person("卢拉", "person/lula").person("李高", "person/li-gao").place("北京", "place/beijing"));
        Meeting ministers = ms.stream().filter(x -> x.participants().contains("person/huang")).findFirst().orElseThrow();
        Meeting heads = ms.stream().filter(x -> x.participants().contains("person/xi")).findFirst().orElseThrow();
        assertNotSame(ministers, heads);
        assertTrue(ministers.participants().contains("person/li-gao"), ministers.participants().toString());
        assertFalse(heads.participants().contains("person/li-gao"));
    }

    @Test
    void aPronounStandsForThePersonNamedBeforeIt() {
        Meeting m = meetings(new HandBuilt().published("2021-08-31")
                .zh("这是克里今年第二次访华，此前他于今年4月14日到访中国，15日与解振华在上海举行会谈。")
                .person("克里", "person/kerry").person("解振华", "person/xie").place("上海", "place/shanghai")).stream()
                .filter(x -> "place/shanghai".equals(x.location())).findFirst().orElseThrow();
        assertEquals(Set.of("person/kerry", "person/xie"), m.participants().stream().filter(p -> p.startsWith("person/")).collect(java.util.stream.Collectors.toSet()));
        // Two people before the pronoun: it stands for neither.
        Meeting n = meetings(new HandBuilt().published("2021-08-31")
                .en("Anna Ash and Ben Birch arrived in Rome on August 30, 2021.")
                .en("On August 31, 2021 he met Cara Cole in Rome.")
                .person("Anna Ash", "person/anna-ash").person("Ben Birch", "person/ben-birch").person("Cara Cole", "person/cara-cole")
                .place("Rome", "place/rome")).stream().filter(x -> x.participants().contains("person/cara-cole")).findFirst().orElseThrow();
        assertFalse(n.participants().contains("person/anna-ash") || n.participants().contains("person/ben-birch"), n.participants().toString());
    }

    @Test
    void aClauseThatOnlySaysWhenLendsNoSubject() {
        Meeting m = meetings(new HandBuilt().published("2019-11-25")
                .zh("中法部长级对话25日在北京举行。").zh("这是马克龙对华进行国事访问之后，两国举行的首次部长级对话。")
                .person("马克龙", "person/macron").place("北京", "place/beijing")).get(0);
        assertFalse(m.participants().contains("person/macron"), m.participants().toString());
    }

    @Test
    void twoTalksWithOneVisitorAndTwoHostsAreTwoMeetings() {
        List<Meeting> ms = meetings(new HandBuilt().published("2021-02-17")
                .en("Prime Minister Narendra Modi today met Alok Sharma.")
                .en("Earlier today, minister Prakash Javadekar also met Sharma and discussed issues, for negotiations to be held in Glasgow later this year.")
                .person("Narendra Modi", "person/modi").person("Alok Sharma", "person/sharma").person("Sharma", "person/sharma")
                .person("Prakash Javadekar", "person/javadekar").place("Glasgow", "place/glasgow"));
        assertEquals(2, ms.size(), ms.toString());
        for (Meeting m : ms) {
            assertTrue(m.participants().contains("person/sharma"));
            assertNull(m.location(), "Glasgow is where the later negotiations are held");
        }
        assertNotEquals(ms.get(0).participants().contains("person/modi"), ms.get(1).participants().contains("person/modi"));
    }

    @Test
    void anEnglishMeetingWordAfterAnotherClauseIsAnotherMeeting() {
        List<Meeting> ms = meetings(new HandBuilt().published("2021-07-22")
                .en("John Kerry was attending the summit and had an early meeting with the host, Roberto Cingolani, on Thursday.")
                .person("John Kerry", "person/kerry").person("Roberto Cingolani", "person/cingolani"));
        assertTrue(ms.stream().anyMatch(m -> m.kind().equals("Talks") && m.participants().containsAll(List.of("person/kerry", "person/cingolani"))), ms.toString());
        assertTrue(ms.stream().noneMatch(m -> m.kind().equals("Summit") && m.participants().contains("person/cingolani")), ms.toString());
    }

    @Test
    void aMeetingWordNamingATopicIsNoMeeting() {
        List<Meeting> ms = meetings(new HandBuilt().published("2024-11-13")
                .zh("11月12日，谢展寰与赵英民会面，就气候变化大会的进展交换意见。")
                .person("谢展寰", "person/tse").person("赵英民", "person/zhao"));
        assertEquals(1, ms.size(), ms.toString());
        assertEquals("Talks", ms.get(0).kind());
    }

    @Test
    void talksWithSomeoneNewDuringAOneDayVisitAreMeetingsOfTheirOwnOnItsDay() {
        List<Meeting> ms = meetings(new HandBuilt().published("2024-06-21")
                .en("On 20 June, Commissioner Wopke Hoekstra visited Baku to discuss COP29.")
                .en("At the meeting with Energy Minister Parviz Shahbazov, the sides discussed the energy partnership.")
                .en("The meeting with Foreign Minister Jeyhun Bayramov focused on the priorities of COP29.")
                .person("Wopke Hoekstra", "person/hoekstra").person("Parviz Shahbazov", "person/shahbazov")
                .person("Jeyhun Bayramov", "person/bayramov").place("Baku", "place/baku"));
        assertEquals(3, ms.size(), ms.toString());
        Meeting visit = ms.stream().filter(m -> m.kind().equals("Visit")).findFirst().orElseThrow();
        assertEquals(Set.of("person/hoekstra"), visit.participants());
        for (String host : List.of("person/shahbazov", "person/bayramov")) {
            Meeting talks = ms.stream().filter(m -> m.participants().contains(host)).findFirst().orElseThrow();
            assertEquals("Talks", talks.kind());
            assertEquals(Set.of("person/hoekstra", host), talks.participants());
            assertEquals(LocalDate.of(2024, 6, 20), talks.dates().first());
            assertEquals("place/baku", talks.location());
        }
    }

    @Test
    void talksOverTheDaysOfALongerVisitAreWhatItWasFor() {
        List<Meeting> ms = meetings(new HandBuilt().published("2021-09-04")
                .zh("8月31日至9月3日，克里访问天津。")
                .zh("访问期间，解振华同克里举行会谈。")
                .person("克里", "person/kerry").person("解振华", "person/xie").place("天津", "place/tianjin"));
        assertEquals(1, ms.size(), ms.toString());
        assertTrue(ms.get(0).participants().containsAll(List.of("person/kerry", "person/xie")));
    }

    @Test
    void aDateSaidOfTheMeetingsJustReportedIsTheirs() {
        // 2025-11-19 was a Wednesday; "today" inside the quote is the day it was said, not the article's.
        List<Meeting> ms = meetings(new HandBuilt().published("2025-11-20")
                .en("Belem: Minister Bhupender Yadav met Special Envoy Liu Zhenmin and discussed COP30.")
                .en("The meetings took place on Wednesday on the margins of the summit here.")
                .en("\"Met with Mr Liu Zhenmin on the sidelines of COP30 in Belem today,\" Yadav said.")
                .person("Bhupender Yadav", "person/yadav").person("Yadav", "person/yadav").person("Liu Zhenmin", "person/liu")
                .place("Belem", "place/belem"));
        assertEquals(1, ms.size(), ms.toString());
        Meeting m = ms.get(0);
        assertEquals(LocalDate.of(2025, 11, 19), m.dates().first());
        assertEquals(Set.of("person/yadav", "person/liu"), m.participants());
        assertEquals("place/belem", m.location());
    }

    @Test
    void whoInvitedTheMinistersHostedTheMeetingButNotTheCopTheySupport() {
        Meeting m = meetings(new HandBuilt()
                .en("On 25 and 26 March 2025, the 16th Petersberg Climate Dialogue will take place in Berlin.")
                .en("Minister Annalena Baerbock and André Corrêa do Lago have invited ministers from around 40 countries for the event.")
                .person("Annalena Baerbock", "person/baerbock").person("André Corrêa do Lago", "person/correa").place("Berlin", "place/berlin")).get(0);
        assertEquals(LocalDate.of(2025, 3, 25), m.dates().first());
        assertEquals(LocalDate.of(2025, 3, 26), m.dates().last());
        assertTrue(m.participants().containsAll(List.of("person/baerbock", "person/correa")), m.participants().toString());
        Meeting n = meetings(new HandBuilt().published("2023-11-16")
                .zh("11月15日，中美双方在阳光之乡举行会谈。")
                .zh("双方承诺支持主席国阿联酋成功举办COP28。")
                .country("阿联酋", "country/uae").place("阳光之乡", "place/sunnylands")
                .name("COP28", "cop/unfccc-cop28", EntityType.COP_SESSION)).get(0);
        assertFalse(n.hosts().contains("country/uae"), n.hosts().toString());
    }

    @Test
    void twoNamedMeetingsOfOneDayStayTwoAndALaterSentenceNamesOne() {
        List<Meeting> ms = meetings(new HandBuilt().published("2025-06-17")
                .zh("6月16日，黄润秋在伦敦与米利班德共同出席首次中英气候部长对话会，与里德共同出席首次中英环境部长对话会。")
                .zh("在上午举行的中英气候部长对话会上，双方进行了深入交流。")
                .zh("凯特主持对话。")
                .person("黄润秋", "person/huang").person("米利班德", "person/miliband").person("里德", "person/reed")
                .person("凯特", "person/kyte").place("伦敦", "place/london"));
        assertEquals(2, ms.size(), ms.toString());
        Meeting climate = ms.stream().filter(m -> m.names().stream().anyMatch(n -> n.contains("气候部长"))).findFirst().orElseThrow();
        Meeting environment = ms.stream().filter(m -> m != climate).findFirst().orElseThrow();
        assertEquals(Set.of("person/kyte"), climate.coChairs());
        assertTrue(environment.coChairs().isEmpty(), environment.coChairs().toString());
        assertEquals(1, climate.ordinal());
    }

    @Test
    void whoSpeaksAfterTalksThatNamedOneSideIsTheOther() {
        Meeting m = meetings(new HandBuilt().published("2026-03-14")
                .zh("环境部长彭启明12日会晤圣克里斯多福及尼维斯公共建设部长及环境部长。")
                .zh("公共建设部长梅纳(Konris Maynard)则对台湾的合作表达谢忱，梅纳也强调两国伙伴关系坚实。")
                .zh("环境部长克拉克(Joyelle Clarke)则期盼深化双边永续伙伴关系。")
                .person("彭启明", "person/peng").person("梅纳", "person/maynard").person("克拉克", "person/clarke")).get(0);
        assertEquals(Set.of("person/peng", "person/maynard", "person/clarke"), m.participants());
    }

    @Test
    void aRoleWordWhoseObjectIsAnotherMeetingIsNotAboutThisOne() {
        Meeting m = meetings(new HandBuilt().published("2025-06-17")
                .zh("6月16日，黄润秋在伦敦与米利班德举行会谈。")
                .zh("黄润秋表示，习近平主席向领导人峰会发表致辞。")
                .person("黄润秋", "person/huang").person("米利班德", "person/miliband").person("习近平", "person/xi")).get(0);
        assertFalse(m.participants().contains("person/xi"), m.participants().toString());
    }

    @Test
    void aDateOfTheSayingIsNotTheMeetingsAndTalksWithSomeoneAreTalks() {
        List<Meeting> ms = meetings(new HandBuilt().published("2021-09-10")
                .en("Special envoy Xie Zhenhua held candid talks this week with official Alok Sharma, the environment ministry said yesterday.")
                .en("Sharma, who visited Tianjin for discussions from Sunday to Tuesday, is president of COP26.")
                .person("Xie Zhenhua", "person/xie").person("Alok Sharma", "person/sharma").person("Sharma", "person/sharma")
                .place("Tianjin", "place/tianjin"));
        assertEquals(1, ms.size(), ms.toString());
        assertEquals(LocalDate.of(2021, 9, 5), ms.get(0).dates().first());
        assertEquals(LocalDate.of(2021, 9, 7), ms.get(0).dates().last());
        assertTrue(ms.get(0).participants().containsAll(List.of("person/xie", "person/sharma")), ms.get(0).participants().toString());
    }

    @Test
    void theSourceOfAReportIsNotInTheMeeting() {
        Meeting m = meetings(new HandBuilt().published("2022-03-12")
                .en("Foreign Minister Sameh Shoukry had a telephone conversation with Secretary-General Antonio Guterres on Friday, said Foreign Ministry Spokesperson Ahmed Hafez in a statement.")
                .person("Sameh Shoukry", "person/shoukry").person("Antonio Guterres", "person/guterres").person("Ahmed Hafez", "person/hafez")).get(0);
        assertEquals("PhoneCall", m.kind());
        assertEquals(LocalDate.of(2022, 3, 11), m.dates().first());
        assertEquals(Set.of("person/shoukry", "person/guterres"), m.participants());
    }

    @Test
    void talksBeforeAnotherEventAreAnotherMeetingOnItsDay() {
        List<Meeting> ms = meetings(new HandBuilt().published("2018-11-20")
                .zh("19日，“中法环境年”启动活动在北京举行。李干杰、德吕吉出席活动。")
                .zh("启动活动前，李干杰与德吕吉举行了工作会谈。")
                .person("李干杰", "person/li").person("德吕吉", "person/de-rugy").place("北京", "place/beijing"));
        assertEquals(2, ms.size(), ms.toString());
        Meeting talks = ms.stream().filter(m -> m.kind().equals("Talks")).findFirst().orElseThrow();
        assertEquals(LocalDate.of(2018, 11, 19), talks.dates().first());
        assertEquals(Set.of("person/li", "person/de-rugy"), talks.participants());
    }

    @Test
    void aDayOfTheMonthIsNoOrdinalAndWhoOpensASummitTakesPart() {
        Meeting m = meetings(new HandBuilt()
                .en("The three-day Africa Climate Summit 2023 was officially opened by President William Ruto Monday 4th September at KICC.")
                .person("William Ruto", "person/ruto")).get(0);
        assertNull(m.ordinal());
        assertEquals(LocalDate.of(2023, 9, 4), m.dates().first());
        assertEquals(LocalDate.of(2023, 9, 6), m.dates().last());
        assertTrue(m.participants().contains("person/ruto"), m.participants().toString());
    }
}
