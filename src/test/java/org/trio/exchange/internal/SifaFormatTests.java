package org.trio.exchange.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.trio.contract.EnrolmentInfo;
import org.trio.contract.TrainingRecords.ContractLine;
import org.trio.referential.ApprenticeInfo;
import org.trio.referential.CfaInfo;
import org.trio.referential.DiplomaType;
import org.trio.referential.EmployerInfo;
import org.trio.referential.LegalRepresentativeInfo;
import org.trio.referential.ProgrammeInfo;
import org.trio.referential.SiteInfo;
import org.trio.referential.SiteKind;

/** The SIFA line and its controls against the instructions of the survey of 31 December 2024. */
class SifaFormatTests {

    static final LocalDate SURVEY = LocalDate.of(2025, 12, 31);

    @Test
    void transcribesTheInstructionsTablesAsTheirTextWritesThem() throws IOException {
        Optional<SifaInstructions> read = SifaInstructions.read();
        assertThat(read).as("instructions' text at " + SifaInstructions.TEXT).isPresent();

        SifaInstructions written = SifaInstructions.written();
        assertThat(read.get().variables()).containsExactlyElementsOf(written.variables());
        written.codes()
                .forEach((variable, codes) -> assertThat(read.get().codes().get(variable))
                        .as(variable)
                        .containsExactlyInAnyOrderElementsOf(codes));
    }

    @Test
    void hasTheFortySevenVariablesOfTheInstructionsInOrderWithTheirLengths() {
        SifaInstructions instructions = SifaInstructions.written();

        assertThat(SifaColumn.values()).hasSize(47);
        assertThat(Arrays.stream(SifaColumn.values())
                        .map(c -> new SifaInstructions.Variable(c.name(), c.required(), c.length()))
                        .toList())
                .containsExactlyElementsOf(instructions.variables());
        assertThat(Arrays.stream(SifaColumn.values()).filter(SifaColumn::required))
                .as("the eighteen required variables")
                .hasSize(18);
    }

    @Test
    void checksCodesAgainstTheListsOfTheInstructions() {
        SifaInstructions instructions = SifaInstructions.written();

        assertThat(SifaCodes.TYPE_CFA).isEqualTo(instructions.codes().get("TYPE_CFA"));
        assertThat(SifaCodes.NAT_STR_JUR).isEqualTo(instructions.codes().get("NAT_STR_JUR"));
        assertThat(SifaCodes.STATUT).isEqualTo(instructions.codes().get("STATUT"));
        assertThat(SifaCodes.AN_FORM).isEqualTo(instructions.codes().get("AN_FORM"));
        assertThat(SifaCodes.SEXE).isEqualTo(instructions.codes().get("SEXE"));
        assertThat(SifaCodes.REGIME_SCO).isEqualTo(instructions.codes().get("REGIME_SCO"));
        assertThat(SifaCodes.PCS).isEqualTo(instructions.codes().get("PCS"));
        assertThat(SifaCodes.HANDI).isEqualTo(instructions.codes().get("HANDI"));
        assertThat(SifaCodes.NATIO).isEqualTo(instructions.codes().get("NATIO"));
        assertThat(SifaCodes.SIT_AV_APP).isEqualTo(instructions.codes().get("SIT_AV_APP"));
        assertThat(SifaCodes.DIP_OBT).isEqualTo(instructions.codes().get("DIP_OBT"));
        assertThat(SifaCodes.SIT_N_1).isEqualTo(instructions.codes().get("SIT_N_1"));
        assertThat(SifaCodes.TYPE_EMP).isEqualTo(instructions.codes().get("TYPE_EMP"));
    }

    // ------------------------------------------------------------------------------------------------------ line

