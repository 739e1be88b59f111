package org.conflictkg.server.pages;

import java.util.Map;

/**
 * An HTML page ready to render: the template and the values it shows.
 *
 * @param template the template's file name in {@code templates/}, e.g. {@code entity.ftlh}
 * @param model    the values, by the names the template uses
 */
record Page(String template, Map<String, Object> model) {
}
