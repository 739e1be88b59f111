package org.conflictkg.server;

import java.util.Set;

import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.fuseki.mgt.FusekiServerCtl;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.apache.jena.fuseki.mod.admin.FMod_Admin;
import org.apache.jena.fuseki.mod.ui.FMod_UI;
import org.apache.jena.rdf.model.Model;

/**
 * A Fuseki module that gives the Fuseki UI ({@link FMod_UI}) the server information it reads, and none of
 * the administration that changes the server.
 * <p>
 * The UI lists datasets from {@code /$/server} and watches the server through {@code /$/ping}. Stock
 * Fuseki provides both with {@link FMod_Admin}, which also adds dataset creation and deletion, backups and
 * compaction over HTTP and lays out a run area on disk. This module adds only the two read-only services,
 * and hands FMod_UI the server-control object it consults to find its files ({@code $FUSEKI_BASE/webapp}
 * if that exists, else the jena-fuseki-ui jar) without creating that run area. It must come before FMod_UI
 * in the module list.
 */
final class FMod_UIStatus implements FusekiModule {

    @Override
    public String name() {
        return "conflict-kg UI status";
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        // Constructing the control object only records FUSEKI_BASE; setup(), not called, would create it.
        builder.addServletAttribute(Fuseki.attrFusekiServerCtl, new FusekiServerCtl(null))
               .addServlet("/$/server", new ActionServerStatus())
               .enablePing(true);
    }
}
