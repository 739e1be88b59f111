package org.conflictkg.server.pages;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Optional;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.conflictkg.store.DatasetExporter;
import org.conflictkg.store.ExportFormat;

/**
 * Streams the whole dataset as a dump, {@code /dumps/conflict-kg.nq} (also {@code .trig}, {@code .jsonld},
 * {@code .ttl}), written from the served data by the same {@link DatasetExporter} as {@code kg export}.
 */
final class DumpServlet extends HttpServlet {

    static final String PREFIX = "/dumps/";
    private static final String NAME = "conflict-kg";

    private final transient DatasetGraph dataset;
    private final transient LinkedDataSite site;

    DumpServlet(DatasetGraph dataset, LinkedDataSite site) {
        this.dataset = dataset;
        this.site = site;
    }

    /** The path of the dump in {@code format}. */
    static String path(ExportFormat format) {
        return PREFIX + NAME + "." + format.fileExtension();
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<ExportFormat> format = LinkedDataSite.rawPathBelow(request, "")
                .flatMap(path -> Arrays.stream(ExportFormat.values()).filter(f -> path(f).equals(path)).findFirst());
        if (format.isEmpty()) {
            site.sendNotFound(response);
            return;
        }
        response.setContentType(format.get().mediaType());
        response.setCharacterEncoding("UTF-8");
        try (OutputStream out = response.getOutputStream()) {
            DatasetExporter.export(DatasetFactory.wrap(dataset), format.get(), out);
        }
    }
}
