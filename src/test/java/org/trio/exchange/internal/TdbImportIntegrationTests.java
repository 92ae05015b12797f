package org.trio.exchange.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.trio.TrioIntegrationTest;
import org.trio.contract.TrainingRecords;
import org.trio.exchange.internal.ImportAnalysis.Change;
import org.trio.referential.ApprenticeInfo;
import org.trio.referential.CfaInfo;
import org.trio.referential.ReferentialManagement;
import org.trio.shared.Identifiers;

@TrioIntegrationTest
class TdbImportIntegrationTests {

    private static final AtomicInteger UAI = new AtomicInteger(911_300);

    @Autowired
    ImportService imports;

    @Autowired
    TdbExportService exports;

    @Autowired
    ReferentialManagement referential;

    @Autowired
    TrainingRecords trainings;

    @Autowired
    JdbcClient jdbc;

    /** A network of its own, imported into as its administrator (who may create the file's CFA). */
    private ImportTarget newNetwork() {
        long network = referential.registerNetwork("Réseau d'import " + UAI.incrementAndGet());
        return new ImportTarget(network, Set.of(), true, "test");
    }

    private static String uai() {
        String digits = String.format("%07d", UAI.incrementAndGet());
        return digits + Identifiers.uaiCheckLetter(digits);
    }

    private static ImportTarget refreshed(ImportTarget target, ReferentialManagement referential) {
        return new ImportTarget(
                target.networkId(),
                Set.copyOf(referential.cfasOfNetwork(target.networkId()).stream()
                        .map(CfaInfo::id)
                        .toList()),
                true,
                "test");
    }

    /**
     * The national template itself ({@code tdb-televersement-modele-29012025.xlsx}, copied unchanged into the test
     * resources): its example row holds dates as date cells, booleans as boolean cells, postcodes and codes as numbers,
     * and a sheet « Description des données » after the sheet « Modèle ».
     */
    @Test
    void importsTheRealTemplatesOwnExampleRowWithWarningsForItsIdentifierKeys() {
        ImportTarget target = newNetwork();
        byte[] file = TdbFiles.template();

        ImportAnalysis analysis =
                imports.analyse(file, "tdb-televersement-modele-29012025.xlsx", target, ImportService.Progress.NONE);

        assertThat(analysis.refusal()).isNull();
        assertThat(analysis.errors()).as(analysis.issues().toString()).isZero();
        assertThat(analysis.importable()).isTrue();
        assertThat(analysis.totalRows()).isEqualTo(1);
        assertThat(analysis.count(Change.NEW)).isEqualTo(1);
        assertThat(analysis.issues())
                .filteredOn(issue -> issue.column() == TdbColumn.RESPONSIBLE_UAI)
                .extracting(ImportIssue::row, ImportIssue::severity, ImportIssue::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        2,
                        ImportIssue.Severity.WARNING,
                        "la lettre de contrôle de l'UAI est fausse (attendu " + Identifiers.uaiCheckLetter("0123456")
                                + ") : vérifiez le numéro"));
        assertThat(analysis.issues())
                .filteredOn(issue -> issue.column() == TdbColumn.CONTRACT_1_SIRET)
                .extracting(ImportIssue::severity)
                .containsExactly(ImportIssue.Severity.WARNING);

        ImportService.Outcome outcome = imports.commit(analysis, target, null, ImportService.Progress.NONE);

