package org.conflictkg.server.pages;

/**
 * A link as a page shows it. Templates escape both parts; {@code href} is null when there is nothing safe to
 * link to, and the text is shown plain.
 *
 * @param href     where it goes: a root-relative path on this server, or an http(s) URL elsewhere
 * @param text     what it says
 * @param external whether it leaves this server
 */
public record Link(String href, String text, boolean external) {

    static Link local(String path, String text) {
        return new Link(path, text, false);
    }
}
