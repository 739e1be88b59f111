package org.conflictkg.server.pages;

import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.engine.binding.Binding;

/** One solution of a page query, read by variable name; a variable the solution leaves unbound reads as absent. */
record QueryRow(Binding binding) {

    Optional<Node> node(String variable) {
        return Optional.ofNullable(binding.get(variable));
    }

    /** The IRI bound to {@code variable}, or null. */
    String iri(String variable) {
        Node node = binding.get(variable);
        return node != null && node.isURI() ? node.getURI() : null;
    }

    /** The lexical form of the literal bound to {@code variable}, or null. */
    String text(String variable) {
        Node node = binding.get(variable);
        return node != null && node.isLiteral() ? node.getLiteralLexicalForm() : null;
    }

    /** The integer bound to {@code variable}, or null if it is unbound or not an integer. */
    Long integer(String variable) {
        String text = text(variable);
        if (text == null)
            return null;
        try {
            return Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The integer bound to {@code variable}, or {@code otherwise}. */
    long integer(String variable, long otherwise) {
        Long value = integer(variable);
        return value == null ? otherwise : value;
    }
}
