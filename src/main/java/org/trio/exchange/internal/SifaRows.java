package org.trio.exchange.internal;

import static org.trio.exchange.internal.SifaColumn.*;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.trio.contract.EnrolmentInfo;
import org.trio.contract.TrainingRecords.ContractLine;
import org.trio.referential.ApprenticeInfo;
import org.trio.referential.CfaInfo;
import org.trio.referential.EmployerInfo;
import org.trio.referential.LegalRepresentativeInfo;
import org.trio.referential.ProgrammeInfo;
import org.trio.referential.SiteInfo;
import org.trio.referential.SiteKind;

/**
 * Builds the 47 values of an apprentice's line of the SIFA file from Trio's records, as a pure function, in the formats
 * of the instructions: names in capitals without accents (letters, spaces and hyphens), dates {@code JJMMAAAA}, phone
 * numbers as digits, sex {@code 1}/{@code 2}. Programmes are given by their diploma code (DIPLOME), the column RNCP left
 * empty, as the instructions recommend (one kind of code per file). A value never holds the separator {@code ;} nor a
 * line break (the file has no quotes). A value Trio does not have stays empty; the controls say which ones are missing.
 */
final class SifaRows {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("ddMMuuuu");

    /**
     * Everything one line needs.
     *
     * @param rqth the RQTH, or null when the user may not read health data (HANDI is then left empty)
     * @param contract the contract in force on the survey day, else the last one begun before it
     * @param repeating whether the apprentice follows the same year of the same programme again (AN_FORM …P)
     * @param previousYearUai the UAI of the CFA or site where the apprentice was enrolled last year, if in Trio
     * @param previousYearSituation SIT_N_1 derived from last year's enrolment in Trio, if any
     * @param importedEmails the legal representatives' e-mails of the last dashboard import, if any
     */
    record Source(
            ApprenticeInfo apprentice,
            EnrolmentInfo enrolment,
            ProgrammeInfo programme,
            CfaInfo cfa,
            @Nullable SiteInfo site,
            List<LegalRepresentativeInfo> representatives,
            @Nullable Boolean rqth,
            @Nullable ContractLine contract,
            @Nullable EmployerInfo employer,
            boolean repeating,
            @Nullable String previousYearUai,
            @Nullable String previousYearSituation,
            List<String> importedEmails) {}

    private SifaRows() {}

    /** The 47 values, in the order of the file. */
    static List<String> row(Source s) {
        String[] v = new String[SifaColumn.values().length];
        Arrays.fill(v, "");
        ApprenticeInfo a = s.apprentice();
        EnrolmentInfo e = s.enrolment();
        v[INE_RNIE.ordinal()] = text(a.ine()).toUpperCase(Locale.ROOT);
        v[NUMERO_UAI.ordinal()] = text(s.cfa().uai());
        v[TYPE_CFA.ordinal()] = text(s.cfa().cfaType());
        v[SIT_FORM.ordinal()] =
                s.site() == null ? text(s.cfa().uai()) : text(s.site().uai());
        boolean ufa = s.site() != null && s.site().kind() == SiteKind.UFA;
        v[UAI_EPLE.ordinal()] = ufa ? text(s.site().uai()) : "NC";
        v[NAT_STR_JUR.ordinal()] = ufa ? "UFA" : "NC";
        v[STATUT.ordinal()] = "APP";
        v[DIPLOME.ordinal()] = text(s.programme().cfd()).toUpperCase(Locale.ROOT);
        v[DUR_FORM_THEO.ordinal()] = Integer.toString(s.programme().theoreticalDurationMonths());
        v[DUR_FORM_REELLE.ordinal()] = Long.toString(months(e.trainingStart(), e.trainingEnd()));
        v[AN_FORM.ordinal()] = e.programmeYear() + (s.repeating() ? "P" : "A");
        v[NOM.ordinal()] = name(a.lastName());
        v[NOM2.ordinal()] = name(a.usageName());
        v[PRENOM1.ordinal()] = name(a.firstName());
        v[PRENOM2.ordinal()] = name(a.firstName2());
        v[PRENOM3.ordinal()] = name(a.firstName3());
        v[ADRESSE.ordinal()] = text(a.address());
        v[COD_POST.ordinal()] = text(a.postCode());
        v[COM_RESID.ordinal()] = text(a.communeInsee());
        v[TEL_JEUNE.ordinal()] = phone(a.phone());
        Optional<LegalRepresentativeInfo> first = representative(s, 1);
        Optional<LegalRepresentativeInfo> second = representative(s, 2);
        v[TEL_RESP1_PERSO.ordinal()] =
                phone(first.map(LegalRepresentativeInfo::phonePersonal).orElse(null));
        v[TEL_RESP1_PRO.ordinal()] =
                phone(first.map(LegalRepresentativeInfo::phoneWork).orElse(null));
        v[TEL_RESP2_PERSO.ordinal()] =
                phone(second.map(LegalRepresentativeInfo::phonePersonal).orElse(null));
        v[TEL_RESP2_PRO.ordinal()] =
                phone(second.map(LegalRepresentativeInfo::phoneWork).orElse(null));
        v[MAIL_JEUNE.ordinal()] = text(a.email());
        v[MAIL_RESP1.ordinal()] = text(first.map(LegalRepresentativeInfo::email)
                .orElse(s.importedEmails().isEmpty() ? null : s.importedEmails().get(0)));
        v[MAIL_RESP2.ordinal()] = text(second.map(LegalRepresentativeInfo::email)
                .orElse(
                        s.importedEmails().size() < 2
                                ? null
                                : s.importedEmails().get(1)));
        v[DATE_NAIS.ordinal()] = date(a.birthDate());
        v[LIEU_NAIS.ordinal()] = text(a.birthCommuneInsee());
        v[SEXE.ordinal()] = "M".equals(a.sex()) ? "1" : "F".equals(a.sex()) ? "2" : text(a.sex());
        v[REGIME_SCO.ordinal()] = text(e.schoolRegime()).toUpperCase(Locale.ROOT);
        v[PCS.ordinal()] = s.representatives().stream()
                .sorted(Comparator.comparingInt(LegalRepresentativeInfo::rank))
                .map(LegalRepresentativeInfo::pcs)
                .filter(pcs -> pcs != null && !pcs.isBlank())
                .findFirst()
                .orElse("");
        v[HANDI.ordinal()] = s.rqth() == null ? "" : s.rqth() ? "1" : "0";
        v[NATIO.ordinal()] = a.nationality() == null || a.nationality().isBlank() ? "9" : a.nationality();
        String sitN1 = e.previousSituation() == null || e.previousSituation().isBlank()
                ? text(s.previousYearSituation())
                : e.previousSituation().strip();
        v[SIT_N_1.ordinal()] = sitN1;
        v[SIT_AV_APP.ordinal()] = text(
                SifaCodes.situationBeforeApprenticeship(sitN1.isEmpty() ? null : sitN1, e.situationBeforeContract()));
        v[DIP_OBT.ordinal()] = text(e.highestDiplomaHeld());
        v[ETAB_N_1.ordinal()] = previousEstablishment(e.previousUai(), sitN1, s.previousYearUai());
        ContractLine contract = s.contract();
        EmployerInfo employer = s.employer();
        if (employer != null) {
            v[TYPE_EMP.ordinal()] = text(employer.employerType());
            v[COM_ETAB.ordinal()] = text(employer.communeInsee());
            v[NAF_ETAB.ordinal()] =
                    text(employer.naf()).replace(".", "").replace(" ", "").toUpperCase(Locale.ROOT);
            v[NBSAL_EMP.ordinal()] =
                    employer.headcount() == null ? "" : employer.headcount().toString();
            v[SIRET_EMP.ordinal()] = text(employer.siret());
        }
        v[DATE_ENTREE_CFA.ordinal()] = date(e.trainingStart());
        if (contract != null) {
            v[DATE_DEB_CONT.ordinal()] = date(contract.startDate());
            v[DATE_RUPT_CONT.ordinal()] = contract.ruptureDate() == null ? "" : date(contract.ruptureDate());
        }
        for (int i = 0; i < v.length; i++) {
            v[i] = clean(v[i]);
        }
        return List.of(v);
    }