    static ApprenticeInfo apprentice(String lastName, String firstName, LocalDate birth) {
        return new ApprenticeInfo(
                1,
                1,
                1,
                null,
                lastName,
                null,
                firstName,
                "Marie-Ève",
                null,
                birth,
                "91220",
                "91223",
                "Brétigny",
                "F",
                "123456789AB",
                "12 rue de la Paix; bât. B",
                "91220",
                "Brétigny-sur-Orge",
                "91103",
                "+33 6 12 34 56 78",
                "lea@example.org",
                "1");
    }

    static EnrolmentInfo enrolment(int programmeYear, String previousSituation, String previousUai) {
        return new EnrolmentInfo(
                7,
                1,
                3,
                null,
                1,
                1,
                2L,
                2025,
                programmeYear,
                LocalDate.of(2025, 8, 20),
                LocalDate.of(2025, 9, 1),
                LocalDate.of(2027, 6, 30),
                24,
                false,
                null,
                previousSituation,
                previousUai,
                "1",
                "03",
                "D",
                null,
                null,
                null,
                null);
    }

    static ProgrammeInfo programme(DiplomaType type, int months) {
        return new ProgrammeInfo(
                3,
                1,
                "50022145",
                "RNCP12345",
                "CAP Cuisine",
                "CAP CUISINE",
                type,
                3,
                "HOTEL",
                months,
                null,
                null,
                true);
    }

    static final CfaInfo CFA =
            new CfaInfo(1, 1, "CFA du BTP", "0911234X", "73282932000074", "09", "91220", "Brétigny-sur-Orge", "91103");
    static final SiteInfo UFA = new SiteInfo(
            2,
            1,
            "UFA du lycée Pierre Mendès France",
            SiteKind.UFA,
            "Lycée",
            "0910975R",
            null,
            null,
            "91000",
            "Évry",
            "91228");
    static final EmployerInfo EMPLOYER = new EmployerInfo(
            9,
            "73282932000074",
            "Boulangerie Martin",
            "10.71C",
            "0843",
            4,
            "11",
            null,
            "1 place du Marché",
            "91220",
            "Brétigny-sur-Orge",
            "91103",
            null,
            null,
            null);
    static final List<LegalRepresentativeInfo> PARENTS = List.of(
            new LegalRepresentativeInfo(
                    1, 1, 2, "Durand", "Paul", "père", "paul@example.org", "06 11 22 33 44", null, "61"),
            new LegalRepresentativeInfo(
                    2, 1, 1, "Durand", "Anne", "mère", "anne@example.org", "0611223355", "01.23.45.67.89", "54"));

    static SifaRows.Source source(ApprenticeInfo apprentice, EnrolmentInfo enrolment, ProgrammeInfo programme) {
        return new SifaRows.Source(
                apprentice,
                enrolment,
                programme,
                CFA,
                UFA,
                PARENTS,
                true,
                new ContractLine(5, 9, LocalDate.of(2025, 9, 8), LocalDate.of(2027, 8, 31), null, null),
                EMPLOYER,
                false,
                null,
                null,
                List.of());
    }

    private static String value(List<String> row, SifaColumn column) {
        return row.get(column.ordinal());
    }

