package org.conflictkg.cli;

import java.io.PrintWriter;
import java.util.List;
import org.conflictkg.Pipeline;
import org.conflictkg.corpus.CorpusProblem;

/** How the command line reports a build and the corpus problems met. */
final class Reports {

    private Reports() {}

    static void print(PrintWriter out, PrintWriter err, Pipeline.BuildReport r) {
        problems(err, r.problems());
        long skipped = r.problems().stream().filter(CorpusProblem::isError).count();
        out.printf("built %s: %d articles (%d copies of another), %d claims, %d quads in %d graphs, %.1f s%s%n",
                r.store().location(), r.articles(), r.duplicates(), r.claims(), r.store().quadCount(),
                r.store().graphCount(), r.store().elapsed().toMillis() / 1000.0,
                skipped == 0 ? "" : "; " + skipped + (skipped == 1 ? " file" : " files") + " skipped");
    }

    /** One line per problem: a skipped file, or a warning about a file that was read. */
    static void problems(PrintWriter err, List<CorpusProblem> problems) {
        for (CorpusProblem p : problems) err.println(p.isError() ? "kg: skipped " + p : "kg: " + p);
    }
}
