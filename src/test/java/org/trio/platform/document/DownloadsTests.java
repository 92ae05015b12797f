package org.trio.platform.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DownloadsTests {

    @Test
    void datesFileNamesAndReplacesCharactersFileSystemsRefuse() {
        assertThat(Downloads.datedFileName("apprentis", LocalDate.of(2026, 11, 23), "xlsx"))
                .isEqualTo("apprentis-2026-11-23.xlsx");
        assertThat(Downloads.datedFileName("ruptures/2026: \"bilan\"", LocalDate.of(2026, 1, 2), "csv"))
                .isEqualTo("ruptures-2026- -bilan--2026-01-02.csv");
        assertThat(Downloads.datedFileName("  ", LocalDate.of(2026, 1, 2), "csv"))
                .isEqualTo("export-2026-01-02.csv");
    }

    @Test
    void givesAnAsciiNameAndTheExactUtf8NameForAccents() {
        assertThat(Downloads.attachment("élèves-cœur 2026.xlsx"))
                .isEqualTo("attachment; filename=\"eleves-coeur 2026.xlsx\"; "
                        + "filename*=UTF-8''%C3%A9l%C3%A8ves-c%C5%93ur%202026.xlsx");
        assertThat(Downloads.inline("attestation.pdf"))
                .isEqualTo("inline; filename=\"attestation.pdf\"; filename*=UTF-8''attestation.pdf");
    }
}
