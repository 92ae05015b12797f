package org.trio.contract.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.trio.TrioIntegrationTest;
import org.trio.access.Role;
import org.trio.support.DemoUsers;

/**
 * The rupture analysis exports each of its tables on its own, as CSV (one table per file) or XLSX, with the page's
 * filters; the whole analysis stays one workbook with a sheet per table.
 */
@TrioIntegrationTest
class RuptureAnalysisExportIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    private MockHttpServletResponse download(String url) throws Exception {
        MvcResult started = mvc.perform(get(url).with(user(users.loadUserByUsername(DemoUsers.of(Role.CFA_DIRECTOR)))))
                .andReturn();
        if (!started.getRequest().isAsyncStarted()) {
            return started.getResponse();
        }
        return mvc.perform(asyncDispatch(started)).andReturn().getResponse();
    }

    private static List<List<String>> csv(MockHttpServletResponse response) throws Exception {
        String text = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        List<List<String>> rows = new ArrayList<>();
        for (CSVRecord record :
                CSVFormat.DEFAULT.builder().setDelimiter(';').get().parse(new StringReader(text.substring(1)))) {
            rows.add(record.toList());
        }
        return rows;
    }

    @Test
    void exportsEachTableAsCsvWithTheSameRowsAsItsSheetOfTheWorkbook() throws Exception {
        String filters = "schoolYear=2025&referenceDate=2026-06-30";
        MockHttpServletResponse workbook = download("/ruptures/analysis?format=xlsx&" + filters);
        assertThat(workbook.getStatus()).isEqualTo(200);
        MockHttpServletResponse structures = download("/ruptures/analysis?format=csv&table=structures&" + filters);
        assertThat(structures.getStatus()).isEqualTo(200);
        assertThat(structures.getContentType()).startsWith("text/csv");
        assertThat(structures.getHeader("Content-Disposition")).contains("analyse-ruptures-structures-2025-2026-");
        MockHttpServletResponse months = download("/ruptures/analysis?format=csv&table=months&" + filters);
        assertThat(months.getStatus()).isEqualTo(200);

        List<List<String>> structureRows = csv(structures);
        List<List<String>> monthRows = csv(months);
        DataFormatter formatter = new DataFormatter();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook.getContentAsByteArray()))) {
            assertThat(book.getNumberOfSheets()).isGreaterThanOrEqualTo(2);
            Sheet first = book.getSheetAt(0);
            Row header = first.getRow(0);
            List<String> headers = new ArrayList<>();
            header.forEach(cell -> headers.add(formatter.formatCellValue(cell)));
            assertThat(structureRows.get(0)).isEqualTo(headers);
            assertThat(structureRows).hasSize(first.getLastRowNum() + 1);
            for (int r = 1; r <= first.getLastRowNum(); r++) {
                assertThat(structureRows.get(r).get(0))
                        .as("row %d of the structures", r)
                        .isEqualTo(formatter.formatCellValue(first.getRow(r).getCell(0)));
            }
            assertThat(structureRows.get(structureRows.size() - 1).get(0))
                    .as("the totals row closes the table")
                    .isNotBlank();
        }
        assertThat(monthRows.get(0)).isNotEqualTo(structureRows.get(0));
        assertThat(monthRows.get(0).get(0)).isNotBlank();
    }

    @Test
    void refusesACsvOfTheWholeAnalysisAndAnUnknownTable() throws Exception {
        MockHttpServletResponse whole = download("/ruptures/analysis?format=csv");
        assertThat(whole.getStatus()).isEqualTo(400);
        assertThat(whole.getContentAsString(StandardCharsets.UTF_8))
                .contains("Un fichier CSV ne contient qu'un tableau");

        MockHttpServletResponse unknown = download("/ruptures/analysis?format=csv&table=inconnu");
        assertThat(unknown.getStatus()).isEqualTo(404);
        assertThat(unknown.getContentAsString(StandardCharsets.UTF_8)).contains("Tableau inconnu");
    }

    @Test
    void linksEveryTableOfThePageToItsCsvWithThePagesFilters() throws Exception {
        String page = mvc.perform(get("/ruptures/analysis?schoolYear=2025&referenceDate=2026-06-30")
                        .with(user(users.loadUserByUsername(DemoUsers.of(Role.CFA_DIRECTOR)))))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(page)
                .contains("data-testid=\"export-csv-structures\"")
                .contains("data-testid=\"export-csv-months\"")
                .contains(
                        "/ruptures/analysis?format=csv&amp;table=structures&amp;schoolYear=2025&amp;referenceDate=2026-06-30")
                .contains("data-testid=\"analysis-export-xlsx\"");
    }
}
