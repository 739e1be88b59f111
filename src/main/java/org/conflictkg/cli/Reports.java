package org.conflictkg.cli;

import java.io.PrintWriter;
import org.conflictkg.Pipeline;
import org.conflictkg.corpus.CorpusProblem;

/** How the command line reports a build. */
final class Reports {

    private Reports() {}

    static void print(PrintWriter out, PrintWriter err, Pipeline.BuildReport r) {
        for (CorpusProblem p : r.problems()) err.println("kg: skipped " + p);
        out.printf("built %s: %d articles (%d copies of another), %d claims, %d quads in %d graphs, %.1f s%n",
                r.store().location(), r.articles(), r.duplicates(), r.claims(), r.store().quadCount(),
                r.store().graphCount(), r.store().elapsed().toMillis() / 1000.0);
    }
}