    @Test
    void writesALineInTheFormatsOfTheInstructions() {
        List<String> row = SifaRows.row(source(
                apprentice("N'Diaye-Lefèvre", "Léa Chloé", LocalDate.of(2008, 2, 29)),
                enrolment(1, "1021", "0911255V"),
                programme(DiplomaType.CAP, 24)));

        assertThat(row).hasSize(47);
        assertThat(value(row, SifaColumn.NUMERO_UAI)).isEqualTo("0911234X");
        assertThat(value(row, SifaColumn.SIT_FORM)).isEqualTo("0910975R");
        assertThat(value(row, SifaColumn.UAI_EPLE)).isEqualTo("0910975R");
        assertThat(value(row, SifaColumn.NAT_STR_JUR)).isEqualTo("UFA");
        assertThat(value(row, SifaColumn.STATUT)).isEqualTo("APP");
        assertThat(value(row, SifaColumn.DIPLOME)).isEqualTo("50022145");
        assertThat(value(row, SifaColumn.RNCP)).as("one kind of code per file").isEmpty();
        assertThat(value(row, SifaColumn.DUR_FORM_THEO)).isEqualTo("24");
        assertThat(value(row, SifaColumn.DUR_FORM_REELLE)).isEqualTo("22");
        assertThat(value(row, SifaColumn.AN_FORM)).isEqualTo("1A");
        assertThat(value(row, SifaColumn.NOM)).isEqualTo("N DIAYE-LEFEVRE");
        assertThat(value(row, SifaColumn.PRENOM1)).isEqualTo("LEA CHLOE");
        assertThat(value(row, SifaColumn.PRENOM2)).isEqualTo("MARIE-EVE");
        assertThat(value(row, SifaColumn.ADRESSE)).isEqualTo("12 rue de la Paix, bât. B");
        assertThat(value(row, SifaColumn.TEL_JEUNE)).isEqualTo("0612345678");
        assertThat(value(row, SifaColumn.TEL_RESP1_PERSO)).as("rank 1 first").isEqualTo("0611223355");
        assertThat(value(row, SifaColumn.TEL_RESP1_PRO)).isEqualTo("0123456789");
        assertThat(value(row, SifaColumn.TEL_RESP2_PERSO)).isEqualTo("0611223344");
        assertThat(value(row, SifaColumn.MAIL_RESP1)).isEqualTo("anne@example.org");
        assertThat(value(row, SifaColumn.DATE_NAIS)).isEqualTo("29022008");
        assertThat(value(row, SifaColumn.LIEU_NAIS)).isEqualTo("91223");
        assertThat(value(row, SifaColumn.SEXE)).isEqualTo("2");
        assertThat(value(row, SifaColumn.PCS)).isEqualTo("54");
        assertThat(value(row, SifaColumn.HANDI)).isEqualTo("1");
        assertThat(value(row, SifaColumn.SIT_AV_APP)).as("from 3ème générale").isEqualTo("11");
        assertThat(value(row, SifaColumn.DIP_OBT)).isEqualTo("03");
        assertThat(value(row, SifaColumn.SIT_N_1)).isEqualTo("1021");
        assertThat(value(row, SifaColumn.ETAB_N_1)).isEqualTo("0911255V");
        assertThat(value(row, SifaColumn.TYPE_EMP)).isEqualTo("11");
        assertThat(value(row, SifaColumn.DATE_ENTREE_CFA)).isEqualTo("01092025");
        assertThat(value(row, SifaColumn.DATE_DEB_CONT)).isEqualTo("08092025");
        assertThat(value(row, SifaColumn.DATE_RUPT_CONT)).isEmpty();
        assertThat(value(row, SifaColumn.NAF_ETAB)).isEqualTo("1071C");
        assertThat(value(row, SifaColumn.NBSAL_EMP)).isEqualTo("4");
        assertThat(value(row, SifaColumn.SIRET_EMP)).isEqualTo("73282932000074");
        assertThat(row).allSatisfy(v -> assertThat(v).doesNotContain(";").doesNotContain("\n"));
        assertThat(SifaControls.check(row, SURVEY, DiplomaType.CAP)).isEmpty();
    }

