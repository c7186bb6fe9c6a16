package org.cdkg.document;

/** How an input file is written; decides how the cleaner turns it into plain text. */
public enum SourceFormat {
    PLAIN_TEXT, HTML, MARKDOWN
}
