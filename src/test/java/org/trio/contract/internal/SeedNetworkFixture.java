package org.trio.contract.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    /**
     * The seed's 42 diplomas ("Nombres de ruptures nettes par diplômes") with their ruptures, type, level and filière.
     * The seed does not say which filière each diploma belongs to: the fixture chooses one so that the filières add up
     * to the seed's (Fluides 154, Gros Œuvre 66, Électricité 30, Métaux 25, Bois 24, Finitions 19, Multi Secteur 7,
     * Travaux Publics 1).
     */
    record Diploma(String label, DiplomaType type, int level, String sector, int ruptures) {}

    static final List<Diploma> DIPLOMAS = List.of(
            new Diploma("CAP MONTEUR EN INSTALLATIONS SANITAIRES", DiplomaType.CAP, 3, "Fluides", 61),
            new Diploma("CAP ELECTRICIENS-NES", DiplomaType.CAP, 3, "Électricité", 22),
            new Diploma(
                    "BREVET PROFESSIONNEL MONTEUR INSTALLATEUR DU GENIE CLIMATIQUE", DiplomaType.BP, 4, "Fluides", 21),
            new Diploma("CAP MACON", DiplomaType.CAP, 3, "Gros Œuvre", 20),
            new Diploma("CAP MONTEURS EN INSTALLATIONS THERMIQUES", DiplomaType.CAP, 3, "Fluides", 20),
            new Diploma(
                    "BAC PRO TECHNICIEN DE MAINTENANCE DES SYTEMES ENERGETIQUES ET CLIMATIQUES",
                    DiplomaType.BAC_PRO,
                    4,
                    "Fluides",
                    15),
            new Diploma("CAP peintre applicateur de revêtements", DiplomaType.CAP, 3, "Finitions", 15),
            new Diploma("CAP MACON dernière session 2022*", DiplomaType.CAP, 3, "Gros Œuvre", 14),
            new Diploma("CAP MENUISIER FABRICANT", DiplomaType.CAP, 3, "Bois", 14),
            new Diploma(
                    "BAC PRO TECHNICIEN DU BATIMENT : ORGANISATION GROS OEUVRE",
                    DiplomaType.BAC_PRO,
                    4,
                    "Gros Œuvre",
                    13),
            new Diploma("BTS FLUIDES ENERGIES DOMOTIQUE OPTION A (GCF)", DiplomaType.BTS, 5, "Fluides", 11),
            new Diploma("CAP METALLIER", DiplomaType.CAP, 3, "Métaux", 11),
            new Diploma(
                    "BAC PRO TECHNICIEN INSTALLATEUR DES SYSTEMES ENERGETIQUES ET CLIMATIQUES",
                    DiplomaType.BAC_PRO,
                    4,
                    "Fluides",
                    10),
            new Diploma("BREVET PROFESSIONNEL MACON", DiplomaType.BP, 4, "Gros Œuvre", 8),
            new Diploma("CAP SERRURIER METALLIER dernière session 2022*", DiplomaType.CAP, 3, "Métaux", 7),
            new Diploma(
                    "Bac Pro Installateur en Chauffage, Climatisation et Énergies Renouvelables - ICCER",
                    DiplomaType.BAC_PRO,
                    4,
                    "Fluides",
                    6),
            new Diploma("BREVET PROFESSIONNEL ELECTRICIEN(NE)", DiplomaType.BP, 4, "Électricité", 6),
            new Diploma("BREVET PROFESSIONNEL METALLIER", DiplomaType.BP, 4, "Métaux", 6),
            new Diploma("CAP MENUISIER INSTALLATEUR", DiplomaType.CAP, 3, "Bois", 6),
            new Diploma("BREVET PROFESSIONNEL MENUISIER", DiplomaType.BP, 4, "Bois", 4),
            new Diploma("CAP MONTEUR EN INSTALLATIONS THERMIQUES", DiplomaType.CAP, 3, "Fluides", 4),
            new Diploma(
                    "CAP Interventions en Maintenance Technique du Bâtiment (I.M.T.B)",
                    DiplomaType.CAP,
                    3,
                    "Multi Secteur",
                    3),
            new Diploma("TP COUVREUR ZINGUEUR", DiplomaType.TP, 3, "Gros Œuvre", 3),
            new Diploma(
                    "BAC PRO DES METIERS DE L'ELECTRICITE ET DE SES ENVIRONNEMENTS CONNECTES",
                    DiplomaType.BAC_PRO,
                    4,
                    "Électricité",
                    2),
            new Diploma("CAP COUVREUR", DiplomaType.CAP, 3, "Gros Œuvre", 2),
            new Diploma("CAP INSTALLATEUR EN FROID ET CONDITIONNEMENT D'AIR", DiplomaType.CAP, 3, "Fluides", 2),
            new Diploma("CAP STAFFEUR ORNEMANISTE", DiplomaType.CAP, 3, "Finitions", 2),
            new Diploma(
                    "Master mention Génie Industriel parcours Directeur en travaux immobiliers",
                    DiplomaType.MASTER,
                    7,
                    "Multi Secteur",
                    2),
            new Diploma("MC MAINTENANCE DES EQUIPEMENTS THERMIQUES ET INDIVIDUELS", DiplomaType.MC, 3, "Fluides", 2),
            new Diploma("TP PLAQUISTE", DiplomaType.TP, 3, "Gros Œuvre", 2),
            new Diploma("BAC PRO Aménagement et finition du bâtiment", DiplomaType.BAC_PRO, 4, "Finitions", 1),
            new Diploma("BAC PRO OUVRAGE DU BATIMENT METALLERIE", DiplomaType.BAC_PRO, 4, "Métaux", 1),
            new Diploma("BREVET PROFESSIONNEL COUVREUR", DiplomaType.BP, 4, "Gros Œuvre", 1),
            new Diploma("BREVET PROFESSIONNEL PEINTRE APPLICATEUR DE REVETEMENTS", DiplomaType.BP, 4, "Finitions", 1),
            new Diploma("BTS FLUIDES ENERGIES DOMOTIQUE OPTION C (DBC)", DiplomaType.BTS, 5, "Fluides", 1),
            new Diploma("BTS ENVELOPPE DES BATIMENTS : CONCEPTION ET REALISATION", DiplomaType.BTS, 5, "Gros Œuvre", 1),
            new Diploma("CAP constructeur de réseaux de canalisations de TP", DiplomaType.CAP, 3, "Travaux Publics", 1),
            new Diploma("CAP constructeur d'ouvrages en béton armé", DiplomaType.CAP, 3, "Gros Œuvre", 1),
            new Diploma("DUT Génie Civil", DiplomaType.DUT, 5, "Multi Secteur", 1),
            new Diploma("INGENIEUR TRAVAUX DE LA CONSTRUCTION", DiplomaType.ENGINEER, 7, "Multi Secteur", 1),
            new Diploma(
                    "LICENCE PRO Bâtiment & Construction - parcours Chargé d’Affaires en Bâtiment",
                    DiplomaType.LICENCE_PRO,
                    6,
                    "Gros Œuvre",
                    1),
            new Diploma("TP INSTALLATEUR THERMIQUE ET SANITAIRE", DiplomaType.TP, 3, "Fluides", 1));

    /** The seed's filières and their ruptures ("Nombre de ruptures par filières"). */
    static final Object[][] SECTORS = {
        {"Fluides", 154},
        {"Gros Œuvre", 66},
        {"Électricité", 30},
        {"Métaux", 25},
        {"Bois", 24},
        {"Finitions", 19},
        {"Multi Secteur", 7},
        {"Travaux Publics", 1}
    };

    /**
     * The seed's 20 training situations: its label, the diploma type, the programme's duration in months and the
     * year of the programme, and the count. Within a type, the diplomas are given the situations in order (the first
     * 12 CAP ruptures are on a one-year CAP).
     */
    record Situation(String seedLabel, DiplomaType type, int months, int year, int ruptures) {}

    static final List<Situation> SITUATIONS = List.of(
            new Situation("APPRENTI CAP en 1 an", DiplomaType.CAP, 12, 1, 12),
            new Situation("APPRENTI CAP 1ère année", DiplomaType.CAP, 24, 1, 128),
            new Situation("APPRENTI CAP 2ème année", DiplomaType.CAP, 24, 2, 65),
            new Situation("APPRENTI BP 1ère année", DiplomaType.BP, 24, 1, 31),
            new Situation("APPRENTI BP 2ème année", DiplomaType.BP, 24, 2, 16),
            new Situation("APPRENTI BAC PRO 2 ans - Première", DiplomaType.BAC_PRO, 24, 1, 16),
            new Situation("APPRENTI BAC PRO 2 ans - Terminale", DiplomaType.BAC_PRO, 24, 2, 13),
            new Situation("APPRENTI BAC PRO 3 ans - Première", DiplomaType.BAC_PRO, 36, 2, 10),
            new Situation("APPRENTI BAC PRO 3 ans - Seconde", DiplomaType.BAC_PRO, 36, 1, 6),
            new Situation("APPRENTI BAC PRO 3 ans - Terminale", DiplomaType.BAC_PRO, 36, 3, 2),
            new Situation("APPRENTI BAC PRO en 1 an", DiplomaType.BAC_PRO, 12, 1, 1),
            new Situation("APPRENTI BTS 24M 1ère année", DiplomaType.BTS, 24, 1, 9),
            new Situation("APPRENTI BTS 24M 2ème année", DiplomaType.BTS, 24, 2, 3),
            new Situation("APPRENTI BTS 36M 1ère année", DiplomaType.BTS, 36, 1, 1),
            new Situation("APPRENTI TP V EN 1 AN", DiplomaType.TP, 12, 1, 6),
            new Situation("APPRENTI MASTER 24M - 2ème année", DiplomaType.MASTER, 24, 2, 2),
            new Situation("APPRENTI MC V en 1 an", DiplomaType.MC, 12, 1, 2),
            new Situation("APPRENTI DUT 2eme année", DiplomaType.DUT, 24, 2, 1),
            new Situation("APPRENTI INGENIEUR 1ère année", DiplomaType.ENGINEER, 36, 1, 1),
            new Situation("APPRENTI LICENCE PRO 12 M EN 1 AN", DiplomaType.LICENCE_PRO, 12, 1, 1));

    /**
     * Ruptures per diploma type and structure, in the order of {@link #STRUCTURES}: the seed's CAP / BAC PRO / BP /
     * BTS table for the 7 CFAs (310 in all). The 16 ruptures it leaves out are the UFAs' 8 (an engineering school, an
     * IUT, two lycées) and the 2 of Noisy-le-Grand and 6 of Ocquerre that are on no type of its columns (MC, TP).
     */
    static final List<Map<DiplomaType, Integer>> TYPES_BY_STRUCTURE = List.of(
            Map.of(DiplomaType.CAP, 35, DiplomaType.BAC_PRO, 1, DiplomaType.BP, 12),
            Map.of(DiplomaType.CAP, 39, DiplomaType.BAC_PRO, 7, DiplomaType.BP, 9, DiplomaType.BTS, 1),
            Map.of(DiplomaType.CAP, 54, DiplomaType.BAC_PRO, 7, DiplomaType.BP, 10),
            Map.of(DiplomaType.CAP, 19, DiplomaType.BAC_PRO, 9, DiplomaType.BP, 2, DiplomaType.MC, 2),
            Map.of(
                    DiplomaType.CAP,
                    22,
                    DiplomaType.BAC_PRO,
                    10,
                    DiplomaType.BP,
                    4,
                    DiplomaType.BTS,
                    4,
                    DiplomaType.TP,
                    6),
            Map.of(DiplomaType.CAP, 13, DiplomaType.BAC_PRO, 4, DiplomaType.BP, 7, DiplomaType.BTS, 7),
            Map.of(DiplomaType.CAP, 23, DiplomaType.BAC_PRO, 9, DiplomaType.BP, 2),
            Map.of(DiplomaType.ENGINEER, 1),
            Map.of(DiplomaType.DUT, 1, DiplomaType.LICENCE_PRO, 1, DiplomaType.MASTER, 2),
            Map.of(DiplomaType.BAC_PRO, 1, DiplomaType.BTS, 1),
            Map.of(DiplomaType.BP, 1),
            Map.of());

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
    static final LocalDate SECOND_CONTRACT = LocalDate.of(2022, 1, 1);
    static final LocalDate CONTRACT_END = LocalDate.of(2023, 8, 31);
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
        Map<String, Long> programmes = new LinkedHashMap<>();
        Map<DiplomaType, List<Object[]>> byType = new EnumMap<>(DiplomaType.class);
        Map<DiplomaType, List<Situation>> situations = new EnumMap<>(DiplomaType.class);
        for (Situation situation : SITUATIONS) {
            for (int n = 0; n < situation.ruptures(); n++) {
                situations
                        .computeIfAbsent(situation.type(), type -> new ArrayList<>())
                        .add(situation);
            }
        }
        for (Diploma diploma : DIPLOMAS) {
            for (int n = 0; n < diploma.ruptures(); n++) {
                List<Object[]> pool = byType.computeIfAbsent(diploma.type(), type -> new ArrayList<>());
                Situation situation = situations.get(diploma.type()).get(pool.size());
                long programme = programmes.computeIfAbsent(
                        diploma.label() + "|" + situation.months(),
                        key -> referential.registerProgramme(new NewProgramme(
                                network,
                                null,
                                "RNCP" + (90000 + programmes.size()),
                                diploma.label(),
                                null,
                                diploma.type(),
                                diploma.level(),
                                diploma.sector(),
                                situation.months(),
                                null,
                                null)));
                pool.add(new Object[] {programme, situation.year()});
            }
        }
        List<Long> programmeIds = List.copyOf(programmes.values());
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
        Map<DiplomaType, Integer> taken = new EnumMap<>(DiplomaType.class);
        List<Object[]> enrolments = new ArrayList<>();
        List<Object[]> contracts = new ArrayList<>();
        List<Object[]> ruptures = new ArrayList<>();
        List<Object[]> amendments = new ArrayList<>();
        for (int s = 0; s < STRUCTURES.size(); s++) {
            Structure structure = STRUCTURES.get(s);
            List<Object[]> broken = new ArrayList<>();
            for (DiplomaType type : DiplomaType.values()) {
                int count = TYPES_BY_STRUCTURE.get(s).getOrDefault(type, 0);
                int from = taken.getOrDefault(type, 0);
                if (count > 0) {
                    broken.addAll(byType.get(type).subList(from, from + count));
                }
                taken.put(type, from + count);
            }
            if (broken.size() != structure.ruptures()) {
                throw new IllegalStateException(structure.name() + ": " + broken.size());
            }
            for (Object[] programme : broken) {
                LocalDate date = dates.get(rupture);
                enrolments.add(new Object[] {
                    apprentice, programme[0], network, cfas.get(s), sites.get(s), programme[1], diplomaPool.get(rupture)
                });
                LocalDate start = date.minusMonths(1 + rupture % 12);
                contracts.add(new Object[] {apprentice, "11", start, CONTRACT_END, date});
                ruptures.add(new Object[] {
                    apprentice,
                    start,
                    date,
                    validatedPool.get(rupture),
                    rupture < expressedPool.size() ? expressedPool.get(rupture) : null,
                    null
                });
                if (rupture % 5 == 0 && date.isAfter(start.plusDays(15))) {
                    // A change of maître before the rupture: the amendment must not count the rupture twice.
                    amendments.add(new Object[] {apprentice, start, start.plusDays(15)});
                }
                rupture++;
                apprentice++;
            }
            for (int n = 0; n < structure.active(); n++) {
                enrolments.add(new Object[] {
                    apprentice, programmeIds.get(n % programmeIds.size()), network, cfas.get(s), sites.get(s), 1, "01"
                });
                if (n % 10 == 0) {
                    // Two contracts: the first ended on its planned end, or was replaced by an amendment (an
                    // administrative closure, not a rupture nette); the second runs past the reference date.
                    boolean replaced = n % 20 == 0;
                    contracts.add(new Object[] {
                        apprentice,
                        "11",
                        SESSION_START,
                        replaced ? CONTRACT_END : SECOND_CONTRACT.minusDays(1),
                        replaced ? SECOND_CONTRACT : null
                    });
                    if (replaced) {
                        ruptures.add(new Object[] {
                            apprentice, SESSION_START, SECOND_CONTRACT, null, null, "REPLACED_BY_AMENDMENT"
                        });
                    }
                    contracts.add(new Object[] {apprentice, "21", SECOND_CONTRACT, CONTRACT_END, null});
                    amendments.add(new Object[] {apprentice, SECOND_CONTRACT, SECOND_CONTRACT.plusMonths(2)});
                } else {
                    contracts.add(new Object[] {apprentice, "11", SESSION_START, CONTRACT_END, null});
                }
                apprentice++;
            }
        }
        write(enrolments, contracts, ruptures, amendments);
        statuses.recomputeAll();
        return new Network(network, cfas.stream().distinct().toList(), sites);
    }

    private void write(
            List<Object[]> enrolments, List<Object[]> contracts, List<Object[]> ruptures, List<Object[]> amendments) {
        jdbc.batchUpdate("""
                insert into contract.enrolment (apprentice_id, programme_id, network_id, cfa_id, site_id,
                  school_year, programme_year, registration_date, training_start, training_end,
                  theoretical_duration_months, highest_diploma_held)
                values (?, ?, ?, ?, ?, 2021, ?, date '2021-06-01', date '2021-09-01', date '2023-06-30', 24, ?)""", enrolments);
        jdbc.batchUpdate(
                """
                insert into contract.apprenticeship_contract (enrolment_id, apprentice_id, employer_id, mentor1_id,
                  contract_type, contract_mode, conclusion_date, start_date, practical_training_start, end_date,
                  original_end_date, rupture_date)
                select e.id, e.apprentice_id, -1, -1, ?, '1', ?, ?, ?, ?, ?, ?
                  from contract.enrolment e where e.apprentice_id = ?""",
                contracts.stream()
                        .map(row -> new Object[] {row[1], row[2], row[2], row[2], row[3], row[3], row[4], row[0]})
                        .toList());
        jdbc.batchUpdate(
                """
                insert into contract.rupture (contract_id, apprentice_id, enrolment_id, school_year, rupture_date,
                  initiative, legal_mode, analysis_period, validated_motive_id, expressed_motive_id, closure_reason)
                select c.id, c.apprentice_id, c.enrolment_id, 2021, ?, 'APPRENTICE', 'MUTUAL_AGREEMENT',
                       case when ? < c.start_date + interval '2 months' then 'TRIAL'
                            when extract(month from ?::date) in (6, 7, 8) then 'POST_EXAM' else 'INTERMEDIATE' end,
                       (select id from contract.rupture_motive where kind = 'VALIDATED' and label = ? and cfa_id is null),
                       (select id from contract.rupture_motive where kind = 'EXPRESSED' and label = ? and cfa_id is null),
                       ?
                  from contract.apprenticeship_contract c where c.apprentice_id = ? and c.start_date = ?""",
                ruptures.stream()
                        .map(row -> new Object[] {row[2], row[2], row[2], row[3], row[4], row[5], row[0], row[1]})
                        .toList());
        jdbc.batchUpdate(
                """
                insert into contract.amendment (contract_id, apprentice_id, amendment_type, conclusion_date,
                  effective_date, previous_end_date, new_end_date, previous_mentor1_id, new_mentor1_id,
                  previous_weekly_hours, new_weekly_hours)
                select c.id, c.apprentice_id, '36', ?, ?, c.end_date, c.end_date, -1, -2, 35, 35
                  from contract.apprenticeship_contract c where c.apprentice_id = ? and c.start_date = ?""",
                amendments.stream()
                        .map(row -> new Object[] {row[2], row[2], row[0], row[1]})
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

    private static String uai(SplittableRandom random) {
        String digits = String.format("974%04d", random.nextInt(10_000));
        return digits + Identifiers.uaiCheckLetter(digits);
    }
}
