package org.conflictkg.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.conflictkg.Pipeline;
import org.conflictkg.eval.ClaimTsv;
import org.conflictkg.eval.ScoreReport;
import org.conflictkg.eval.Scorer;
import org.conflictkg.eval.Scores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kg eval}: extracts a corpus and scores its claims against a gold file. */
@Command(name = "eval", description = "Extract the claims of a corpus and score them against gold claims, per relation and overall.")
final class EvalCommand implements Callable<Integer> {

    @Mixin Options.Corpus corpus;
    @Option(names = "--gold", required = true, paramLabel = "FILE", description = "Gold claims in the evaluation's TSV format.")
    Path gold;
    @Option(names = "--misses", description = "Also list missed gold claims, false claims and time disagreements.")
    boolean misses;
    @ParentCommand Kg kg;
    @Spec CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        var goldRows = ClaimTsv.readGold(gold);
        Pipeline.CorpusExtraction ex = kg.pipeline(corpus).build().extract(corpus.corpus);
        Reports.problems(spec.commandLine().getErr(), ex.problems());
        Set<String> docsRun = ex.articles().stream().filter(a -> a.article().isCanonical())
                .map(a -> a.article().id()).collect(Collectors.toSet());
        Scores scores = new Scorer().score(goldRows, ClaimsCommand.rows(ex.articles()), docsRun);
        spec.commandLine().getOut().print(ScoreReport.format(scores, misses));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