    @Test
    void derivesLastYearsSituationAndEstablishmentFromLastYearsEnrolmentWhenTheyAreNotRecorded() {
        SifaRows.Source second = new SifaRows.Source(
                apprentice("Martin", "Léo", LocalDate.of(2007, 5, 5)),
                enrolment(2, null, null),
                programme(DiplomaType.CAP, 24),
                CFA,
                null,
                List.of(),
                null,
                null,
                null,
                false,
                "0911234X",
                SifaCodes.apprenticeSituation(DiplomaType.CAP, 3, 1, false),
                List.of("parent@example.org"));

        List<String> row = SifaRows.row(second);

        assertThat(value(row, SifaColumn.SIT_N_1)).isEqualTo("3101");
        assertThat(value(row, SifaColumn.ETAB_N_1)).isEqualTo("0911234X");
        assertThat(value(row, SifaColumn.SIT_FORM)).isEqualTo("0911234X");
        assertThat(value(row, SifaColumn.UAI_EPLE)).isEqualTo("NC");
        assertThat(value(row, SifaColumn.NAT_STR_JUR)).isEqualTo("NC");
        assertThat(value(row, SifaColumn.HANDI)).as("not readable").isEmpty();
        assertThat(value(row, SifaColumn.MAIL_RESP1)).isEqualTo("parent@example.org");
        assertThat(value(row, SifaColumn.SIT_AV_APP))
                .as("already an apprentice last year, CERFA says school without a level")
                .isEmpty();
        assertThat(SifaCodes.apprenticeSituation(DiplomaType.BAC_PRO, 4, 2, false))
                .isEqualTo("3132");
        assertThat(SifaCodes.apprenticeSituation(DiplomaType.BTS, 5, 2, true)).isEqualTo("4103");
        assertThat(SifaCodes.apprenticeSituation(DiplomaType.OTHER, 6, 1, true)).isEqualTo("4119");
    }

    @Test
    void derivesTheSituationBeforeApprenticeshipFromLastYearOrTheCerfa() {
        assertThat(SifaCodes.situationBeforeApprenticeship("1009", null)).isEqualTo("12");
        assertThat(SifaCodes.situationBeforeApprenticeship("2005", "1")).isEqualTo("21");
        assertThat(SifaCodes.situationBeforeApprenticeship("3033", null)).isEqualTo("31");
        assertThat(SifaCodes.situationBeforeApprenticeship("4003", null)).isEqualTo("41");
        assertThat(SifaCodes.situationBeforeApprenticeship("5907", null)).isEqualTo("54");
        assertThat(SifaCodes.situationBeforeApprenticeship("3131", "11")).isEqualTo("54");
        assertThat(SifaCodes.situationBeforeApprenticeship("3131", "4")).isNull();
        assertThat(SifaCodes.situationBeforeApprenticeship(null, "10")).isEqualTo("53");
    }

    // -------------------------------------------------------------------------------------------------- controls

    private static List<String> valid() {
        return SifaRows.row(source(
                apprentice("Durand", "Léa", LocalDate.of(2008, 2, 29)),
                enrolment(1, "1021", "0911255V"),
                programme(DiplomaType.CAP, 24)));
    }

    private static List<String> with(List<String> row, SifaColumn column, String value) {
        String[] values = row.toArray(String[]::new);
        values[column.ordinal()] = value;
        return List.of(values);
    }

    private static List<String> controls(List<String> row) {
        return SifaControls.check(row, SURVEY, DiplomaType.CAP).stream()
                .map(p -> p.control() + " " + p.column() + (p.blocking() ? " bloquant" : " à vérifier"))
                .toList();
    }

