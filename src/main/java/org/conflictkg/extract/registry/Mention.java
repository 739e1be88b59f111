package org.conflictkg.extract.registry;

import org.conflictkg.extract.Entity;

/**
 * A span of tokens that names a registry entity. Both parts of a hyphenated token such as
 * {@code Armenia-Azerbaijan} name an entity, so two mentions may share one token.
 *
 * @param beginToken         index of the first token
 * @param endTokenExclusive  index after the last token
 */
public record Mention(int beginToken, int endTokenExclusive, Entity entity, MentionKind kind) {
}
