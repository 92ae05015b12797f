package org.trio.contract.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.trio.platform.demo.DemoIdentifiers;
import org.trio.referential.DiplomaType;
import org.trio.referential.NewCfa;
import org.trio.referential.NewProgramme;
import org.trio.referential.NewSite;
import org.trio.referential.ReferentialManagement;
import org.trio.referential.SiteKind;
import org.trio.shared.Identifiers;

/**
 * A network built like the seed's 2021-2022 analysis (7 CFAs, 5 UFAs): for each structure its inscrits actifs at
 * 15 August 2022 and its ruptures nettes of the year, with the seed's filières, validated and expressed motives,
 * diplomas held at entry and months. Enrolments, contracts and ruptures are written straight to the module's tables
 * (apprentice ids of a range of their own), then the statuses are recomputed.
 */
@Component
class SeedNetworkFixture {

    /** Name, parent structure index (-1 for a CFA), inscrits actifs, ruptures nettes. */
    record Structure(String name, int parent, int active, int ruptures) {}

    static final List<Structure> STRUCTURES = List.of(
            new Structure("BTP CFA Brétigny-Sur-Orge", -1, 390, 48),
            new Structure("BTP CFA Nangis", -1, 319, 56),
            new Structure("BTP CFA Ermont", -1, 365, 71),
            new Structure("BTP CFA Noisy-le-Grand", -1, 279, 32),
            new Structure("BTP CFA Ocquerre", -1, 359, 46),
            new Structure("BTP CFA Rueil Malmaison", -1, 394, 31),
            new Structure("BTP CFA Saint Denis", -1, 344, 34),
            new Structure("ESITC PARIS (Arcueil) UFA Brétigny sur Orge", 0, 68, 1),
            new Structure("IUT Sénart Fontainebleau UFA Ocquerre", 4, 107, 4),
            new Structure("Lycée des métiers Benjamin Franklin UFA Nangis", 1, 28, 2),
            new Structure("Lycée Jean Mermoz Monsoult UFA Ermont", 2, 3, 1),
            new Structure("Lycée les Pannevelles (Provins) UFA Ocquerre", 4, 2, 0));

    /** Filière, diploma type, level, count of ruptures (seed: "Nombre de ruptures par filières"). */
    static final Object[][] SECTORS = {
        {"Fluides", DiplomaType.CAP, 3, 154},
        {"Gros Œuvre", DiplomaType.CAP, 3, 66},
        {"Électricité", DiplomaType.BP, 4, 30},
        {"Métaux", DiplomaType.BAC_PRO, 4, 25},
        {"Bois", DiplomaType.CAP, 3, 24},
        {"Finitions", DiplomaType.BP, 4, 19},
        {"Multi Secteur", DiplomaType.BTS, 5, 7},
        {"Travaux Publics", DiplomaType.CAP, 3, 1}
    };

    static final Object[][] VALIDATED = {
        {"Départ volontaire de l'apprenti", 149},
        {"Mauvaise adaptation aux attentes de l'entreprise", 73},
        {"Erreur d'orientation / changement d'orientation", 49},
        {"Mauvaise adaptation aux attentes du CFA (règlement/attitude)", 21},
        {"Fin de contrat", 13},
        {"Problématiques personnelles", 9},
        {"Cessation d'activité", 5},
        {"Problèmes administratifs", 5},
        {"Erreur d'orientation - poursuite", 2}
    };

    /** The seed's 18 expressed motives sum to 321: the 5 other ruptures have none recorded. */
    static final Object[][] EXPRESSED = {
        {"Choix d'une autre formation dans un autre établissement", 82},
        {"Non-respect contraintes professionnel en entreprise", 78},
        {"Problèmes relationnels avec l'entreprise ou le CFA", 52},
        {"Abandon", 29},
        {"Mauvais choix d'orientation", 28},
        {"Embauche dans une autre entreprise", 10},
        {"Compétences insuffisantes de l'apprenti", 7},
        {"Problème validité papiers d'identité", 7},
        {"Non-respect règlement en entreprise", 5},
        {"Déménagement", 4},
        {"Embauche dans l'entreprise de l'alternant", 3},
        {"Choix de la famille", 3},
        {"Fermeture définitive de l'entreprise", 3},
        {"Santé (physique / morale)", 3},
        {"Incapacité à suivre une formation", 2},
        {"Liquidation judiciaire de l'entreprise", 2},
        {"Obtention diplôme (candidat libre)", 2},
        {"Manque d'activité formation en entreprise", 1}
    };

