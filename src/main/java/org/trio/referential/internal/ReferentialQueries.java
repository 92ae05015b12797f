package org.trio.referential.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.trio.referential.ApprenticeInfo;
import org.trio.referential.CertifyingInstitutionInfo;
import org.trio.referential.CfaInfo;
import org.trio.referential.CohortInfo;
import org.trio.referential.EmployerInfo;
import org.trio.referential.HealthInfo;
import org.trio.referential.LegalRepresentativeInfo;
import org.trio.referential.MentorInfo;
import org.trio.referential.ProgrammeInfo;
import org.trio.referential.ReferenceDiploma;
import org.trio.referential.SiteInfo;
import org.trio.referential.StaffFunction;
import org.trio.referential.StaffInfo;
import org.trio.shared.SchoolYear;

/** The SQL reads behind the referential's facade. */
@Component
class ReferentialQueries {

    static final String CFA = "select id, network_id, name, uai, siret, cfa_type, post_code, city, commune_insee"
            + " from referential.cfa";
    static final String SITE = "select id, cfa_id, name, kind, host_institution, uai, siret, address, post_code, city,"
            + " commune_insee from referential.site";
    static final String EMPLOYER = "select id, siret, name, naf, idcc, headcount, employer_type, specific_employer,"
            + " address, post_code, city, commune_insee, contact_name, contact_email, contact_phone"
            + " from referential.employer";
    static final String APPRENTICE = "select id, network_id, cfa_id, site_id, last_name, usage_name, first_name,"
            + " first_name_2 as first_name2, first_name_3 as first_name3, birth_date, birth_post_code, birth_commune_insee, birth_place, sex, ine,"
            + " address, post_code, city, commune_insee, phone, email, nationality from referential.apprentice";
    static final String MENTOR = "select id, employer_id, last_name, first_name, birth_date, email, phone, job_title,"
            + " highest_diploma, highest_diploma_level, related_experience_years, training_followed, training_date"
            + " from referential.mentor";
    static final String STAFF = "select id, network_id, cfa_id, site_id, last_name, first_name, email, phone,"
            + " function, job_title from referential.staff_member";
    static final String PROGRAMME = "select id, network_id, cfd, rncp, label, short_label, diploma_type, level, sector,"
            + " theoretical_duration_months, certifying_institution_id, lead_staff_id, active"
            + " from referential.programme";
    static final String COHORT = "select id, programme_id, site_id, school_year, programme_year, label, start_date,"
            + " end_date from referential.cohort";

    static final String CERTIFIER = "select id, name, uai, siret, kind from referential.certifying_institution";

    private static final int CHUNK = 10_000;
    private final JdbcClient jdbc;

    ReferentialQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Long> networkIds() {
        return jdbc.sql("select id from referential.network order by id")
                .query(Long.class)
                .list();
    }

    Optional<String> networkName(long id) {
        return jdbc.sql("select name from referential.network where id = ?")
                .param(id)
                .query(String.class)
                .optional();
    }

    Optional<CfaInfo> cfa(long id) {
        return jdbc.sql(CFA + " where id = ?").param(id).query(CfaInfo.class).optional();
    }

    Optional<CfaInfo> cfaByUai(String uai) {
        return jdbc.sql(CFA + " where uai = ?").param(uai).query(CfaInfo.class).optional();
    }

    List<CfaInfo> cfasOfNetwork(long networkId) {
        return jdbc.sql(CFA + " where network_id = ? order by name")
                .param(networkId)
                .query(CfaInfo.class)
                .list();
    }

    Optional<SiteInfo> site(long id) {
        return jdbc.sql(SITE + " where id = ?").param(id).query(SiteInfo.class).optional();
    }

    Optional<SiteInfo> siteByUai(String uai) {
        return jdbc.sql(SITE + " where uai = ? order by id limit 1")
                .param(uai)
                .query(SiteInfo.class)
                .optional();
    }

    List<SiteInfo> sitesOfCfa(long cfaId) {
        return jdbc.sql(SITE + " where cfa_id = ? order by kind, name")
                .param(cfaId)
                .query(SiteInfo.class)
                .list();
    }

    Optional<EmployerInfo> employer(long id) {
        return jdbc.sql(EMPLOYER + " where id = ?")
                .param(id)
                .query(EmployerInfo.class)
                .optional();
    }

    Optional<EmployerInfo> employerBySiret(String siret) {
        return jdbc.sql(EMPLOYER + " where siret = ?")
                .param(siret)
                .query(EmployerInfo.class)
                .optional();
    }

    Map<Long, EmployerInfo> employers(Collection<Long> ids) {
        return byId(ids, EMPLOYER, EmployerInfo.class, EmployerInfo::id);
    }

    Optional<ApprenticeInfo> apprentice(long id) {
        return jdbc.sql(APPRENTICE + " where id = ?")
                .param(id)
                .query(ApprenticeInfo.class)
                .optional();
    }

    Map<Long, ApprenticeInfo> apprentices(Collection<Long> ids) {
        return byId(ids, APPRENTICE, ApprenticeInfo.class, ApprenticeInfo::id);
    }

    List<ApprenticeInfo> apprenticesOfNetwork(long networkId) {
        return jdbc.sql(APPRENTICE + " where network_id = ? order by id")
                .param(networkId)
                .query(ApprenticeInfo.class)
                .list();
    }

    List<ApprenticeInfo> apprenticesNamed(String lastName, String firstName, LocalDate birthDate) {
        return jdbc.sql(APPRENTICE + " where lower(last_name) = lower(:last) and lower(first_name) = lower(:first)"
                        + " and birth_date = :birth order by id")
                .param("last", lastName.strip())
                .param("first", firstName.strip())
                .param("birth", birthDate)
                .query(ApprenticeInfo.class)
                .list();
    }