    @Test
    void blocksMissingRequiredVariablesAndNamesWhatToFill() {
        List<String> row = with(with(valid(), SifaColumn.LIEU_NAIS, ""), SifaColumn.SIT_N_1, "");

        List<SifaControls.Problem> problems = SifaControls.check(row, SURVEY, DiplomaType.CAP);

        assertThat(problems)
                .extracting(SifaControls.Problem::control, SifaControls.Problem::message, SifaControls.Problem::where)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "IN29",
                                "variable obligatoire non renseignée : le code commune INSEE du lieu de naissance",
                                "identité de l'apprenti"),
                        org.assertj.core.groups.Tuple.tuple(
                                "IN37",
                                "variable obligatoire non renseignée : la situation de l'an dernier (code SIFA à 4"
                                        + " chiffres)",
                                "inscription de l'apprenti"));
        assertThat(problems).allSatisfy(p -> assertThat(p.blocking()).isTrue());
    }

    @Test
    void blocksLengthsCodesAndFormatsOutsideTheInstructions() {
        assertThat(controls(with(valid(), SifaColumn.ADRESSE, "x".repeat(201))))
                .containsExactly("IN17 ADRESSE bloquant");
        assertThat(controls(with(valid(), SifaColumn.AN_FORM, "7A"))).containsExactly("IN11 AN_FORM bloquant");
        assertThat(controls(with(valid(), SifaColumn.PCS, "11"))).containsExactly("IN32 PCS bloquant");
        assertThat(controls(with(valid(), SifaColumn.NOM, "DURAND2"))).containsExactly("IN12 NOM bloquant");
        assertThat(controls(with(valid(), SifaColumn.DATE_NAIS, "31022008"))).contains("IN28 DATE_NAIS bloquant");
        assertThat(controls(with(valid(), SifaColumn.NUMERO_UAI, "0911234A")))
                .containsExactly("IN02 NUMERO_UAI bloquant");
        assertThat(controls(with(valid(), SifaColumn.ETAB_N_1, "091"))).isEmpty();
        assertThat(controls(with(valid(), SifaColumn.ETAB_N_1, "096"))).containsExactly("IN38 ETAB_N_1 bloquant");
        assertThat(controls(with(valid(), SifaColumn.MAIL_JEUNE, "lea<at>example")))
                .containsExactly("IN25 MAIL_JEUNE bloquant");
        assertThat(controls(with(valid(), SifaColumn.SIRET_EMP, "73282932000075")))
                .containsExactly("IN59 SIRET_EMP bloquant");
        assertThat(controls(with(valid(), SifaColumn.DATE_ENTREE_CFA, "02012026")))
                .containsExactly("IN40 DATE_ENTREE_CFA bloquant");
    }

    @Test
    void flagsTheConsistencyControlsToCheck() {
        assertThat(controls(with(valid(), SifaColumn.AN_FORM, "3A")))
                .as("a 24-month training has no third year")
                .containsExactly("IN47 AN_FORM à vérifier");
        assertThat(controls(with(valid(), SifaColumn.AN_FORM, "1P")))
                .as("only the last year is prolonged")
                .containsExactly("IN47 AN_FORM à vérifier");
        assertThat(controls(with(valid(), SifaColumn.DUR_FORM_REELLE, "60")))
                .containsExactly("IN55 DUR_FORM_REELLE à vérifier");
        assertThat(controls(with(valid(), SifaColumn.DUR_FORM_THEO, "36")))
                .containsExactly("IN57 DUR_FORM_THEO à vérifier");
        assertThat(controls(with(valid(), SifaColumn.SIT_N_1, "4013")))
                .as("17 years old in a master last year")
                .containsExactly("IN50 SIT_N_1 à vérifier");
        assertThat(controls(with(valid(), SifaColumn.SIT_AV_APP, "41")))
                .as("higher education before apprenticeship, then a 3ème last year")
                .containsExactly("IN52 SIT_AV_APP à vérifier", "IN54 SIT_AV_APP à vérifier");
        assertThat(controls(with(valid(), SifaColumn.DIP_OBT, "08")))
                .as("a bac pro after a 3ème")
                .containsExactly("IN53 DIP_OBT à vérifier");
        assertThat(controls(with(valid(), SifaColumn.ETAB_N_1, "995"))).containsExactly("IN56 ETAB_N_1 à vérifier");
        assertThat(controls(with(with(valid(), SifaColumn.SIT_N_1, "5903"), SifaColumn.SIT_AV_APP, "53")))
                .containsExactly("IN56 ETAB_N_1 à vérifier");
        assertThat(controls(with(valid(), SifaColumn.DATE_NAIS, "01011960")))
                .containsExactly("EN03 DATE_NAIS à vérifier");
        assertThat(controls(with(valid(), SifaColumn.DATE_NAIS, "01012013")))
                .containsExactly("IN49 DATE_NAIS à vérifier");
        assertThat(controls(with(valid(), SifaColumn.NAT_STR_JUR, "NC")))
                .containsExactly("IN46 NAT_STR_JUR à vérifier");
    }
}
