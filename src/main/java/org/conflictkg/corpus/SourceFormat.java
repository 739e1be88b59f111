package org.conflictkg.corpus;

/** The kinds of article file the corpus reader accepts, each with its own cleaning. */
public enum SourceFormat {
    /** Plain text, often extracted from a PDF print of a web page (hard line wraps, spliced links). */
    TEXT,
    /** Markdown, as produced by web-page-to-markdown converters. */
    MARKDOWN,
    /** An HTML page as saved from a browser or a crawler. */
    HTML
}
