package org.trio.referential.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SqlConditionsTests {

    @Test
    void requiresEveryWordOfTheSearchInTheNormalisedText() {
        SqlConditions conditions = new SqlConditions().search("a.search_text", "  Dupont   marie ");

        assertThat(conditions.sql())
                .isEqualTo(" where a.search_text like '%' || referential.search_key(:word0) || '%'"
                        + " and a.search_text like '%' || referential.search_key(:word1) || '%'");
        assertThat(conditions.params()).containsEntry("word0", "Dupont").containsEntry("word1", "marie");
    }

    @Test
    void escapesTheWildcardsPeopleType() {
        SqlConditions conditions = new SqlConditions().search("e.search_text", "100%_sûr\\");

        assertThat(conditions.params()).containsEntry("word0", "100\\%\\_sûr\\\\");
    }

    @Test
    void ignoresBlankFiltersAndWordsBeyondTheLimit() {
        SqlConditions conditions = new SqlConditions()
                .whereSet("a.sex = :sex", "sex", " ")
                .whereSet("a.cfa_id = :cfa", "cfa", null)
                .search("t", "un deux trois quatre cinq six sept huit");

        assertThat(conditions.params()).doesNotContainKeys("sex", "cfa").hasSize(SqlConditions.MAX_WORDS);
    }

    @Test
    void hasNoWhereClauseWithoutFilters() {
        assertThat(new SqlConditions().search("t", "").sql()).isEmpty();
    }
}