    /** Which contract the line shows: the one in force on the day, else the last one begun before it. */
    static Optional<ContractLine> contractOn(List<ContractLine> contracts, LocalDate day) {
        Optional<ContractLine> inForce = contracts.stream()
                .filter(c -> !c.startDate().isAfter(day)
                        && !c.endDate().isBefore(day)
                        && (c.ruptureDate() == null || c.ruptureDate().isAfter(day)))
                .max(Comparator.comparing(ContractLine::startDate));
        if (inForce.isPresent()) {
            return inForce;
        }
        return contracts.stream()
                .filter(c -> !c.startDate().isAfter(day))
                .max(Comparator.comparing(ContractLine::startDate));
    }

    /** The number of whole months from the first day to the last, rounded to the nearest. */
    static long months(LocalDate start, LocalDate end) {
        long days = ChronoUnit.DAYS.between(start, end.plusDays(1));
        return Math.round(days / 30.4375);
    }

    private static String previousEstablishment(@Nullable String recorded, String sitN1, @Nullable String lastYear) {
        if (recorded != null && !recorded.isBlank()) {
            String value = recorded.strip().toUpperCase(Locale.ROOT);
            return value.length() == 2 && value.matches("\\d{2}") ? "0" + value : value;
        }
        if (SifaControls.NO_SCHOOL_LAST_YEAR.contains(sitN1)) {
            return SifaCodes.NOT_CONCERNED;
        }
        return text(lastYear);
    }

    private static Optional<LegalRepresentativeInfo> representative(Source s, int rank) {
        return s.representatives().stream().filter(r -> r.rank() == rank).findFirst();
    }

    /** Capitals without accents, letters, hyphens and single spaces only (apostrophes become spaces). */
    static String name(@Nullable String text) {
        if (text == null) {
            return "";
        }
        String unfolded = text.replace("œ", "oe")
                .replace("Œ", "OE")
                .replace("æ", "ae")
                .replace("Æ", "AE")
                .replace("ß", "ss");
        return Normalizer.normalize(unfolded, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toUpperCase(Locale.ROOT)
                .replaceAll("[^A-Z-]+", " ")
                .replaceAll(" *- *", "-")
                .strip();
    }

    /** Digits only; a French number given as +33 becomes 0 and nine digits. */
    static String phone(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        return TdbValues.phone(text).orElseGet(() -> text.replaceAll("\\D", ""));
    }

    static String date(@Nullable LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value.strip();
    }

    /** No separator nor line break inside a value: the file has neither quotes nor escapes. */
    private static String clean(String value) {
        return value.replace(';', ',').replaceAll("[\\r\\n\\t]+", " ").strip();
    }
}
