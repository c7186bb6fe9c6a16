package org.cdkg.read;

/** An input that cannot be turned into an article; the message says what is wrong and what to do. */
public class UnreadableArticleException extends Exception {
    public UnreadableArticleException(String message) {
        super(message);
    }
}
