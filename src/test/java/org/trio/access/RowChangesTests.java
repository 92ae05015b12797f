package org.trio.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class RowChangesTests {

    @Test
    void listsTheValuesOfACreatedRowInColumnOrder() {
        assertThat(RowChanges.describe(Map.of(), AuditTrail.columns("role", "MENTOR", "email", null, "report_id", 12L)))
                .isEqualTo("email : null; report_id : 12; role : MENTOR");
    }

    @Test
    void listsOnlyTheChangedColumnsOfAnUpdatedRowWithTheirOldAndNewValues() {
        assertThat(RowChanges.describe(
                        Map.of("motive_id", 3L, "cause", "démission"), Map.of("motive_id", 5, "cause", "démission")))
                .isEqualTo("motive_id : 3 → 5");
    }

    @Test
    void comparesValuesAsTheyAreShownSoANumberOfAnotherTypeIsNoChange() {
        assertThat(RowChanges.describe(Map.of("motive_id", 5L), Map.of("motive_id", 5)))
                .isEmpty();
    }

    @Test
    void shortensLongValues() {
        String body = "x".repeat(250);
        assertThat(RowChanges.describe(Map.of(), Map.of("body", body))).isEqualTo("body : " + "x".repeat(200) + "…");
    }
}
