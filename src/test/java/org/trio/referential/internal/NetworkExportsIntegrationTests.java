package org.trio.referential.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.trio.TrioIntegrationTest;
import org.trio.access.CurrentUser;
import org.trio.access.Role;
import org.trio.access.internal.TrioUserDetails;
import org.trio.referential.NewCfa;
import org.trio.referential.ReferentialManagement;

/** The network page and the list of its CFAs export to CSV and XLSX, a name that could run a formula neutralised. */
@TrioIntegrationTest
class NetworkExportsIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ReferentialManagement referential;

    private MockHttpServletResponse download(String url, RequestPostProcessor who) throws Exception {
        MvcResult started = mvc.perform(get(url).with(who)).andReturn();
        return started.getRequest().isAsyncStarted()
                ? mvc.perform(asyncDispatch(started)).andReturn().getResponse()
                : started.getResponse();
    }

    @Test
    void exportsTheNetworkAndItsCfasWithFormulasNeutralised() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String networkName = "=SOMME(1;2) réseau " + suffix;
        long network = referential.registerNetwork(networkName);
        String cfaName = "@CFA des formules " + suffix;
        referential.registerCfa(new NewCfa(
                network,
                cfaName,
                "0931234" + org.trio.shared.Identifiers.uaiCheckLetter("0931234"),
                "44182736459102",
                "09",
                "1 rue de l'Essai",
                "93000",
                "Bobigny",
                "93008"));
        RequestPostProcessor admin = user(new TrioUserDetails(
                new CurrentUser(
                        -1, "admin-export@test.trio", "Administration", Role.NETWORK_ADMIN, network, null, null, null),
                "",
                true,
                false));

        MockHttpServletResponse networks = download("/networks?format=csv", admin);

        assertThat(networks.getStatus()).isEqualTo(200);
        List<CSVRecord> rows = parse(networks);
        assertThat(rows.get(0).toList()).containsExactly("Nom du réseau", "CFA");
        assertThat(rows.get(1).toList()).containsExactly("'" + networkName, "1");

        MockHttpServletResponse cfas = download("/networks/" + network + "?format=csv", admin);
        List<CSVRecord> cfaRows = parse(cfas);
        assertThat(cfaRows).hasSize(2);
        assertThat(cfaRows.get(1).get(0)).isEqualTo("'" + cfaName);
        assertThat(cfaRows.get(1).get(1)).startsWith("0931234");

        MockHttpServletResponse xlsx = download("/networks/" + network + "?format=xlsx", admin);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getContentAsByteArray()))) {
            var cell = workbook.getSheetAt(0).getRow(1).getCell(0);
            assertThat(cell.getStringCellValue()).isEqualTo(cfaName);
            assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue();
        }

        assertThat(download("/networks/" + (network + 100_000) + "?format=csv", admin)
                        .getStatus())
                .as("another network")
                .isEqualTo(403);
        String page = mvc.perform(get("/networks/" + network).with(admin))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("format=xlsx").contains("format=csv");
    }

    private static List<CSVRecord> parse(MockHttpServletResponse response) throws Exception {
        String text = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        return CSVFormat.DEFAULT
                .builder()
                .setDelimiter(';')
                .get()
                .parse(new StringReader(text.substring(1)))
                .getRecords();
    }
}
