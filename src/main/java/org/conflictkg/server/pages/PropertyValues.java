package org.conflictkg.server.pages;

import java.util.List;

/**
 * A property and its values on a page: a row of a resource's statements table.
 *
 * @param property the property, named from the ontology, linking to its definition
 * @param comment  the ontology's comment on the property, or null
 */
public record PropertyValues(Link property, String comment, List<ValueView> values) {
}
