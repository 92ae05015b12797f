package org.trio.referential.internal;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.trio.access.ApprenticeScope;
import org.trio.platform.web.PageSlice;
import org.trio.platform.web.Paging;
import org.trio.shared.IdentifierKind;

/**
 * The apprentices of the user's scope, in alphabetical order; search by name, INE or e-mail (case and accents ignored),
 * filters on CFA, site, minor/adult and sex.
 *
 * <p>Built to stay fast on a million records: the search uses the trigram index of the stored normalised text
 * ({@code search_text}), a search made only of one- or two-letter words uses the b-tree of the normalised last name as
 * a prefix, an INE uses its unique index, and the order is the b-tree on the normalised names; pages never count the
 * rows.
 */
@Component
class ApprenticeList {

    /** Trigram indexes need words of three characters at least. */
    private static final int TRIGRAM = 3;

    /** @param age {@code minor} or {@code adult} on the reference day, or null */
    record Filter(
            @Nullable String q,
            @Nullable Long cfaId,
            @Nullable Long siteId,
            @Nullable String age,
            @Nullable String sex) {}

    record Row(
            long id,
            String lastName,
            String usageName,
            String firstName,
            LocalDate birthDate,
            String sex,
            String ine,
            String email,
            long cfaId,
            String cfaName,
            Long siteId,
            String siteName) {

        public boolean isMinorOn(LocalDate day) {
            return birthDate.plusYears(18).isAfter(day);
        }
    }

    private final ListQuery<Row> query;

    ApprenticeList(JdbcClient jdbc) {
        this.query = new ListQuery<>(
                jdbc,
                "select a.id, a.last_name, a.usage_name, a.first_name, a.birth_date, a.sex, a.ine, a.email, a.cfa_id,"
                        + " c.name as cfa_name, a.site_id, s.name as site_name from referential.apprentice a"
                        + " join referential.cfa c on c.id = a.cfa_id"
                        + " left join referential.site s on s.id = a.site_id",
                "a.search_last, a.search_first, a.id",
                Row.class);
    }

    PageSlice<Row> page(ApprenticeScope scope, Filter filter, LocalDate today, Paging paging) {
        return query.page(conditions(scope, filter, today), paging);
    }

    List<Row> all(ApprenticeScope scope, Filter filter, LocalDate today) {
        return query.all(conditions(scope, filter, today));
    }

    static SqlConditions conditions(ApprenticeScope scope, Filter filter, LocalDate today) {
        SqlConditions conditions = new SqlConditions()
                .where(scope.sql("a.cfa_id", "a.site_id", "a.id"))
                .params(scope.parameters())
                .whereSet("a.cfa_id = :cfa", "cfa", filter.cfaId())
                .whereSet("a.site_id = :site", "site", filter.siteId())
                .whereSet("a.sex = :sex", "sex", filter.sex());
        LocalDate adultBorn = today.minusYears(18);
        if ("minor".equals(filter.age())) {
            conditions.where("a.birth_date > :adultBorn", "adultBorn", adultBorn);
        } else if ("adult".equals(filter.age())) {
            conditions.where("a.birth_date <= :adultBorn", "adultBorn", adultBorn);
        }
        return search(conditions, filter.q());
    }

    /** The search by name, INE or e-mail (see the class comment for the index each kind of search uses). */
    static SqlConditions search(SqlConditions conditions, @Nullable String query) {
        List<String> words = SqlConditions.words(query);
        if (words.isEmpty()) {
            return conditions;
        }
        if (words.size() == 1 && IdentifierKind.INE.isValid(words.get(0))) {
            return conditions.where("a.ine = :ine", "ine", IdentifierKind.INE.normalize(words.get(0)));
        }
        if (words.stream().allMatch(word -> word.length() < TRIGRAM)) {
            return conditions.where(
                    "a.search_last >= referential.search_key(:prefix)"
                            + " and a.search_last < referential.search_key(:prefix) || chr(1114111)",
                    "prefix",
                    String.join(" ", words));
        }
        return conditions.search("a.search_text", query);
    }
}
