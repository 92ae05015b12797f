package org.trio.referential.internal;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.trio.platform.web.PageSlice;
import org.trio.platform.web.Paging;

/** The maîtres d'apprentissage, by name; search on name, e-mail and job; filter on trained or not. */
@Component
class MentorList {

    record Filter(@Nullable String q, @Nullable Boolean trained) {}

    record Row(
            long id,
            String lastName,
            String firstName,
            String jobTitle,
            String highestDiploma,
            Short highestDiplomaLevel,
            LocalDate trainingDate,
            long employerId,
            String employerName) {}

    private final ListQuery<Row> query;

    MentorList(JdbcClient jdbc) {
        this.query = new ListQuery<>(
                jdbc,
                "select m.id, m.last_name, m.first_name, m.job_title, m.highest_diploma, m.highest_diploma_level,"
                        + " m.training_date, m.employer_id, e.name as employer_name from referential.mentor m"
                        + " join referential.employer e on e.id = m.employer_id",
                "referential.search_key(m.last_name), referential.search_key(m.first_name), m.id",
                Row.class);
    }

    PageSlice<Row> page(Filter filter, Paging paging) {
        return query.page(conditions(filter), paging);
    }

    List<Row> all(Filter filter) {
        return query.all(conditions(filter));
    }

    private static SqlConditions conditions(Filter filter) {
        SqlConditions conditions = new SqlConditions().search("m.search_text", filter.q());
        if (Boolean.TRUE.equals(filter.trained())) {
            conditions.where("m.training_date is not null");
        } else if (Boolean.FALSE.equals(filter.trained())) {
            conditions.where("m.training_date is null");
        }
        return conditions;
    }
}