        assertThat(outcome.created()).isEqualTo(1);
        assertThat(outcome.unmappedCauses()).isEqualTo(4);
        CfaInfo cfa = referential.cfaByUai("0123456A").orElseThrow();
        assertThat(cfa.networkId()).isEqualTo(target.networkId());
        assertThat(cfa.cfaType()).isEqualTo("10");
        List<ApprenticeInfo> gaston = referential.apprenticesNamed("Dupuis", "Gaston", LocalDate.of(1998, 1, 24));
        assertThat(gaston).singleElement().satisfies(a -> {
            assertThat(a.sex()).isEqualTo("F");
            assertThat(a.ine()).isEqualTo("1234567890A");
            assertThat(a.cfaId()).isEqualTo(cfa.id());
            assertThat(a.birthPostCode()).isEqualTo("44400");
            assertThat(a.postCode()).isEqualTo("44000");
            assertThat(a.address()).isEqualTo("64 bis, route de Paris");
            assertThat(a.email()).isEqualTo("gaston.dupuis@domain.tld");
            assertThat(a.phone()).isEqualTo("0612345678");
        });
        List<TrainingRecords.TrainingRecord> records = trainings.trainings(List.of(cfa.id()), List.of(), 2024, null);
        assertThat(records).singleElement().satisfies(record -> {
            assertThat(record.enrolment().apprenticeId())
                    .isEqualTo(gaston.get(0).id());
            assertThat(record.enrolment().programmeYear()).isEqualTo(2);
            assertThat(record.enrolment().registrationDate()).isEqualTo(LocalDate.of(2022, 9, 28));
            assertThat(record.enrolment().trainingStart()).isEqualTo(LocalDate.of(2022, 9, 28));
            assertThat(record.enrolment().trainingEnd()).isEqualTo(LocalDate.of(2022, 9, 28));
            assertThat(record.enrolment().theoreticalDurationMonths()).isEqualTo(12);
            assertThat(record.enrolment().distanceLearning()).isFalse();
            assertThat(record.enrolment().previousSituation()).isEqualTo("4101");
            assertThat(record.enrolment().previousUai()).isEqualTo("0123456A");
            assertThat(record.enrolment().diplomaObtained()).isTrue();
            assertThat(record.enrolment().diplomaDate()).isEqualTo(LocalDate.of(2022, 9, 28));
            assertThat(record.enrolment().exclusionDate()).isEqualTo(LocalDate.of(2022, 9, 28));
            assertThat(record.enrolment().exclusionCause()).isEqualTo("Absences répétées et injustifiées");
            assertThat(record.contracts()).hasSize(4).allSatisfy(contract -> {
                assertThat(contract.startDate()).isEqualTo(LocalDate.of(2023, 1, 11));
                assertThat(contract.endDate()).isEqualTo(LocalDate.of(2024, 6, 11));
                assertThat(contract.ruptureDate()).isEqualTo(LocalDate.of(2024, 6, 11));
                assertThat(contract.cause()).isEqualTo("Absences répétées et injustifiées");
            });
        });
        assertThat(referential.health(gaston.get(0).id())).hasValueSatisfying(health -> {
            assertThat(health.rqth()).isTrue();
            assertThat(health.rqthDate()).isEqualTo(LocalDate.of(2023, 8, 22));
        });
        assertThat(jdbc.sql("""
                        select guardian_email_1 || ' ' || guardian_email_2 || ' ' || place_uai || ' ' || short_label
                               || ' ' || referent_last_name || ' ' || referent_email
                          from exchange.tdb_record where apprentice_id = ?""").param(gaston.get(0).id()).query(String.class).single())
                .isEqualTo("marc.dupuis@domain.tld jeanne.dupuis@domain.tld 0123456A CAP PATISSIER Dumas"
                        + " jeanne.dupuis@domain.tld");
        assertThat(trainings.unmappedCauses(List.of(cfa.id())))
                .extracting(TrainingRecords.UnmappedCause::cause, TrainingRecords.UnmappedCause::ruptures)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Absences répétées et injustifiées", 4));

