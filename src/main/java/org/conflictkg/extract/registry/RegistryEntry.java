package org.conflictkg.extract.registry;

import java.util.List;
import org.conflictkg.extract.Entity;

/**
 * One row of the registry: the entity and what the matchers know about it besides its names.
 *
 * @param where the file and line it was read from, for reporting problems with it
 */
record RegistryEntry(Entity entity, List<String> metonyms, List<String> demonyms, List<Role> roles, String where) {

    static RegistryEntry ofEvent(Entity entity, String where) {
        return new RegistryEntry(entity, List.of(), List.of(), List.of(), where);
    }

    /** Whether a role without terms defines it, as an office or a ministry is defined by its title. */
    boolean definedByRole() {
        return roles.stream().anyMatch(r -> !r.dated());
    }
}
