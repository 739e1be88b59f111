package org.conflictkg.server.pages;

import java.util.List;

/**
 * The claims about one entity with one relation, in one role: what an entity page lists under a heading
 * such as "member of (as subject)".
 *
 * @param role {@code subject} or {@code object}
 */
public record ClaimGroup(Link relation, String role, List<ClaimView> claims) {

    /** How many of the claims are negative. */
    public long negatives() {
        return claims.stream().filter(ClaimView::negative).count();
    }
}
