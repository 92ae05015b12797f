package org.trio.quality.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.trio.referential.CfaInfo;

/**
 * The audit pack of a CFA: a ZIP holding an index ({@code index.html}: each indicator with its status and its evidence,
 * stored documents, links and what Trio's records prove) and the stored documents, one folder per indicator.
 */
@Component
class AuditPack {

    private final QualiopiService qualiopi;
    private final EvidenceFiles files;
    private final TemplateEngine templates;

    AuditPack(QualiopiService qualiopi, EvidenceFiles files, TemplateEngine templates) {
        this.qualiopi = qualiopi;
        this.files = files;
        this.templates = templates;
    }

    byte[] build(CfaInfo cfa, LocalDate reference) {
        List<Readiness.Line> lines = qualiopi.readiness(cfa.id(), reference);
        Map<Long, String> paths = new HashMap<>();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (Readiness.Line line : lines) {
                for (Readiness.Item item : line.items()) {
                    if (item.fileId() == null) {
                        continue;
                    }
                    EvidenceFiles.StoredFile file = files.find(item.fileId()).orElseThrow();
                    String path = String.format(
                            Locale.ROOT,
                            "indicateur-%02d/%d-%s",
                            line.indicator().number(),
                            item.evidenceId(),
                            file.fileName());
                    paths.put(item.evidenceId(), path);
                    zip.putNextEntry(new ZipEntry(path));
                    zip.write(file.content());
                    zip.closeEntry();
                }
            }
            Context context = new Context(Locale.FRANCE);
            context.setVariable("cfa", cfa);
            context.setVariable("reference", reference);
            context.setVariable("lines", lines);
            context.setVariable("criteria", qualiopi.criteria());
            context.setVariable("paths", paths);
            zip.putNextEntry(new ZipEntry("index.html"));
            zip.write(templates.process("quality/audit-pack-index", context).getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