        ImportAnalysis again = imports.analyse(
                file,
                "tdb-televersement-modele-29012025.xlsx",
                refreshed(target, referential),
                ImportService.Progress.NONE);
        assertThat(again.count(Change.UNCHANGED)).isEqualTo(1);
        assertThat(again.count(Change.NEW)).isZero();
    }

    @Test
    void givesBackTheSameDataWhenAnImportIsExportedAndImportedAgain() {
        ImportTarget target = newNetwork();
        String uai = uai();
        String siret = "44182736459102";
        Map<TdbColumn, String> first = TdbFiles.row(uai, siret, "Lefèvre", "Inès", "12/03/2007");
        first.put(TdbColumn.INE, "123456789AB");
        first.put(TdbColumn.PHONE, "+33 6 12 34 56 78");
        first.put(TdbColumn.RQTH, "OUI");
        first.put(TdbColumn.RQTH_DATE, "2024-05-02");
        first.put(TdbColumn.GUARDIAN_EMAIL_1, "parent@example.org");
        first.put(TdbColumn.PLACE_ADDRESS, "Atelier, 5 rue des Lilas");
        first.put(TdbColumn.SHORT_LABEL, "CAP CUISINE");
        first.put(TdbColumn.CONTRACT_1_RUPTURE, "2026-01-15");
        first.put(TdbColumn.CONTRACT_1_CAUSE, "Déménagement");
        first.put(TdbColumn.CONTRACT_2_START, "2026-02-02");
        first.put(TdbColumn.CONTRACT_2_END, "2027-08-31");
        first.put(TdbColumn.CONTRACT_2_SIRET, "44182736459102");
        first.put(TdbColumn.EXCLUSION_DATE, "");
        Map<TdbColumn, String> second = TdbFiles.row(uai, siret, "N'Diaye", "Moussa", "2006-11-30");
        second.put(TdbColumn.ON_SITE, "NON");
        second.put(TdbColumn.PREVIOUS_UAI, "091");
        byte[] file = TdbFiles.xlsx(List.of(first, second));
        ImportAnalysis analysis = imports.analyse(file, "aller.xlsx", target, ImportService.Progress.NONE);
        assertThat(analysis.errors()).as(analysis.issues().toString()).isZero();
        imports.commit(analysis, target, null, ImportService.Progress.NONE);
        CfaInfo cfa = referential.cfaByUai(uai).orElseThrow();

        List<List<String>> exported = exports.rows(
                new TdbExportService.Filter(List.of(cfa.id()), List.of(), 2025, null, null, LocalDate.of(2025, 12, 1)),
                true);
        byte[] back = TdbFiles.xlsx(
                exported.stream().map(TdbImportIntegrationTests::asRow).toList());
        ImportAnalysis roundTrip =
                imports.analyse(back, "retour.xlsx", refreshed(target, referential), ImportService.Progress.NONE);

        assertThat(roundTrip.errors()).isZero();
        assertThat(roundTrip.count(Change.UNCHANGED)).isEqualTo(2);
        assertThat(roundTrip.rows())
                .extracting(planned -> planned.row().values())
                .containsExactlyInAnyOrderElementsOf(
                        analysis.rows().stream().map(p -> p.row().values()).toList());
        assertThat(exported)
                .anySatisfy(row -> assertThat(row.get(TdbColumn.CONTRACT_1_CAUSE.ordinal()))
                        .isEqualTo("Déménagement"));
    }

    private static Map<TdbColumn, String> asRow(List<String> values) {
        Map<TdbColumn, String> row = new java.util.EnumMap<>(TdbColumn.class);
        for (TdbColumn column : TdbColumn.values()) {
            row.put(column, values.get(column.ordinal()));
        }
        return row;
    }

    @Test
    void updatesTheRecordInsteadOfDuplicatingItWhenAnUpdatedFileIsImported() {
        ImportTarget target = newNetwork();
        String uai = uai();
        Map<TdbColumn, String> row = TdbFiles.row(uai, "44182736459102", "Martin", "Léa", "2007-04-01");
        imports.commit(
                imports.analyse(TdbFiles.csv(List.of(row)), "v1.csv", target, ImportService.Progress.NONE),
                target,
                null,
                ImportService.Progress.NONE);
        long apprentice = referential
                .apprenticesNamed("Martin", "Léa", LocalDate.of(2007, 4, 1))
                .get(0)
                .id();

        row.put(TdbColumn.ADDRESS, "10 avenue Foch");
        row.put(TdbColumn.CONTRACT_1_RUPTURE, "2026-03-02");
        row.put(TdbColumn.CONTRACT_1_CAUSE, "déménagement !");
        ImportTarget now = refreshed(target, referential);
        ImportAnalysis update = imports.analyse(TdbFiles.csv(List.of(row)), "v2.csv", now, ImportService.Progress.NONE);
        assertThat(update.count(Change.UPDATED)).isEqualTo(1);
        ImportService.Outcome outcome = imports.commit(update, now, null, ImportService.Progress.NONE);

        assertThat(outcome.updated()).isEqualTo(1);
        assertThat(outcome.unmappedCauses())
                .as("a cause matching a motive once normalised")
                .isZero();
        assertThat(referential.apprenticesNamed("Martin", "Léa", LocalDate.of(2007, 4, 1)))
                .singleElement()
                .satisfies(a -> {
                    assertThat(a.id()).isEqualTo(apprentice);
                    assertThat(a.address()).isEqualTo("10 avenue Foch");
                });
        long cfa = referential.cfaByUai(uai).orElseThrow().id();
        assertThat(trainings.trainings(List.of(cfa), List.of(), 2025, null))
                .singleElement()
                .satisfies(record -> assertThat(record.contracts())
                        .singleElement()
                        .satisfies(c -> {
                            assertThat(c.ruptureDate()).isEqualTo(LocalDate.of(2026, 3, 2));
                            assertThat(c.cause()).isEqualTo("déménagement !");
                        }));
        assertThat(jdbc.sql("""
                        select m.label from contract.rupture r join contract.rupture_motive m
                          on m.id = r.expressed_motive_id where r.apprentice_id = ?""").param(apprentice).query(String.class).single()).isEqualTo("Déménagement");
    }

    @Test
    void refusesAFileWithOneBadRowAmongTenThousandNamingExactlyThatRowAndColumn() {
        ImportTarget target = newNetwork();
        String uai = uai();
        List<Map<TdbColumn, String>> rows = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            rows.add(TdbFiles.row(uai, "44182736459102", "Masse" + letters(i), "Jean", "2005-01-15"));
        }
        rows.get(4_321).put(TdbColumn.CONTRACT_1_END, "31/02/2027");
        byte[] file = TdbFiles.csv(rows);

        ImportAnalysis analysis = imports.analyse(file, "dix-mille.csv", target, ImportService.Progress.NONE);

        assertThat(analysis.totalRows()).isEqualTo(10_000);
        assertThat(analysis.importable()).isFalse();
        assertThat(analysis.issues())
                .filteredOn(ImportIssue::isError)
                .singleElement()
                .satisfies(issue -> {
                    assertThat(issue.row()).isEqualTo(4_323);
                    assertThat(issue.column()).isEqualTo(TdbColumn.CONTRACT_1_END);
                    assertThat(issue.columnLetter()).isEqualTo("AR");
                    assertThat(issue.value()).isEqualTo("31/02/2027");
                    assertThat(issue.message())
                            .isEqualTo(
                                    "Erreur ligne 4323, colonne AR (contrat_date_fin), valeur « 31/02/2027 » : format"
                                            + " incorrect, attendu : une date valide au format AAAA-MM-JJ, JJ/MM/AAAA ou une date"
                                            + " Excel");
                });
        assertThatThrownBy(() -> imports.commit(analysis, target, null, ImportService.Progress.NONE))
                .isInstanceOf(IllegalStateException.class);
        assertThat(referential.cfaByUai(uai)).isEmpty();
        assertThat(referential.apprenticesOfNetwork(target.networkId())).isEmpty();
    }

    private static String letters(int n) {
        StringBuilder text = new StringBuilder();
        int value = n;
        do {
            text.append((char) ('a' + value % 26));
            value /= 26;
        } while (value > 0);
        return text.toString();
    }

    @Test
    void rollsBackEveryRowWhenAFacadeRefusesOneDuringTheImport() {
        ImportTarget target = newNetwork();
        String uai = uai();
        Map<TdbColumn, String> good = TdbFiles.row(uai, "44182736459102", "Bon", "Élève", "2006-02-02");
        Map<TdbColumn, String> bad = TdbFiles.row(uai, "44182736459102", "Mauvais", "Élève", "2006-02-02");
        // an e-mail the file's format accepts but the referential refuses (a domain label over 63 characters)
        bad.put(TdbColumn.EMAIL, "eleve@" + "a".repeat(70) + ".fr");
        ImportAnalysis analysis =
                imports.analyse(TdbFiles.csv(List.of(good, bad)), "deux.csv", target, ImportService.Progress.NONE);
        assertThat(analysis.importable()).isTrue();

        assertThatThrownBy(() -> imports.commit(analysis, target, null, ImportService.Progress.NONE))
                .isInstanceOf(ImportService.ImportFailure.class)
                .hasMessageStartingWith("Erreur ligne 3 : ");
        assertThat(referential.apprenticesOfNetwork(target.networkId())).isEmpty();
        assertThat(referential.cfaByUai(uai)).isEmpty();
    }

    @Test
    void readsCsvFilesInIsoLatinWithByteOrderMarkOrWindowsLineEnds() {
        ImportTarget target = newNetwork();
        Map<TdbColumn, String> row = TdbFiles.row(uai(), "44182736459102", "Hervé", "Zoé", "2006-07-14");
        for (byte[] file : List.of(
                TdbFiles.csv(List.of(row), StandardCharsets.ISO_8859_1, false, "\r\n"),
                TdbFiles.csv(List.of(row), StandardCharsets.UTF_8, true, "\r\n"),
                TdbFiles.csv(List.of(row), StandardCharsets.UTF_8, true, "\n"))) {
            ImportAnalysis analysis = imports.analyse(file, "latin.csv", target, ImportService.Progress.NONE);
            assertThat(analysis.errors()).as(analysis.issues().toString()).isZero();
            assertThat(analysis.rows()).singleElement().satisfies(planned -> {
                assertThat(planned.row().text(TdbColumn.LAST_NAME)).isEqualTo("Hervé");
                assertThat(planned.row().text(TdbColumn.FIRST_NAME)).isEqualTo("Zoé");
            });
        }
        assertThat(referential.apprenticesOfNetwork(target.networkId())).isEmpty();
    }

    @Test
    void refusesFilesThatAreTruncatedNotSpreadsheetsOrMissOrRenameColumns() {
        ImportTarget target = newNetwork();
        byte[] workbook = TdbFiles.template();
        byte[] truncated = Arrays.copyOf(workbook, workbook.length / 2);
        assertThat(imports.analyse(truncated, "coupe.xlsx", target, ImportService.Progress.NONE)
                        .refusal())
                .startsWith("Le fichier « coupe.xlsx » est endommagé ou incomplet");
        assertThat(imports.analyse(
                                "%PDF-1.7 un document".getBytes(StandardCharsets.US_ASCII),
                                "modele.pdf",
                                target,
                                ImportService.Progress.NONE)
                        .refusal())
                .contains("PDF");

        List<String> missing = new ArrayList<>(TdbFiles.headers());
        missing.remove(TdbColumn.SEX.ordinal());
        ImportAnalysis withoutSex = imports.analyse(
                TdbFiles.xlsx(missing, List.of()), "sans-sexe.xlsx", target, ImportService.Progress.NONE);
        assertThat(withoutSex.refusal()).contains("en-tête");
        assertThat(withoutSex.issues())
                .filteredOn(ImportIssue::isError)
                .extracting(ImportIssue::reason)
                .anySatisfy(reason -> assertThat(reason).contains("sexe_apprenant"));

        List<String> renamed = new ArrayList<>(TdbFiles.headers());
        renamed.set(TdbColumn.BIRTH_DATE.ordinal(), "date_naissance");
        ImportAnalysis withRenamed =
                imports.analyse(TdbFiles.xlsx(renamed, List.of()), "renomme.xlsx", target, ImportService.Progress.NONE);
        assertThat(withRenamed.issues())
                .filteredOn(ImportIssue::isError)
                .singleElement()
                .satisfies(issue -> {
                    assertThat(issue.columnLetter()).isEqualTo("C");
                    assertThat(issue.reason())
                            .isEqualTo(
                                    "colonne renommée ? « date_naissance » au lieu de « date_de_naissance_apprenant *"
                                            + " » : reprenez le nom du modèle");
                });
        assertThat(referential.apprenticesOfNetwork(target.networkId())).isEmpty();
    }

    @Test
    void showsLikelyDuplicatesWithTheSamePersonAndProgrammeUnderDifferentKeys() {
        ImportTarget target = newNetwork();
        String uai = uai();
        Map<TdbColumn, String> one = TdbFiles.row(uai, "44182736459102", "Durand", "Paul", "2006-03-03");
        one.put(TdbColumn.INE, "123456789AA");
        Map<TdbColumn, String> other = TdbFiles.row(uai, "44182736459102", "DURAND", "Paul", "03/03/2006");
        other.put(TdbColumn.INE, "123456789BB");

        ImportAnalysis analysis =
                imports.analyse(TdbFiles.csv(List.of(one, other)), "doublons.csv", target, ImportService.Progress.NONE);

        assertThat(analysis.issues())
                .filteredOn(issue -> issue.severity() == ImportIssue.Severity.DUPLICATE)
                .singleElement()
                .satisfies(issue -> {
                    assertThat(issue.row()).isEqualTo(3);
                    assertThat(issue.reason()).startsWith("doublon probable de la ligne 2");
                });
        assertThat(analysis.count(Change.NEW)).isEqualTo(2);
    }

    @Test
    void refusesRowsOfAnotherCfaThanTheUsersOwn() {
        ImportTarget network = newNetwork();
        String uai = uai();
        Map<TdbColumn, String> row = TdbFiles.row(uai, "44182736459102", "Petit", "Jade", "2006-05-05");
        imports.commit(
                imports.analyse(TdbFiles.csv(List.of(row)), "a.csv", network, ImportService.Progress.NONE),
                network,
                null,
                ImportService.Progress.NONE);
        ImportTarget otherCfa = new ImportTarget(network.networkId(), Set.of(-1L), false, "direction");

        ImportAnalysis analysis =
                imports.analyse(TdbFiles.csv(List.of(row)), "a.csv", otherCfa, ImportService.Progress.NONE);

        assertThat(analysis.issues())
                .filteredOn(ImportIssue::isError)
                .singleElement()
                .satisfies(issue -> {
                    assertThat(issue.column()).isEqualTo(TdbColumn.RESPONSIBLE_UAI);
                    assertThat(issue.reason()).startsWith("CFA hors de votre périmètre");
                });
    }
}