    /** Diplomas held at entry mapped to SIFA DIP_OBT codes (several seed labels fall into code 14). */
    static final Object[][] ENTRY_DIPLOMAS = {
        {"01", 160},
        {"04", 59},
        {"03", 46},
        {"02", 13},
        {"08", 18},
        {"07", 13},
        {"09", 5},
        {"05", 5},
        {"14", 6},
        {"13", 1}
    };

    /** Months from August 2021 to August 2022 (seed: 316 in all); the 10 ruptures the seed leaves out go to October. */
    static final int[] MONTHS = {16, 36, 51, 43, 28, 21, 15, 22, 13, 16, 34, 25, 6};

    static final LocalDate SESSION_START = LocalDate.of(2021, 9, 1);
    static final LocalDate SESSION_END = LocalDate.of(2023, 6, 30);
    static final long FIRST_APPRENTICE = 8_000_000_000L;

    /** What the fixture built. */
    record Network(long networkId, List<Long> cfaIds, List<Long> siteIds) {}

    private final ReferentialManagement referential;
    private final JdbcTemplate jdbc;
    private final StatusRecorder statuses;
    private Network built;

    SeedNetworkFixture(ReferentialManagement referential, JdbcTemplate jdbc, StatusRecorder statuses) {
        this.referential = referential;
        this.jdbc = jdbc;
        this.statuses = statuses;
    }

    synchronized Network network() {
        if (built == null) {
            built = build();
        }
        return built;
    }

    private Network build() {
        SplittableRandom random = new SplittableRandom(2022);
        long network = referential.registerNetwork("Réseau de l'analyse 2021-2022");
        List<Long> cfas = new ArrayList<>();
        List<Long> sites = new ArrayList<>();
        for (Structure structure : STRUCTURES) {
            if (structure.parent() < 0) {
                long cfa = referential.registerCfa(new NewCfa(
                        network,
                        structure.name(),
                        uai(random),
                        DemoIdentifiers.siret(random),
                        "09",
                        null,
                        null,
                        null,
                        null));
                cfas.add(cfa);
                sites.add(referential.registerSite(new NewSite(
                        cfa, structure.name(), SiteKind.SITE, null, uai(random), null, null, null, null, null)));
            } else {
                long cfa = cfas.get(structure.parent());
                cfas.add(cfa);
                sites.add(referential.registerSite(new NewSite(
                        cfa,
                        structure.name(),
                        SiteKind.UFA,
                        structure.name(),
                        uai(random),
                        null,
                        null,
                        null,
                        null,
                        null)));
            }
        }
        List<Long> programmes = new ArrayList<>();
        for (Object[] sector : SECTORS) {
            programmes.add(referential.registerProgramme(new NewProgramme(
                    network,
                    null,
                    "RNCP" + (90000 + programmes.size()),
                    sector[1] + " " + sector[0],
                    null,
                    (DiplomaType) sector[1],
                    (Integer) sector[2],
                    (String) sector[0],
                    24,
                    null,
                    null)));
        }
        List<String> sectorPool = pool(SECTORS, 0, 3);
        List<String> validatedPool = pool(VALIDATED, 0, 1);
        List<String> expressedPool = pool(EXPRESSED, 0, 1);
        List<String> diplomaPool = pool(ENTRY_DIPLOMAS, 0, 1);
        List<LocalDate> dates = new ArrayList<>();
        for (int month = 0; month < MONTHS.length; month++) {
            for (int n = 0; n < MONTHS[month]; n++) {
                dates.add(LocalDate.of(2021, 8, 1).plusMonths(month).plusDays(n % 14));
            }
        }
        long apprentice = FIRST_APPRENTICE;
        int rupture = 0;
        List<Object[]> enrolments = new ArrayList<>();
        List<Object[]> contracts = new ArrayList<>();
        List<Object[]> ruptures = new ArrayList<>();
        for (int s = 0; s < STRUCTURES.size(); s++) {
            Structure structure = STRUCTURES.get(s);
            for (int n = 0; n < structure.active() + structure.ruptures(); n++) {
                boolean broken = n < structure.ruptures();
                long programme = broken
                        ? programmes.get(sectorIndex(sectorPool.get(rupture)))
                        : programmes.get(n % programmes.size());
                String diploma = broken ? diplomaPool.get(rupture) : "01";
                enrolments.add(new Object[] {apprentice, programme, network, cfas.get(s), sites.get(s), diploma});
                LocalDate start = broken ? dates.get(rupture).minusMonths(1 + rupture % 12) : SESSION_START;
                contracts.add(new Object[] {apprentice, start, broken ? dates.get(rupture) : null});
                if (broken) {
                    ruptures.add(new Object[] {
                        apprentice,
                        dates.get(rupture),
                        validatedPool.get(rupture),
                        rupture < expressedPool.size() ? expressedPool.get(rupture) : null
                    });
                    rupture++;
                }
                apprentice++;
            }
        }
        write(enrolments, contracts, ruptures);
        statuses.recomputeAll();
        return new Network(network, cfas.stream().distinct().toList(), sites);
    }

