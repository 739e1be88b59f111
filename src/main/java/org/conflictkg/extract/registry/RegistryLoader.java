package org.conflictkg.extract.registry;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.conflictkg.corpus.PartialDate;
import org.conflictkg.extract.Entity;

/**
 * Reads and checks the registry's data files, reporting every malformed row as {@code file:line: problem}
 * before any of it is used.
 */
final class RegistryLoader {

    static final List<String> ENTITY_COLUMNS =
            List.of("key", "label", "type", "wikidata", "aliases", "metonyms", "demonyms", "roles", "note");
    static final List<String> EVENT_COLUMNS = List.of("key", "label", "type", "start", "end", "partOf", "attacker", "target", "aliases", "note");
    static final Set<String> ENTITY_TYPES =
            Set.of("State", "DeFactoState", "Organisation", "Person", "Group", "Region", "City", "Place");
    static final Set<String> EVENT_TYPES = Set.of("Conflict", "War", "Clash", "MilitaryOperation", "Ceasefire", "Deployment");

    private static final Pattern KEY = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final Pattern WIKIDATA_ID = Pattern.compile("Q[1-9][0-9]*");

    /** What was read, once every file has been checked. */
    record Loaded(List<RegistryEntry> entities, List<RegistryEntry> eventEntries, List<EventInfo> events,
                  RoleIndex roles, EventVocabulary eventWords) {}

    /** Where each key, Wikidata id and surface form was first given, to report a second use. */
    private record Owner(String key, String where) {}

    private final Problems problems = new Problems();
    private final Map<String, Owner> keys = new HashMap<>();
    private final Map<String, Owner> wikidataIds = new HashMap<>();
    private final Map<String, Owner> forms = new HashMap<>();
    /** Keys of the entities read so far: events name their attacker and target by these. */
    private final Set<String> entityKeys = new HashSet<>();

    private RegistryLoader() {}

    /**
     * @throws RegistryFormatException listing every malformed row
     * @throws IOException when a file cannot be read
     */
    static Loaded load(TsvTable.Source entities, TsvTable.Source events, TsvTable.Source roleWords,
                       TsvTable.Source eventWords) throws IOException {
        RegistryLoader loader = new RegistryLoader();
        Problems problems = loader.problems;
        List<RegistryEntry> entityEntries = new ArrayList<>();
        for (TsvTable.Row row : TsvTable.read(entities, ENTITY_COLUMNS, problems).rows())
            loader.readEntity(row).ifPresent(entry -> {
                entityEntries.add(entry);
                loader.entityKeys.add(entry.entity().key());
            });
        Map<String, EventInfo> eventInfos = new LinkedHashMap<>();
        List<RegistryEntry> eventEntries = new ArrayList<>();
        Map<String, String> eventWhere = new HashMap<>();
        for (TsvTable.Row row : TsvTable.read(events, EVENT_COLUMNS, problems).rows()) {
            loader.readEvent(row).ifPresent(info -> {
                eventInfos.put(info.key(), info);
                eventEntries.add(RegistryEntry.ofEvent(info.entity(), row.where()));
                eventWhere.put(info.key(), row.where());
            });
        }
        checkPartOf(eventInfos, eventWhere, problems);
        RoleIndex roles = new RoleIndex(entityEntries, TsvTable.read(roleWords, RoleIndex.COLUMNS, problems), problems);
        EventVocabulary vocabulary = new EventVocabulary(
                TsvTable.read(eventWords, EventVocabulary.COLUMNS, problems), eventInfos.keySet(), problems);
        problems.throwIfAny();
        return new Loaded(List.copyOf(entityEntries), List.copyOf(eventEntries), List.copyOf(eventInfos.values()),
                roles, vocabulary);
    }

    private Optional<RegistryEntry> readEntity(TsvTable.Row row) {
        int before = problems.count();
        String key = readKey(row);
        String label = readLabel(row);
        String type = readType(row, ENTITY_TYPES);
        Optional<String> wikidata = readWikidata(row, key);
        List<String> aliases = row.values("aliases", problems);
        List<String> metonyms = row.values("metonyms", problems);
        List<String> demonyms = row.values("demonyms", problems);
        List<Role> roles = new ArrayList<>();
        for (String spec : row.values("roles", problems)) {
            try {
                roles.add(Role.parse(spec));
            } catch (IllegalArgumentException e) {
                problems.add(row.where(), e.getMessage());
            }
        }
        claimForms(row, key, "name", label, aliases);
        claimForms(row, key, "metonym", null, metonyms);
        claimForms(row, key, "demonym", null, demonyms);
        if (problems.count() > before) return Optional.empty();
        Entity entity = new Entity(key, label, type, wikidata, aliases, true);
        return Optional.of(new RegistryEntry(entity, metonyms, demonyms, List.copyOf(roles), row.where()));
    }

