package org.conflictkg.wikidata;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.conflictkg.extract.Entity;
import org.conflictkg.extract.registry.EntityRegistry;
import org.conflictkg.extract.registry.EventInfo;

/**
 * Finds the Wikidata item of registry entities that have none, by their English Wikipedia title: the
 * item the article of exactly that title is about ({@code schema:about}), never a search over labels.
 * <pre>
 *   TitleConfirmation.Result result = TitleConfirmation.confirm(client, unlinked);
 *   result.found().forEach(f -> System.out.println(f.entity().key() + "\t" + f.qid()));
 * </pre>
 * The registry's labels are English Wikipedia titles where there is an article, so a match is strong
 * evidence; it is still a candidate for a person to check and add to {@code entities.tsv}, which this
 * never edits. A label that is not a title (a descriptive one) simply finds nothing.
 */
public final class TitleConfirmation {

    /** An entity and the item its English Wikipedia article is about. */
    public record Found(Entity entity, String qid, Optional<String> description) {
        public String articleUrl() {
            return "https://en.wikipedia.org/wiki/" + entity.label().replace(' ', '_');
        }
    }

    /** The entities whose title found an item, and those whose title found none. */
    public record Result(List<Found> found, List<Entity> notFound) {}

    private TitleConfirmation() {}

    /** The registry's entities and events that have no Wikidata id. */
    public static List<Entity> unlinked(EntityRegistry registry) {
        List<Entity> out = new ArrayList<>();
        registry.entities().stream().filter(e -> e.wikidata().isEmpty()).forEach(out::add);
        registry.events().stream().map(EventInfo::entity).filter(e -> e.wikidata().isEmpty()).forEach(out::add);
        return out;
    }

    public static Result confirm(WikidataClient client, Collection<Entity> entities) {
        Map<String, List<Entity>> byTitle = new LinkedHashMap<>();
        for (Entity e : entities) byTitle.computeIfAbsent(e.label(), t -> new ArrayList<>()).add(e);
        List<Node> titles = byTitle.keySet().stream().map(t -> NodeFactory.createLiteralLang(t, "en")).toList();

        Map<String, Found> found = new LinkedHashMap<>();
        for (List<Node> batch : Queries.batches(titles)) {
            for (Binding row : client.select(Queries.withValues("sitelinks.rq", "title", batch))) {
                String title = row.get(Var.alloc("title")).getLiteralLexicalForm();
                Optional<String> qid = WD.qid(row.get(Var.alloc("item")));
                Node description = row.get(Var.alloc("description"));
                if (qid.isEmpty() || !byTitle.containsKey(title)) continue;
                for (Entity e : byTitle.get(title))
                    found.put(e.key(), new Found(e, qid.get(),
                            Optional.ofNullable(description).map(Node::getLiteralLexicalForm)));
            }
        }
        List<Entity> notFound = entities.stream().filter(e -> !found.containsKey(e.key())).toList();
        return new Result(List.copyOf(found.values()), notFound);
    }
}
