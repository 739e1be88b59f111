package org.conflictkg.server.pages;

import java.util.Objects;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.server.DataAccessPointRegistry;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Fuseki module that makes the served knowledge graph browsable as linked data: every IRI the graph
 * mints dereferences on the same server, with HTML pages, RDF descriptions, search, timelines, a VoID
 * description and dumps.
 * <pre>
 *   /id/entity/russia                 the thing: 303 See Other to its page or its data, by Accept header
 *   /ontology                         the ontology (its terms are /ontology#memberOf ...): 303 likewise
 *   /page/entity/russia[.html]        HTML page
 *   /data/entity/russia[.ttl|.jsonld|.nt|.rdf]   RDF description (negotiated without a suffix)
 *   /browse, /browse/actors|places|events|articles, /search?q=, /timeline[?entity=IRI]
 *   /.well-known/void                 VoID description
 *   /dumps/conflict-kg.nq|.trig|.jsonld|.ttl     dumps, streamed from the served data
 *   /assets/pages.css                 the stylesheet
 * </pre>
 * The same ids exist for events ({@code event/}), articles ({@code article/X}), their sentences
 * ({@code article/X/sentence/N}), claims ({@code claim/X/H}) and quotations ({@code quote/X/H}). The
 * server's root stands for the base IRI ({@link UrlSpace}).
 * <p>
 * The servlets are added to the server's own builder, in {@link #configured} rather than {@code prepare}:
 * pages query the very dataset Fuseki serves (with its union default graph and query timeout), and that
 * dataset exists only once the configuration has been read. {@code configured} also builds the full-text
 * index of the dataset ({@link SearchIndex}); {@link #serverStopped} closes it.
 */
public final class FMod_LinkedData implements FusekiModule {

    private static final Logger LOG = LoggerFactory.getLogger(FMod_LinkedData.class);

    private final String datasetName;
    private final UrlSpace urls;
    private SearchIndex searchIndex;

    /**
     * @param datasetName the name of the served dataset, without a slash ({@code kg})
     * @param urls        the mapping of the server's paths to IRIs
     */
    public FMod_LinkedData(String datasetName, UrlSpace urls) {
        this.datasetName = Objects.requireNonNull(datasetName, "datasetName");
        this.urls = Objects.requireNonNull(urls, "urls");
    }

    @Override
    public String name() {
        return "conflict-kg linked data";
    }

    @Override
    public void configured(FusekiServer.Builder builder, DataAccessPointRegistry registry, Model configModel) {
        DataAccessPoint access = registry.get(DataAccessPoint.canonical(datasetName));
        if (access == null) {
            // Nothing to show; whoever builds the server decides whether a missing dataset is an error.
            LOG.warn("No linked-data pages: the configuration defines no dataset /{}", datasetName);
            return;
        }
        DatasetGraph dataset = access.getDataService().getDataset();
        searchIndex = SearchIndex.build(dataset);
        LinkedDataSite site = LinkedDataSite.create(dataset, searchIndex.textIndex(), urls, datasetName);
        ThingServlet things = new ThingServlet(site);
        SiteServlet sitePages = new SiteServlet(site);
        builder.addServlet("/id/*", things)
               .addServlet("/ontology", things)
               .addServlet(PageServlet.PREFIX + "*", new PageServlet(site))
               .addServlet(DataServlet.PREFIX + "*", new DataServlet(site))
               .addServlet("/browse", sitePages)
               .addServlet("/browse/*", sitePages)
               .addServlet("/search", sitePages)
               .addServlet("/timeline", sitePages)
               .addServlet(VoidServlet.PATH, new VoidServlet(site))
               .addServlet(DumpServlet.PREFIX + "*", new DumpServlet(dataset, site))
               .addServlet(AssetServlet.PREFIX + "*", new AssetServlet(site));
    }

    @Override
    public void serverStopped(FusekiServer server) {
        if (searchIndex != null)
            searchIndex.close();
    }
}
