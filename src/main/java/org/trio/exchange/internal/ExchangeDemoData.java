package org.trio.exchange.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.trio.platform.demo.DemoContext;
import org.trio.platform.demo.DemoDataContributor;
import org.trio.platform.demo.DemoKeys;
import org.trio.platform.document.CsvTableWriter;

/**
 * One import of the national dashboard's file per demo CFA (the first two), as a CFA's management software would
 * export it: the CFA's first twenty enrolments of the current school year, one of them with an impossible contract end
 * date. Each is analysed like an upload of the page, so the import list shows a refused file with its error report.
 */
@Component
class ExchangeDemoData implements DemoDataContributor {

    static final String FILE_NAME = "export-logiciel-de-gestion.csv";

    private final TdbExportService exports;
    private final ImportJobs jobs;

    ExchangeDemoData(TdbExportService exports, ImportJobs jobs) {
        this.exports = exports;
        this.jobs = jobs;
    }

    @Override
    public int order() {
        return 850;
    }

    @Override
    public void contribute(DemoContext context) {
        long network = context.shared(DemoKeys.NETWORK);
        long[] cfas = context.shared(DemoKeys.CFAS);
        int year = context.currentSchoolYear().startYear();
        for (int i = 0; i < Math.min(2, cfas.length); i++) {
            long cfa = cfas[i];
            List<List<String>> rows = new ArrayList<>(exports
                    .rows(
                            new TdbExportService.Filter(List.of(cfa), List.of(), year, null, null, context.today()),
                            false)
                    .stream()
                    .limit(20)
                    .toList());
            if (rows.isEmpty()) {
                continue;
            }
            List<String> broken = new ArrayList<>(rows.get(rows.size() / 2));
            broken.set(TdbColumn.TRAINING_END.ordinal(), "31/02/" + (year + 2));
            rows.set(rows.size() / 2, broken);
            ImportTarget target = new ImportTarget(network, Set.of(cfa), false, "secretariat@demo.trio");
            long job = jobs.create(target, cfa, "PAGE", FILE_NAME, csv(rows));
            jobs.analyse(job, target);
        }
    }

    private static byte[] csv(List<List<String>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new CsvTableWriter(ZoneId.of("Europe/Paris")).write(TdbExportController.table(rows), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
