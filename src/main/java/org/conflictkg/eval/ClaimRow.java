package org.conflictkg.eval;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.conflictkg.extract.Claim;
import org.conflictkg.extract.ClaimObject;
import org.conflictkg.extract.Polarity;
import org.conflictkg.extract.Relation;
import org.conflictkg.extract.TimeSpec;

/**
 * One row of the evaluation format: a gold claim a reader recorded, or a claim the system extracted.
 * <p>
 * Entity columns hold identifiers as the format writes them ({@code Q399}, {@code label:Armenia},
 * alternatives joined by {@code |}); the object is, by relation, such identifiers, a quantity
 * ({@code >=39}) or the quoted words. Every field fits in one TSV cell: no tabs, no line breaks.
 *
 * @param doc      the article id (corpus file name without extension)
 * @param relation what kind of claim
 * @param subject  who or what it is about, as identifiers
 * @param object   identifiers, a quantity, or the quoted words, depending on {@code relation}
 * @param polarity asserted, or asserted not to be so
 * @param time     when it holds or happened, if given
 * @param need     for gold rows, whether a reader must record it; system rows have none
 * @param evidence a few words of the sentence, for a human reader only
 */
public record ClaimRow(String doc, Relation relation, String subject, String object, Polarity polarity,
                       Optional<TimeSpec> time, Optional<Need> need, String evidence) {

    /** Whether a gold row is required or defensible either way. */
    public enum Need {
        /** A reader would record it: it counts towards recall. */
        REQ,
        /** Defensible either way: finding it counts as right, missing it is not counted. */
        OPT;

        /** The key the TSV column uses: {@code req} or {@code opt}. */
        public String key() { return name().toLowerCase(Locale.ROOT); }

        public static Optional<Need> byKey(String key) {
            for (Need n : values()) if (n.key().equals(key)) return Optional.of(n);
            return Optional.empty();
        }
    }

    private static final Pattern CELL_BREAKERS = Pattern.compile("[\\t\\r\\n]+");

    public ClaimRow {
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(polarity, "polarity");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(need, "need");
        requireCell("doc", doc);
        requireCell("subject", subject);
        requireCell("object", object);
        requireCell("evidence", evidence);
    }

    /**
     * The row for an extracted claim, without evidence text.
     *
     * @see #fromClaim(Claim, String)
     */
    public static ClaimRow fromClaim(Claim c) {
        return fromClaim(c, Optional.empty());
    }

    /**
     * The row for an extracted claim, with its evidence span cut from the article's cleaned text (the text
     * the claim's offsets refer to).
     */
    public static ClaimRow fromClaim(Claim c, String cleanedArticleText) {
        return fromClaim(c, Optional.of(cleanedArticleText.substring(c.evidence().begin(), c.evidence().end())));
    }

    private static ClaimRow fromClaim(Claim c, Optional<String> evidenceText) {
        return new ClaimRow(c.articleId(), c.relation(), c.subject().evalIds(), objectColumn(c.object()),
                c.polarity(), c.time(), Optional.empty(), evidenceText.map(ClaimRow::oneCell).orElse(""));
    }

    // Java 17 has no pattern matching for switch without preview, hence the instanceof chain.
    private static String objectColumn(ClaimObject o) {
        if (o instanceof ClaimObject.EntityValue e) return e.entity().evalIds();
        if (o instanceof ClaimObject.QuantityValue q) return q.quantity().toString();
        if (o instanceof ClaimObject.QuoteValue q) return oneCell(q.text());
        throw new IllegalStateException("unknown claim object " + o);
    }

    /** Replaces tabs and line breaks, which a TSV cell cannot hold, by single spaces. */
    private static String oneCell(String text) {
        return CELL_BREAKERS.matcher(text).replaceAll(" ");
    }

    private static void requireCell(String column, String value) {
        Objects.requireNonNull(value, column);
        if (CELL_BREAKERS.matcher(value).find())
            throw new IllegalArgumentException(column + " holds a tab or line break, which a TSV cell cannot: '" + value + "'");
    }
}