    List<LegalRepresentativeInfo> legalRepresentatives(long apprenticeId) {
        return jdbc.sql(
                        "select id, apprentice_id, rank, last_name, first_name, relationship, email, phone_personal,"
                                + " phone_work, pcs from referential.legal_representative where apprentice_id = ? order by rank")
                .param(apprenticeId)
                .query(LegalRepresentativeInfo.class)
                .list();
    }

    Optional<HealthInfo> health(long apprenticeId) {
        return jdbc.sql("select apprentice_id, rqth, rqth_date, adjustments from referential.apprentice_health"
                        + " where apprentice_id = ?")
                .param(apprenticeId)
                .query(HealthInfo.class)
                .optional();
    }

    Optional<MentorInfo> mentor(long id) {
        return jdbc.sql(MENTOR + " where id = ?")
                .param(id)
                .query(MentorInfo.class)
                .optional();
    }

    Map<Long, MentorInfo> mentors(Collection<Long> ids) {
        return byId(ids, MENTOR, MentorInfo.class, MentorInfo::id);
    }

    List<MentorInfo> mentorsOfEmployer(long employerId) {
        return jdbc.sql(MENTOR + " where employer_id = ? order by last_name, first_name")
                .param(employerId)
                .query(MentorInfo.class)
                .list();
    }

    Optional<StaffInfo> staffMember(long id) {
        return jdbc.sql(STAFF + " where id = ?")
                .param(id)
                .query(StaffInfo.class)
                .optional();
    }

    List<StaffInfo> staffOfCfa(long cfaId, StaffFunction function) {
        return jdbc.sql(STAFF + " where cfa_id = ? and function = ? order by last_name, first_name")
                .param(cfaId)
                .param(function.name())
                .query(StaffInfo.class)
                .list();
    }

    Optional<ProgrammeInfo> programme(long id) {
        return jdbc.sql(PROGRAMME + " where id = ?")
                .param(id)
                .query(ProgrammeInfo.class)
                .optional();
    }

    Map<Long, ProgrammeInfo> programmes(Collection<Long> ids) {
        return byId(ids, PROGRAMME, ProgrammeInfo.class, ProgrammeInfo::id);
    }

    List<ProgrammeInfo> programmesOfNetwork(long networkId) {
        return jdbc.sql(PROGRAMME + " where network_id = ? order by level, label")
                .param(networkId)
                .query(ProgrammeInfo.class)
                .list();
    }

    List<Long> programmesLedBy(long staffId) {
        return jdbc.sql("select id from referential.programme where lead_staff_id = ?")
                .param(staffId)
                .query(Long.class)
                .list();
    }

    Optional<ProgrammeInfo> programmeByCode(long networkId, String code) {
        return jdbc.sql(PROGRAMME
                        + " where network_id = :network and (cfd = :code or rncp = :code) order by id limit 1")
                .param("network", networkId)
                .param("code", code)
                .query(ProgrammeInfo.class)
                .optional();
    }

    Optional<CohortInfo> cohort(long id) {
        return jdbc.sql(COHORT + " where id = ?")
                .param(id)
                .query(this::cohortRow)
                .optional();
    }

    List<CohortInfo> cohortsOfSite(long siteId, int schoolYear) {
        return jdbc.sql(COHORT + " where site_id = ? and school_year = ? order by label")
                .param(siteId)
                .param(schoolYear)
                .query(this::cohortRow)
                .list();
    }

    Optional<ReferenceDiploma> referenceDiploma(String code) {
        return jdbc.sql("select cfd, label, rncp, level, abbreviation, apprenticeship_open, active"
                        + " from referential.reference_diploma where cfd = :code or rncp = :code"
                        + " order by active desc, cfd limit 1")
                .param("code", code)
                .query(ReferenceDiploma.class)
                .optional();
    }

    Optional<CertifyingInstitutionInfo> certifyingInstitution(long id) {
        return jdbc.sql(CERTIFIER + " where id = ?")
                .param(id)
                .query(CertifyingInstitutionInfo.class)
                .optional();
    }

    List<CertifyingInstitutionInfo> certifyingInstitutions() {
        return jdbc.sql(CERTIFIER + " order by name")
                .query(CertifyingInstitutionInfo.class)
                .list();
    }

    Optional<String> sectorOfCfd(String cfd) {
        if (cfd == null || cfd.length() < 6) {
            return Optional.empty();
        }
        return jdbc.sql("select sector from referential.sector_rule where nsf_group = ?")
                .param(cfd.substring(3, 6))
                .query(String.class)
                .optional();
    }

    private CohortInfo cohortRow(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new CohortInfo(
                rs.getLong("id"),
                rs.getLong("programme_id"),
                rs.getLong("site_id"),
                new SchoolYear(rs.getInt("school_year")),
                rs.getInt("programme_year"),
                rs.getString("label"),
                rs.getObject("start_date", LocalDate.class),
                rs.getObject("end_date", LocalDate.class));
    }

    private <T> Map<Long, T> byId(Collection<Long> ids, String select, Class<T> type, Function<T, Long> id) {
        Map<Long, T> found = new java.util.HashMap<>();
        List<Long> all = List.copyOf(new java.util.HashSet<>(ids));
        for (int from = 0; from < all.size(); from += CHUNK) {
            jdbc
                    .sql(select + " where id in (:ids)")
                    .param("ids", all.subList(from, Math.min(all.size(), from + CHUNK)))
                    .query(type)
                    .stream()
                    .forEach(row -> found.put(id.apply(row), row));
        }
        return found;
    }
}