    private Optional<EventInfo> readEvent(TsvTable.Row row) {
        int before = problems.count();
        String key = readKey(row);
        String label = readLabel(row);
        String type = readType(row, EVENT_TYPES);
        List<String> aliases = row.values("aliases", problems);
        Optional<PartialDate> start = readDate(row, "start");
        Optional<PartialDate> end = readDate(row, "end");
        if (row.get("start").isEmpty()) problems.add(row.where(), "start date is missing");
        if (start.isPresent() && end.isPresent() && DateRange.of(end.get()).last().isBefore(DateRange.of(start.get()).first()))
            problems.add(row.where(), "end " + end.get() + " is before start " + start.get());
        String partOf = row.get("partOf");
        Optional<String> attacker = entityKey(row, "attacker");
        Optional<String> target = entityKey(row, "target");
        if (attacker.isPresent() != target.isPresent()) problems.add(row.where(), "attacker and target go together: give both or neither");
        if (attacker.isPresent() && attacker.equals(target)) problems.add(row.where(), "attacker and target are the same entity");
        claimForms(row, key, "name", label, aliases);
        if (problems.count() > before) return Optional.empty();
        Entity entity = new Entity(key, label, type, Optional.empty(), aliases, true);
        return Optional.of(new EventInfo(entity, start, end, partOf.isEmpty() ? Optional.empty() : Optional.of(partOf), attacker, target));
    }

    /** The cell as the key of an entity read before, or empty; a key of no entity is a problem. */
    private Optional<String> entityKey(TsvTable.Row row, String column) {
        String key = row.get(column);
        if (key.isEmpty()) return Optional.empty();
        if (!entityKeys.contains(key)) problems.add(row.where(), column + " '" + key + "' is not an entity key");
        return Optional.of(key);
    }

    private static void checkPartOf(Map<String, EventInfo> events, Map<String, String> where, Problems problems) {
        for (EventInfo event : events.values()) {
            Optional<String> parent = event.partOfKey();
            Set<String> seen = new HashSet<>(Set.of(event.key()));
            while (parent.isPresent()) {
                EventInfo next = events.get(parent.get());
                if (next == null) {
                    problems.add(where.get(event.key()), "partOf '" + parent.get() + "' is not an event key");
                    break;
                }
                if (!seen.add(next.key())) {
                    problems.add(where.get(event.key()), "partOf leads round in a cycle through '" + next.key() + "'");
                    break;
                }
                parent = next.partOfKey();
            }
        }
    }

    private String readKey(TsvTable.Row row) {
        String key = row.get("key");
        if (!KEY.matcher(key).matches()) {
            problems.add(row.where(), "key '" + key + "' is not a lower-case slug (a-z, 0-9 and single hyphens)");
        } else {
            Owner first = keys.putIfAbsent(key, new Owner(key, row.where()));
            if (first != null) problems.add(row.where(), "duplicate key '" + key + "' (first at " + first.where() + ")");
        }
        return key;
    }

    private String readLabel(TsvTable.Row row) {
        String label = row.get("label");
        if (label.isEmpty()) problems.add(row.where(), "label is empty");
        return label;
    }

    private String readType(TsvTable.Row row, Set<String> allowed) {
        String type = row.get("type");
        if (!allowed.contains(type))
            problems.add(row.where(), "unknown type '" + type + "' (one of " + String.join(", ", allowed.stream().sorted().toList()) + ")");
        return type;
    }

    private Optional<String> readWikidata(TsvTable.Row row, String key) {
        String id = row.get("wikidata");
        if (id.isEmpty()) return Optional.empty();
        if (!WIKIDATA_ID.matcher(id).matches()) {
            problems.add(row.where(), "Wikidata id '" + id + "' does not match Q<digits>");
            return Optional.empty();
        }
        Owner first = wikidataIds.putIfAbsent(id, new Owner(key, row.where()));
        if (first != null) problems.add(row.where(), "Wikidata id " + id + " is already given to '" + first.key() + "' (" + first.where() + ")");
        return Optional.of(id);
    }

    private Optional<PartialDate> readDate(TsvTable.Row row, String column) {
        String value = row.get(column);
        if (value.isEmpty()) return Optional.empty();
        try {
            return Optional.of(PartialDate.parse(value));
        } catch (IllegalArgumentException e) {
            problems.add(row.where(), "bad " + column + " date: " + e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * Records that the entity owns these surface forms, reporting one that another entity already owns
     * in the same role (two names alike would make a mention ambiguous). A form may be a name of one
     * entity and a metonym of another: Moscow the city, Moscow for Russia's government.
     */
    private void claimForms(TsvTable.Row row, String key, String role, String label, List<String> others) {
        List<String> all = new ArrayList<>();
        if (label != null && !label.isEmpty()) all.add(label);
        all.addAll(others);
        for (String form : all) {
            List<String> units = Units.ofText(form);
            if (units.isEmpty()) {
                problems.add(row.where(), "'" + form + "' has no words");
                continue;
            }
            Owner first = forms.putIfAbsent(role + "\t" + Units.matchKey(units), new Owner(key, row.where()));
            if (first == null) continue;
            problems.add(row.where(), first.key().equals(key) && first.where().equals(row.where())
                    ? "'" + form + "' is listed twice"
                    : "'" + form + "' is already a " + role + " of '" + first.key() + "' (" + first.where() + ")");
        }
    }
}
