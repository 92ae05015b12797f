package org.trio.quality.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;
import org.trio.quality.EvidenceProvider;
import org.trio.quality.QualiopiEvidence;
import org.trio.shared.InvalidInputException;

/** The Qualiopi referential, the evidence store and the readiness of each indicator. */
@Service
class QualiopiService {

    private final JdbcClient jdbc;
    private final EvidenceStore store;
    private final EvidenceFiles files;
    private final List<EvidenceProvider> providers;
    private final Clock clock;

    QualiopiService(
            JdbcClient jdbc, EvidenceStore store, EvidenceFiles files, List<EvidenceProvider> providers, Clock clock) {
        this.jdbc = jdbc;
        this.store = store;
        this.files = files;
        this.providers = providers;
        this.clock = clock;
    }

    List<Readiness.Indicator> indicators() {
        return jdbc.sql("select number, criterion, title, applies_to, freshness_months from quality.qualiopi_indicator"
                        + " order by number")
                .query(Readiness.Indicator.class)
                .list();
    }

    Optional<Readiness.Indicator> indicator(int number) {
        return indicators().stream().filter(i -> i.number() == number).findFirst();
    }

    Map<Integer, String> criteria() {
        return jdbc
                .sql("select number, title from quality.qualiopi_criterion order by number")
                .query((rs, row) -> Map.entry(rs.getInt(1), rs.getString(2)))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, java.util.TreeMap::new));
    }

    /** Every piece of evidence of the CFA: the documents and links stored, and what Trio's records prove. */
    @Transactional(readOnly = true)
    List<Readiness.Item> items(long cfaId, LocalDate reference) {
        List<Readiness.Item> items = new ArrayList<>(
                jdbc.sql("""
                        select indicator, title, coalesce(description, '') as description, document_date as date,
                               valid_until, coalesce(url, '') as link, 'Dépôt' as source, false as automatic,
                               id as evidence_id, file_id
                        from quality.evidence where cfa_id = ? order by indicator, document_date desc
                        """).param(cfaId).query(Readiness.Item.class).list());
        for (EvidenceProvider provider : providers) {
            for (QualiopiEvidence evidence : provider.evidenceFor(cfaId, reference)) {
                items.add(new Readiness.Item(
                        evidence.indicator(),
                        evidence.title(),
                        evidence.description(),
                        evidence.date(),
                        evidence.validUntil(),
                        evidence.link(),
                        evidence.source(),
                        true,
                        null,
                        null));
            }
        }
        items.sort(Comparator.comparing(Readiness.Item::indicator)
                .thenComparing(Readiness.Item::date, Comparator.reverseOrder()));
        return items;
    }

    List<Readiness.Line> readiness(long cfaId, LocalDate reference) {
        return Readiness.assess(indicators(), items(cfaId, reference), reference);
    }

    @Transactional
    long add(long cfaId, EvidenceForm form, @Nullable MultipartFile file, String user) {
        if (indicator(form.indicator()).isEmpty()) {
            throw InvalidInputException.of("indicator", "evidence.indicator.unknown", form.indicator());
        }
        Long fileId = null;
        String url = null;
        if ("LINK".equals(form.kind())) {
            url = form.url() == null ? "" : form.url().strip();
            if (!url.matches("^https?://\\S+$")) {
                throw InvalidInputException.of("url", "evidence.url.invalid");
            }
        } else {
            fileId = files.store("file", file, user);
        }
        Evidence evidence = new Evidence(
                cfaId,
                form.indicator(),
                form.title().strip(),
                ImprovementActionService.blankToNull(form.description()),
                url,
                fileId,
                form.documentDate(),
                form.validUntil(),
                OffsetDateTime.now(clock),
                user);
        return store.save(evidence).id;
    }

    Optional<Evidence> find(long id) {
        return store.findById(id);
    }

    @Transactional
    void delete(long id) {
        store.deleteById(id);
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }
}
