package org.cdkg.clean;

import org.cdkg.document.Article;
import org.cdkg.document.Sentence;
import org.cdkg.read.ArticleReader;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.*;

class ArticleCleanerTest {
    private final ArticleReader reader = new ArticleReader();
    private final ArticleCleaner cleaner = new ArticleCleaner();

    private Article clean(String name, String text) throws Exception {
        Article a = reader.read(name, text.getBytes(StandardCharsets.UTF_8));
        cleaner.clean(a);
        return a;
    }

    @Test
    void removesPinyinAnnotationsAndKeepsOffsets() throws Exception {
        String text = "生態(tài)環(huán)境部國(guó)際合作司表示,雙方將加強(qiáng)合作(NDC)。對(duì )話會(huì )";
        Article a = clean("p.txt", text);
        assertEquals("生態環境部國際合作司表示,雙方將加強合作(NDC)。對話會", a.body().text());
        String body = a.body().text();
        for (int i = 0; i < body.length(); i++)
            assertEquals(body.charAt(i), text.charAt(a.body().originOf(i)), "offset of character " + i);
        assertEquals("生态环境部国际合作司表示,双方将加强合作(NDC)。对话会", a.simplified());
    }

    @Test
    void dropsFootersNavigationAndWatermarks() throws Exception {
        String text = String.join("\n",
                "中美双方在北京举行会谈。双方就气候变化问题交换意见，并商定继续对话。",
                "本+文`內.容.來.自:中`國`碳`排*放*交*易^網 t a np ai fan g.com",
                "会谈取得积极成果，双方同意加强务实合作，共同推动多边进程取得成功。",
                "华北【北京、天津、河北石家庄保定、山西太原、内蒙】东北【黑龙江哈尔滨、吉林长春、辽宁沈阳】",
                "【版权声明】本网为公益类网站，如有侵权请告知。",
                "联系我们|网站地图|关于我们");
        Article a = clean("f.txt", text);
        String body = a.body().text();
        assertTrue(body.contains("北京举行会谈"));
        assertTrue(body.contains("共同推动多边进程"));
        assertFalse(body.contains("哈尔滨"), body);
        assertFalse(body.contains("版权"), body);
        assertFalse(body.contains("碳"), body);
        assertFalse(body.contains("网站地图"), body);
    }

    @Test
    void htmlLosesShareButtonsAndRelatedLists() throws Exception {
        String html = "<html><head><title>标题</title><meta property=\"article:published_time\" content=\"2023-11-15T15:55:00+01:00\"></head><body>"
                + "<nav>首页 新闻 国际</nav><article><h1>中美气候合作声明有何新意</h1><p>中国生态环境部&amp;美方11月15日发表声明。</p></article>"
                + "<div class=\"share-bar\">分享到微信</div><aside><h2>相关阅读</h2><a>加州州长访华</a></aside>"
                + "<footer>Copyright 2023</footer></body></html>";
        Article a = clean("h.html", html);
        assertEquals("中美气候合作声明有何新意\n中国生态环境部&美方11月15日发表声明。", a.body().text());
        assertEquals("中美气候合作声明有何新意", a.metadata().title());
        assertEquals(LocalDate.of(2023, 11, 15), a.metadata().published());
        int amp = a.body().text().indexOf('&');
        assertEquals('&', html.charAt(a.body().originOf(amp)));
        assertEquals('美', html.charAt(a.body().originOf(amp + 1)));
    }

    @Test
    void markdownHeadingLinkGivesTitleAndAddress() throws Exception {
        String md = "<!--1700063101000-->\n[中美气候合作声明有何新意？](https://www.example.org/cn/20231115-statement)\n------\n\n<div>15/11/2023 - 15:55</div><p>正文。</p>";
        Article a = clean("m.md", md);
        assertEquals("https://www.example.org/cn/20231115-statement", a.metadata().sourceUrl());
        assertEquals("中美气候合作声明有何新意？", a.metadata().title());
        assertEquals(LocalDate.of(2023, 11, 15), a.metadata().published());
        assertFalse(a.body().text().contains("15/11/2023"));
    }

    @Test
    void sourceLinesAreMetadataNotBody() throws Exception {
        String text = "中新社北京1月12日电 记者12日获悉，工作组启动会12日以视频形式召开。\n【来源】http://www.chinanews.com/gn/2024/01-12/10145139.shtml\nViews: 1\n发表回复";
        Article a = clean("s.txt", text);
        assertEquals("http://www.chinanews.com/gn/2024/01-12/10145139.shtml", a.metadata().sourceUrl());
        assertEquals(LocalDate.of(2024, 1, 12), a.metadata().published());
        assertFalse(a.body().text().contains("来源"));
        assertFalse(a.body().text().contains("Views"));
    }

    @Test
    void splitsChineseAndEnglishSentencesButNotAbbreviations() throws Exception {
        Article a = clean("e.txt", "双方举行会谈。They met the U.S. Senior Advisor on Sept. 6. Both sides agreed.");
        assertEquals(3, a.sentences().size());
        assertEquals(Sentence.Lang.ZH, a.sentences().get(0).lang());
        assertEquals(Sentence.Lang.EN, a.sentences().get(1).lang());
        Sentence s = a.sentences().get(1);
        assertEquals("They met the U.S. Senior Advisor on Sept. 6.", a.text(s.start(), s.end()));
    }
}
