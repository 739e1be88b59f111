package org.conflictkg.cli;

import java.util.concurrent.Callable;
import org.conflictkg.server.KgServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kg serve}: serves the live database generation until interrupted. */
@Command(name = "serve", description = "Serve the database with Fuseki on localhost (dataset /kg, SPARQL at /kg/sparql, UI at /); read-only unless given --update-password-file.")
final class ServeCommand implements Callable<Integer> {

    @Mixin Options.Database database;
    @Mixin Options.Server server;
    @Spec CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        serve(spec, database, server);
        return 0;
    }

    /** Starts the server, prints where it is, and blocks until the JVM is stopped. */
    static void serve(CommandSpec spec, Options.Database database, Options.Server server) throws InterruptedException {
        KgServer.Builder builder = KgServer.builder().database(database.db).config(server.config).port(server.port);
        if (server.updatePasswordFile != null)
            builder.updatePasswordFile(server.updatePasswordFile);
        KgServer kg = builder.build().start();
        Runtime.getRuntime().addShutdownHook(new Thread(kg::stop));
        var out = spec.commandLine().getOut();
        out.println("serving " + kg.generation());
        out.println("  UI      http://localhost:" + kg.port() + "/");
        out.println("  Pages   " + kg.pagesUrl());
        out.println("  SPARQL  " + kg.datasetUrl() + "/sparql");
        if (server.updatePasswordFile != null)
            out.println("  Update  " + kg.datasetUrl() + "/" + KgServer.UPDATE_ENDPOINT + " (users of " + server.updatePasswordFile + ")");
        out.println("Ctrl-C stops the server.");
        out.flush();
        Thread.currentThread().join();
    }
}
