package org.conflictkg.corpus;

import java.util.List;
import java.util.Optional;

/**
 * What reading a corpus directory gave: its articles in file-name order, copies marked
 * ({@link Article#duplicateOf()}), and the problems met, one per skipped file plus any warnings.
 *
 * @param articles the articles read, canonical ones and duplicates
 * @param problems errors (the file was skipped) and warnings, in the order met
 */
public record CorpusReadResult(List<Article> articles, List<CorpusProblem> problems) {

    public CorpusReadResult {
        articles = List.copyOf(articles);
        problems = List.copyOf(problems);
    }

    /** The articles that are not copies of another: the ones later stages annotate. */
    public List<Article> canonicalArticles() {
        return articles.stream().filter(Article::isCanonical).toList();
    }

    public Optional<Article> article(String id) {
        return articles.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    /** The problems that made a file be skipped. */
    public List<CorpusProblem> errors() {
        return problems.stream().filter(CorpusProblem::isError).toList();
    }

    public List<CorpusProblem> warnings() {
        return problems.stream().filter(p -> !p.isError()).toList();
    }
}
