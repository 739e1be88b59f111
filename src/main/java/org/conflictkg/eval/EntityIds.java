package org.conflictkg.eval;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The entity identifiers of the evaluation format: a Wikidata item id ({@code Q399}) or a name
 * ({@code label:Armenia}), several alternatives joined by {@code |}.
 * <p>
 * {@link #keys} turns a column into comparison keys: ids are kept exactly, labels are compared
 * case-insensitively with Unicode normalised (NFKC), whitespace runs collapsed and every dash written as
 * a hyphen, because "Armenian–Azerbaijani" and "Armenian-Azerbaijani" name the same thing and which dash
 * a writer typed says nothing about the entity.
 */
final class EntityIds {

    static final String LABEL_PREFIX = "label:";
    private static final Pattern WIKIDATA_ID = Pattern.compile("Q[1-9][0-9]*");
    private static final Pattern DASH = Pattern.compile("\\s*[\\p{Pd}\\u2212]\\s*");
    private static final Pattern SPACE = Pattern.compile("[\\s\\u00A0]+");
    /** The speaker of a quote whose text does not say who spoke. */
    private static final String UNKNOWN = LABEL_PREFIX + "unknown";

    private EntityIds() {}

    /** The comparison keys of a column's alternatives. */
    static Set<String> keys(String column) {
        Set<String> keys = new LinkedHashSet<>();
        for (String alternative : column.split("\\|", -1)) keys.add(key(alternative.trim()));
        return keys;
    }

    /** Whether the alternatives name the unknown speaker ({@code label:unknown}). */
    static boolean isUnknown(Set<String> keys) {
        return keys.contains(UNKNOWN);
    }

    /** What is wrong with a column of identifiers, if anything. */
    static Optional<String> problem(String column) {
        for (String alternative : column.split("\\|", -1)) {
            String a = alternative.trim();
            boolean valid = a.startsWith(LABEL_PREFIX)
                    ? !a.substring(LABEL_PREFIX.length()).isBlank()
                    : WIKIDATA_ID.matcher(a).matches();
            if (!valid)
                return Optional.of("'" + a + "' in '" + column + "' is neither a Wikidata id (Q123) nor label:Some Name");
        }
        return Optional.empty();
    }

    private static String key(String alternative) {
        if (!alternative.startsWith(LABEL_PREFIX)) return alternative;
        String label = Normalizer.normalize(alternative.substring(LABEL_PREFIX.length()), Normalizer.Form.NFKC);
        label = DASH.matcher(label).replaceAll("-");
        label = SPACE.matcher(label).replaceAll(" ").trim();
        return LABEL_PREFIX + label.toLowerCase(Locale.ROOT);
    }
}
