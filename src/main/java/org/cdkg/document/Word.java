package org.cdkg.document;

/**
 * A word of a Chinese sentence as the segmenter cuts it: its text, [start, end) in clean-text
 * offsets, and the segmenter's part-of-speech tag ({@code nr} a person's name, {@code ns} a
 * place, {@code nt} an organisation, {@code nnt} a title...).
 */
public record Word(String text, int start, int end, String tag) {}
