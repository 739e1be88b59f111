package org.conflictkg.server.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** What a user types becomes a Lucene query of plain words, never Lucene or SPARQL syntax. */
class SearchQueryTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Russia                         | russia*",
            "Russia peacekeepers            | russia* AND peacekeepers*",
            "  Nagorno-Karabakh  war        | nagorno\\-karabakh* AND war*",
            "Putin's                        | putin's*",
            "EU                             | eu",
            "Russia AND NOT Armenia         | russia* AND and* AND not* AND armenia*",
            "name:russia                    | name* AND russia*",
            "\"Russia\" } UNION { ?s ?p ?o  | russia* AND union* AND s AND p AND o",
            "russia~ OR title:(x) ^2        | russia* AND or AND title* AND x AND 2"})
    void wordsAreLowerCasedEscapedAndAllRequired(String typed, String lucene) {
        assertEquals(Optional.of(lucene), SearchIndex.luceneQuery(typed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "*", "\" \"", "&& || !", "()[]{}"})
    void withoutWordsThereIsNothingToSearch(String typed) {
        assertEquals(Optional.empty(), SearchIndex.luceneQuery(typed));
    }

    @Test
    void atMostTwelveWordsAreUsed() {
        List<String> words = SearchIndex.words("a b c d e f g h i j k l m n o");

        assertEquals(SearchIndex.MAX_WORDS, words.size());
        assertEquals("l", words.get(words.size() - 1));
    }
}
