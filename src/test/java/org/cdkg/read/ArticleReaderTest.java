package org.cdkg.read;

import org.cdkg.document.Article;
import org.cdkg.document.SourceFormat;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.*;

class ArticleReaderTest {
    private static final String ZH_HANS = "2021年8月31日至9月2日，中国气候变化事务特使解振华与美国总统气候问题特使约翰·克里在天津举行会谈。双方就应对气候变化问题充分交换意见。";
    private static final String ZH_HANT = "2021年8月31日至9月2日，中國氣候變化事務特使解振華與美國總統氣候問題特使約翰·克里在天津舉行會談。雙方就應對氣候變化問題充分交換意見。";
    private final ArticleReader reader = new ArticleReader();

    @Test
    void decodesUtf8() throws Exception {
        Article a = reader.read("a.txt", ZH_HANS.getBytes(StandardCharsets.UTF_8));
        assertEquals(StandardCharsets.UTF_8, a.charset());
        assertEquals(ZH_HANS, a.original());
        assertEquals(SourceFormat.PLAIN_TEXT, a.format());
    }

    @Test
    void detectsGb18030() throws Exception {
        Article a = reader.read("gb.txt", ZH_HANS.getBytes(Charset.forName("GB18030")));
        assertEquals("GB18030", a.charset().name());
        assertEquals(ZH_HANS, a.original());
    }

    @Test
    void detectsBig5() throws Exception {
        Article a = reader.read("big5.txt", ZH_HANT.getBytes(Charset.forName("Big5")));
        assertEquals("Big5", a.charset().name());
        assertEquals(ZH_HANT, a.original());
    }

    @Test
    void parsesFrontMatterAndSeesHtmlBody() throws Exception {
        String md = "---\ntitle: '中美双方在天津举行气候变化会谈'\ndate: Fri, 03 Sep 2021 07:43:10 GMT\n---\n\n<div><p>正文第一段。</p><p>第二段。</p></div>\n";
        Article a = reader.read("fm.md", md.getBytes(StandardCharsets.UTF_8));
        assertEquals("中美双方在天津举行气候变化会谈", a.frontMatter().get("title"));
        assertEquals(SourceFormat.HTML, a.format());
        assertTrue(a.original().substring(a.bodyStart()).contains("<div>"));
    }

    @Test
    void hashesContent() throws Exception {
        Article a = reader.read("x.txt", "abc".getBytes(StandardCharsets.UTF_8));
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", a.contentHash());
    }

    @Test
    void refusesEmptyAndBinaryFilesWithAClearMessage() {
        UnreadableArticleException empty = assertThrows(UnreadableArticleException.class, () -> reader.read("e.txt", new byte[0]));
        assertTrue(empty.getMessage().contains("empty"), empty.getMessage());
        byte[] bin = {0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x01, 0x02};
        UnreadableArticleException binary = assertThrows(UnreadableArticleException.class, () -> reader.read("b.bin", bin));
        assertTrue(binary.getMessage().contains("binary"), binary.getMessage());
    }
}
