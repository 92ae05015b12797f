package org.trio.referential.internal;

import java.util.Optional;
import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.trio.referential.NewApprentice;
import org.trio.referential.NewCertifyingInstitution;
import org.trio.referential.NewCfa;
import org.trio.referential.NewCohort;
import org.trio.referential.NewEmployer;
import org.trio.referential.NewLegalRepresentative;
import org.trio.referential.NewMentor;
import org.trio.referential.NewProgramme;
import org.trio.referential.NewSite;
import org.trio.referential.NewStaffMember;

/** The edit forms of the referential, filled from the records as they are now, with their versions. */
@Component
class EditForms {

    private final JdbcClient jdbc;

    EditForms(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Versioned<String>> networkName(long id) {
        return jdbc.sql("select name, version from referential.network where id = ?")
                .param(id)
                .query((rs, row) -> new Versioned<>(rs.getString("name"), rs.getLong("version")))
                .optional();
    }

    Optional<Versioned<NewCfa>> cfa(long id) {
        return load(
                "select network_id, name, uai, siret, cfa_type, address, post_code, city, commune_insee, version"
                        + " from referential.cfa where id = ?",
                id,
                NewCfa.class);
    }

    Optional<Versioned<NewSite>> site(long id) {
        return load(
                "select cfa_id, name, kind, host_institution, uai, siret, address, post_code, city, commune_insee,"
                        + " version from referential.site where id = ?",
                id,
                NewSite.class);
    }

    Optional<Versioned<NewCertifyingInstitution>> certifyingInstitution(long id) {
        return load(
                "select name, uai, siret, kind, version from referential.certifying_institution where id = ?",
                id,
                NewCertifyingInstitution.class);
    }

    Optional<Versioned<NewEmployer>> employer(long id) {
        return load(
                "select siret, name, naf, idcc, headcount, employer_type, specific_employer, address, post_code, city,"
                        + " commune_insee, contact_name, contact_email, contact_phone, version"
                        + " from referential.employer where id = ?",
                id,
                NewEmployer.class);
    }

    Optional<Versioned<NewMentor>> mentor(long id) {
        return load(
                "select employer_id, last_name, first_name, birth_date, email, phone, job_title, highest_diploma,"
                        + " highest_diploma_level, related_experience_years, training_followed, training_date, version"
                        + " from referential.mentor where id = ?",
                id,
                NewMentor.class);
    }

    Optional<Versioned<NewStaffMember>> staffMember(long id) {
        return load(
                "select network_id, cfa_id, site_id, last_name, first_name, email, phone, function, job_title, version"
                        + " from referential.staff_member where id = ?",
                id,
                NewStaffMember.class);
    }

    Optional<Versioned<NewProgramme>> programme(long id) {
        return load(
                "select network_id, cfd, rncp, label, short_label, diploma_type, level, sector,"
                        + " theoretical_duration_months, certifying_institution_id, lead_staff_id, version"
                        + " from referential.programme where id = ?",
                id,
                NewProgramme.class);
    }

    Optional<Versioned<NewCohort>> cohort(long id) {
        return load(
                "select programme_id, site_id, school_year, programme_year, label, start_date, end_date, version"
                        + " from referential.cohort where id = ?",
                id,
                NewCohort.class);
    }

    Optional<Versioned<NewApprentice>> apprentice(long id) {
        return load(
                "select cfa_id, site_id, last_name, usage_name, first_name, first_name_2 as first_name2,"
                        + " first_name_3 as first_name3, birth_date, birth_post_code, birth_commune_insee, birth_place,"
                        + " sex, ine, address, post_code, city, commune_insee, phone, email, nationality, version"
                        + " from referential.apprentice where id = ?",
                id,
                NewApprentice.class);
    }

    Optional<Versioned<NewLegalRepresentative>> legalRepresentative(long id) {
        return load(
                "select apprentice_id, rank, last_name, first_name, relationship, email, phone_personal, phone_work,"
                        + " pcs, version from referential.legal_representative where id = ?",
                id,
                NewLegalRepresentative.class);
    }

    /** The version of an apprentice's health record, or {@link ApprenticeHealth#NO_RECORD} when there is none. */
    long healthVersion(long apprenticeId) {
        return jdbc.sql("select version from referential.apprentice_health where apprentice_id = ?")
                .param(apprenticeId)
                .query(Long.class)
                .optional()
                .orElse(ApprenticeHealth.NO_RECORD);
    }

    private <T> Optional<Versioned<T>> load(String sql, long id, Class<T> type) {
        DataClassRowMapper<T> mapper = new DataClassRowMapper<>(type);
        return jdbc.sql(sql)
                .param(id)
                .query((rs, row) -> new Versioned<>(mapper.mapRow(rs, row), rs.getLong("version")))
                .optional();
    }
}
