package org.conflictkg.extract.registry;

import java.util.Optional;
import org.conflictkg.corpus.PartialDate;
import org.conflictkg.extract.Entity;

/**
 * A registry event (war, clash, operation, ceasefire, deployment) with its dates.
 *
 * @param entity    the event as an entity; its type is the ck: event class
 * @param start     when it began
 * @param end       when it ended; empty while it goes on or, for a ceasefire or deployment, is in force
 * @param partOfKey key of the wider event it belongs to
 * @param attackerKey for a war or operation one side launched, the entity key of that side; for a
 *                    deployment, the state whose forces are deployed
 * @param targetKey   and the entity key of whom or where it struck
 */
public record EventInfo(Entity entity, Optional<PartialDate> start, Optional<PartialDate> end,
                        Optional<String> partOfKey, Optional<String> attackerKey, Optional<String> targetKey) {

    public String key() {
        return entity.key();
    }
}