    private void write(List<Object[]> enrolments, List<Object[]> contracts, List<Object[]> ruptures) {
        jdbc.batchUpdate("""
                insert into contract.enrolment (apprentice_id, programme_id, network_id, cfa_id, site_id,
                  school_year, programme_year, registration_date, training_start, training_end,
                  theoretical_duration_months, highest_diploma_held)
                values (?, ?, ?, ?, ?, 2021, 1, date '2021-06-01', date '2021-09-01', date '2023-06-30', 24, ?)""", enrolments);
        jdbc.batchUpdate(
                """
                insert into contract.apprenticeship_contract (enrolment_id, apprentice_id, employer_id, mentor1_id,
                  contract_type, contract_mode, conclusion_date, start_date, practical_training_start, end_date,
                  original_end_date, rupture_date)
                select e.id, e.apprentice_id, -1, -1, '11', '1', ?, ?, ?, date '2023-08-31', date '2023-08-31', ?
                  from contract.enrolment e where e.apprentice_id = ?""",
                contracts.stream()
                        .map(row -> new Object[] {row[1], row[1], row[1], row[2], row[0]})
                        .toList());
        jdbc.batchUpdate(
                """
                insert into contract.rupture (contract_id, apprentice_id, enrolment_id, school_year, rupture_date,
                  initiative, legal_mode, analysis_period, validated_motive_id, expressed_motive_id)
                select c.id, c.apprentice_id, c.enrolment_id, 2021, ?, 'APPRENTICE', 'MUTUAL_AGREEMENT',
                       case when ? < c.start_date + interval '2 months' then 'TRIAL'
                            when extract(month from ?::date) in (6, 7, 8) then 'POST_EXAM' else 'INTERMEDIATE' end,
                       (select id from contract.rupture_motive where kind = 'VALIDATED' and label = ? and cfa_id is null),
                       (select id from contract.rupture_motive where kind = 'EXPRESSED' and label = ? and cfa_id is null)
                  from contract.apprenticeship_contract c where c.apprentice_id = ?""",
                ruptures.stream()
                        .map(row -> new Object[] {row[1], row[1], row[1], row[2], row[3], row[0]})
                        .toList());
    }

    private static List<String> pool(Object[][] table, int label, int count) {
        List<String> pool = new ArrayList<>();
        for (Object[] row : table) {
            for (int n = 0; n < (Integer) row[count]; n++) {
                pool.add((String) row[label]);
            }
        }
        return pool;
    }

    private static int sectorIndex(String sector) {
        for (int i = 0; i < SECTORS.length; i++) {
            if (SECTORS[i][0].equals(sector)) {
                return i;
            }
        }
        throw new IllegalArgumentException(sector);
    }

    private static String uai(SplittableRandom random) {
        String digits = String.format("974%04d", random.nextInt(10_000));
        return digits + Identifiers.uaiCheckLetter(digits);
    }
}
