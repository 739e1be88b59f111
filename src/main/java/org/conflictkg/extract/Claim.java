package org.conflictkg.extract;

import java.util.Optional;

/**
 * One claim an article makes: the plain type the extraction stage hands to the RDF stage.
 *
 * @param articleId  the article that states it
 * @param relation   what kind of claim
 * @param subject    who or what it is about
 * @param object     the other entity, the quantity, or the quoted words
 * @param polarity   asserted, or asserted not to be so
 * @param time       when it holds or happened, if the text says
 * @param source     who the article says reported it ("according to local officials"), if anyone
 * @param evidence   where the article says it
 * @param extractor  the rule that produced it, as {@code file#rule}
 * @param confidence the rule's confidence, 0 to 1
 */
public record Claim(String articleId, Relation relation, Entity subject, ClaimObject object, Polarity polarity,
                    Optional<TimeSpec> time, Optional<Entity> source, Evidence evidence, String extractor,
                    double confidence) {
}
