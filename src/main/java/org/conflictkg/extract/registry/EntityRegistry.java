package org.conflictkg.extract.registry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.conflictkg.corpus.PartialDate;
import org.conflictkg.extract.Entity;

/**
 * The curated registry of the domain's actors, places, organisations and events, read from the data
 * files {@code entities.tsv} and {@code events.tsv} (their headers document the columns) with the
 * vocabularies {@code role-words.tsv} and {@code event-words.tsv}.
 * <p>
 * Keys are unique across entities and events. Every malformed row of every file is reported at once,
 * as {@code file:line: problem}, in a {@link RegistryFormatException}. An instance is immutable and
 * safe to share between threads.
 * <pre>
 *   EntityRegistry registry = EntityRegistry.fromClasspath();
 *   registry.byKey("csto");                                          // Collective Security Treaty Organization
 *   registry.resolveRole("Turkish Defense Minister", Optional.of(PartialDate.ofYear(2020)));   // Hulusi Akar
 *   registry.event("second-nagorno-karabakh-war").flatMap(EventInfo::end);                      // 2020-11-10
 * </pre>
 */
public final class EntityRegistry {

    private final Map<String, Entity> entities = new LinkedHashMap<>();
    private final Map<String, EventInfo> events = new LinkedHashMap<>();
    private final Map<String, Entity> byWikidata = new HashMap<>();
    private final Map<String, Entity> byName = new HashMap<>();
    private final List<RegistryEntry> entries;
    private final RoleIndex roles;
    private final EventVocabulary eventWords;

    private EntityRegistry(RegistryLoader.Loaded loaded) {
        List<RegistryEntry> all = new ArrayList<>(loaded.entities());
        all.addAll(loaded.eventEntries());
        this.entries = List.copyOf(all);
        for (RegistryEntry entry : loaded.entities()) {
            Entity e = entry.entity();
            entities.put(e.key(), e);
            e.wikidata().ifPresent(q -> byWikidata.put(q, e));
        }
        for (EventInfo info : loaded.events()) {
            events.put(info.key(), info);
            info.entity().wikidata().ifPresent(q -> byWikidata.put(q, info.entity()));
        }
        for (RegistryEntry entry : entries) {
            Entity e = entry.entity();
            byName.put(nameKey(e.label()), e);
            e.aliases().forEach(a -> byName.put(nameKey(a), e));
        }
        this.roles = loaded.roles();
        this.eventWords = loaded.eventWords();
    }

    /** The registry shipped with the code. */
    public static EntityRegistry fromClasspath() {
        try {
            return new EntityRegistry(RegistryLoader.load(
                    TsvTable.Source.classpath("entities.tsv"), TsvTable.Source.classpath("events.tsv"),
                    TsvTable.Source.classpath("role-words.tsv"), TsvTable.Source.classpath("event-words.tsv")));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the registry from the classpath", e);
        }
    }

    /**
     * A registry read from the given entity and event files, with the vocabularies shipped with the code.
     *
     * @throws IOException when a file cannot be read
     * @throws RegistryFormatException listing every malformed row
     */
    public static EntityRegistry fromFiles(Path entitiesTsv, Path eventsTsv) throws IOException {
        return new EntityRegistry(RegistryLoader.load(
                TsvTable.Source.file(entitiesTsv), TsvTable.Source.file(eventsTsv),
                TsvTable.Source.classpath("role-words.tsv"), TsvTable.Source.classpath("event-words.tsv")));
    }

    /** The entity or event with this key. */
    public Optional<Entity> byKey(String key) {
        Entity e = entities.get(key);
        if (e != null) return Optional.of(e);
        return Optional.ofNullable(events.get(key)).map(EventInfo::entity);
    }

    /** The entity or event linked to this Wikidata id ({@code Q159}). */
    public Optional<Entity> byWikidata(String qid) {
        return Optional.ofNullable(byWikidata.get(qid));
    }

    /**
     * The entity or event with this label or alias, matched as mentions are (case-sensitive for one word).
     * Unlike {@link MentionFinder}, this reads a capital as the city: {@code byName("Moscow")} is moscow.
     */
    public Optional<Entity> byName(String name) {
        return Optional.ofNullable(byName.get(nameKey(name)));
    }

    /** The actors, places and organisations, in file order; events are in {@link #events()}. */
    public Collection<Entity> entities() {
        return Collections.unmodifiableCollection(entities.values());
    }

    public Optional<EventInfo> event(String key) {
        return Optional.ofNullable(events.get(key));
    }

    /** The events, in file order. */
    public List<EventInfo> events() {
        return List.copyOf(events.values());
    }

    /**
     * The entity a role title names at a time: "the Russian president", "Kremlin spokesman",
     * "Turkish Defense Minister", "UN secretary general". Word order, case, possessives and the spellings
     * in {@code role-words.tsv} do not matter. With a date, the holder whose term covers all of it is
     * returned; without one, the registry's only holder of that title. When that leaves none or several,
     * the office itself is returned if the registry has one (the UN Secretary-General), else nothing.
     */
    public Optional<Entity> resolveRole(String roleText, Optional<PartialDate> when) {
        return roles.resolve(roleText, when);
    }

    /**
     * Everyone the registry knows to have held a role the title names, at any time ("the President":
     * the presidents of every state it lists). For reading a title back to the person an article
     * introduced with it, when the date does not single one out.
     */
    public Set<Entity> everHeldRole(String roleText) {
        return roles.everHeld(roleText);
    }

    /** The keys of the states and organisations a title names ("the Russian minister": russia). */
    public Set<String> anchorsOfTitle(String roleText) {
        return roles.anchorsOf(roleText);
    }

    /** The keys of the states and organisations a person's registry roles name (a president's state). */
    public Set<String> servedBy(Entity person) {
        return roles.servedBy(person);
    }

    /** Entities and events with what the matchers need, entities first. */
    List<RegistryEntry> entries() {
        return entries;
    }

    EventVocabulary eventWords() {
        return eventWords;
    }

    /** The states among the sides of the focus conflict (Armenia and Azerbaijan), in key order. */
    public List<org.conflictkg.extract.Entity> focusStates() {
        return eventWords.focusParties.stream().sorted().map(this::byKey).flatMap(Optional::stream)
                .filter(e -> e.type().equals("State")).toList();
    }

    /** Whether the entity is itself one of the sides of the focus conflict ({@code focus-party} rows). */
    public boolean isFocusSide(org.conflictkg.extract.Entity entity) {
        return eventWords.focusParties.contains(entity.key());
    }

    private static String nameKey(String name) {
        return Units.matchKey(Units.ofText(name));
    }
}
