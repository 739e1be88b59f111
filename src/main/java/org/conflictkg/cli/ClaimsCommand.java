package org.conflictkg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.conflictkg.Pipeline;
import org.conflictkg.eval.ClaimRow;
import org.conflictkg.eval.ClaimTsv;
import org.conflictkg.extract.ArticleClaims;
import org.conflictkg.extract.Claim;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kg claims}: extracts and prints claims in the evaluation's TSV format. */
@Command(name = "claims", description = "Extract the claims of a directory of articles and print them as TSV (the evaluation format).")
final class ClaimsCommand implements Callable<Integer> {

    @Mixin Options.Corpus corpus;
    @ParentCommand Kg kg;
    @Spec CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Pipeline.CorpusExtraction ex = kg.pipeline(corpus).build().extract(corpus.corpus);
        Reports.problems(spec.commandLine().getErr(), ex.problems());
        PrintWriter out = spec.commandLine().getOut();
        ClaimTsv.write(rows(ex.articles()), out);
        out.flush();
        return 0;
    }

    /** The evaluation rows of every canonical article's claims (a copy of another article has none). */
    static List<ClaimRow> rows(List<ArticleClaims> articles) {
        List<ClaimRow> rows = new ArrayList<>();
        for (ArticleClaims ac : articles) {
            for (Claim c : ac.claims()) rows.add(ClaimRow.fromClaim(c, ac.article().text()));
        }
        return rows;
    }
}
