package org.cdkg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes the files {@link BadInputTest} feeds to the CLI and the server: real-looking articles and
 * the ways real files go wrong. Everything is made from fixed seeds, so every run sees the same bytes.
 */
final class BadInput {
    private BadInput() {}

    /** A readout as a news site prints it; the parts below put it into files in every way they come. */
    static final String ARTICLE = "新华社北京2023年7月18日电 2023年7月18日，中国气候变化事务特使解振华与美国总统气候问题特使约翰·克里在北京举行会谈。"
            + "双方就应对气候变化问题充分交换意见，同意加强在甲烷减排、能源转型等领域的合作。";
    static final String ARTICLE_HANT = "中央社台北2023年7月18日電 2023年7月18日，中國氣候變化事務特使解振華與美國總統氣候問題特使約翰·克里在北京舉行會談。"
            + "雙方就應對氣候變化問題充分交換意見，同意加強在甲烷減排、能源轉型等領域的合作。";

    static final Charset GB18030 = Charset.forName("GB18030");
    static final Charset BIG5 = Charset.forName("Big5");
    static final Charset BIG5_HKSCS = Charset.forName("Big5-HKSCS");

    /** A short article that differs from every other by {@code n}. */
    static String tiny(int n) {
        String[] places = {"北京", "天津", "上海", "广州", "南京", "杭州", "成都", "武汉"};
        return (2000 + n % 24) + "年" + (1 + n / 28 % 12) + "月" + (1 + n % 28) + "日，中国气候变化事务特使与第" + n + "批来访的外国代表在"
                + places[n % places.length] + "举行会谈。\n";
    }

    static Path utf8(Path file, String text) throws IOException {
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    static Path bytes(Path file, byte[]... parts) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            for (byte[] p : parts) out.write(p);
        }
        return file;
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** The article's UTF-8 bytes up to the end of its {@code chars}-th character: a cut on a character boundary. */
    static byte[] utf8Prefix(String s, int chars) {
        return utf8(s.substring(0, chars));
    }

    /** A PNG header and chunk bytes, as an image saved into the corpus by mistake has. */
    static byte[] png() {
        byte[] b = new byte[2048];
        new Random(7).nextBytes(b);
        byte[] magic = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        System.arraycopy(magic, 0, b, 0, magic.length);
        return b;
    }

    static byte[] randomBytes(int n, long seed) {
        byte[] b = new byte[n];
        new Random(seed).nextBytes(b);
        return b;
    }

    /** A real ZIP archive holding a real article. */
    static Path zip(Path file) throws IOException {
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(file))) {
            z.putNextEntry(new ZipEntry("article.txt"));
            z.write(utf8(ARTICLE));
            z.closeEntry();
        }
        return file;
    }

    /** A file that says it is {@code size} bytes without writing them (sparse): refused on its size alone. */
    static Path sparse(Path file, long size) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(size);
        }
        return file;
    }

    /** About {@code bytes} of real-looking Chinese text: one article repeated, as a careless concatenation would be. */
    static Path repeatedArticle(Path file, long bytes) throws IOException {
        byte[] one = utf8(ARTICLE + "\n");
        byte[] block = new byte[one.length * 512];
        for (int i = 0; i < 512; i++) System.arraycopy(one, 0, block, i * one.length, one.length);
        try (OutputStream out = Files.newOutputStream(file)) {
            for (long written = 0; written < bytes; written += block.length) out.write(block);
        }
        return file;
    }

    /**
     * A page of about {@code bytes} that is almost all one inline base64 image, with a short
     * article around it: huge on disk, an ordinary article to read.
     */
    static Path pageWithInlineImage(Path file, long bytes) throws IOException {
        String head = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>中美气候会谈在北京举行</title></head><body>"
                + "<h1>中美气候会谈在北京举行</h1><p>" + ARTICLE + "</p><figure><img alt=\"会谈现场\" src=\"data:image/png;base64,";
        String tail = "\"><figcaption>会谈现场</figcaption></figure><p>会谈结束后，双方发表了联合声明。</p></body></html>";
        byte[] raw = randomBytes(3 * 1024 * 1024 / 4 * 4, 11);
        byte[] chunk = Base64.getEncoder().encode(raw);
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(utf8(head));
            long written = head.length();
            while (written < bytes) {
                out.write(chunk);
                written += chunk.length;
            }
            out.write(utf8(tail));
        }
        return file;
    }

    /** A page of about {@code bytes} whose bulk is one inline script (a bundled web app), with a short article in it. */
    static Path pageWithInlineScript(Path file, long bytes) throws IOException {
        String head = "<html><head><title>中美气候会谈在天津举行</title><script>window.__STATE__ = [";
        String tail = "];</script></head><body><article><p>" + ARTICLE.replace("北京", "天津") + "</p></article></body></html>";
        byte[] chunk = utf8("{\"id\":12345,\"html\":\"<p>菜单</p>\",\"x\":\"if (a < b && c > d) { run(); }\"},".repeat(4096));
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(utf8(head));
            for (long written = head.length(); written < bytes; written += chunk.length) out.write(chunk);
            out.write(utf8(tail));
        }
        return file;
    }

    /** About {@code bytes} of HTML paragraphs: text, not markup, is what makes this page huge. */
    static Path repeatedParagraphs(Path file, long bytes) throws IOException {
        byte[] p = utf8("<p>" + ARTICLE + "</p>\n");
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(utf8("<html><head><title>合集</title></head><body>\n"));
            for (long written = 0; written < bytes; written += p.length) out.write(p);
            out.write(utf8("</body></html>"));
        }
        return file;
    }

    /** {@code depth} nested divs with the article at the bottom. */
    static String deeplyNested(int depth) {
        StringBuilder b = new StringBuilder(depth * 11 + 1000);
        b.append("<html><head><title>深层嵌套的页面</title></head><body>");
        b.append("<div>".repeat(depth));
        b.append("<p>").append(ARTICLE).append("</p>");
        b.append("</div>".repeat(depth));
        return b.append("</body></html>").toString();
    }

    /** Tags left open, closed twice, crossed and half-written, and a comment that never ends. */
    static String malformedHtml() {
        return "<html><head><title>中美气候会谈</title><body><div class=main id=x><p>" + ARTICLE
                + "<p<p>双方同意继续保持沟通。</span></div></div></td></tr>"
                + "<b><i>联合工作组将于年内开会</b></i><table><tr><td>未闭合的表格"
                + "<p>会谈取得积极成果。<!-- 一个没有结尾的注释 <p>这句话在注释里";
    }

    /** {@code n} characters of distinct sentences, for text over a limit that is not one sentence repeated. */
    static String longText(int n) {
        StringBuilder b = new StringBuilder(n + 100);
        for (int i = 0; b.length() < n; i++) b.append(tiny(i));
        return b.substring(0, n);
    }

    /** The byte array without its last {@code k} bytes. */
    static byte[] dropLast(byte[] b, int k) {
        return Arrays.copyOf(b, b.length - k);
    }
}
