package org.trio.contract.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.trio.access.CurrentUser;
import org.trio.access.Roles;
import org.trio.contract.ApprenticeStatus;
import org.trio.platform.web.PageSlice;
import org.trio.platform.web.Paging;
import org.trio.referential.ApprenticeInfo;
import org.trio.referential.ProgrammeInfo;
import org.trio.referential.ReferentialManagement;
import org.trio.shared.SchoolYear;

/**
 * The headcounts of the national dashboard as of a date, with filters, the people behind each number, and the alert
 * lists (more than 2 months without a contract, more than 3 months as rupturant).
 */
@Controller
@PreAuthorize(Roles.INDICATORS)
class StatusController {

    /** The filters of the page, as typed. */
    record Filters(
            LocalDate day,
            Integer schoolYear,
            Long cfaId,
            Long siteId,
            Long programmeId,
            Integer level,
            String sector,
            String diplomaType,
            Integer programmeYear) {}

    /** A person behind a number, with their name and programme. */
    record PersonLine(StatusQueries.Person person, String name, String programme) {}

    private final StatusQueries statuses;
    private final IndicatorScope scopes;
    private final ReferentialManagement referential;
    private final Clock clock;
    private final org.trio.platform.document.TableExports exports;
    private final org.trio.access.AuditTrail audit;

    StatusController(
            StatusQueries statuses,
            IndicatorScope scopes,
            ReferentialManagement referential,
            Clock clock,
            org.trio.platform.document.TableExports exports,
            org.trio.access.AuditTrail audit) {
        this.exports = exports;
        this.audit = audit;
        this.statuses = statuses;
        this.scopes = scopes;
        this.referential = referential;
        this.clock = clock;
    }

    @GetMapping("/statuses")
    String headcounts(
            CurrentUser user,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
            @RequestParam(required = false) Integer schoolYear,
            @RequestParam(required = false) Long cfaId,
            @RequestParam(required = false) Long siteId,
            @RequestParam(required = false) Long programmeId,
            @RequestParam(required = false) Integer level,
            @RequestParam(required = false) String sector,
            @RequestParam(required = false) String diplomaType,
            @RequestParam(required = false) Integer programmeYear,
            Model model) {
        Filters filters =
                filters(day, schoolYear, cfaId, siteId, programmeId, level, sector, diplomaType, programmeYear);
        StatusQueries.Filter filter = filter(user, filters);
        StatusQueries.Headcounts counts = statuses.headcounts(filter, scopes.countingScope(user));
        model.addAttribute("filters", filters);
        model.addAttribute("counts", counts);
        model.addAttribute(
                "hidden", scopes.hidesSmallNumbers(user) && counts.learners() < IndicatorScope.MINIMUM_DENOMINATOR);
        model.addAttribute("seesPeople", scopes.seesPeople(user));
        if (scopes.seesPeople(user)) {
            model.addAttribute(
                    "alertWithout",
                    statuses.alertCount(
                            filter, scopes.countingScope(user), StatusQueries.Alert.WITHOUT_CONTRACT_TWO_MONTHS));
            model.addAttribute(
                    "alertTerminated",
                    statuses.alertCount(
                            filter, scopes.countingScope(user), StatusQueries.Alert.TERMINATED_THREE_MONTHS));
        }
        java.util.Map<String, String> links = new java.util.HashMap<>();
        for (String group : List.of(
                "apprentices",
                "without-contract",
                "terminated",
                "dropouts",
                "learners",
                "alert-without",
                "alert-terminated")) {
            links.put(group, link("/statuses/people", group, null));
        }
        model.addAttribute("peopleLinks", links);
        options(user, model);
        return "contract/statuses";
    }

    @GetMapping("/statuses/people")
    String people(
            CurrentUser user,
            @RequestParam String group,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
            @RequestParam(required = false) Integer schoolYear,
            @RequestParam(required = false) Long cfaId,
            @RequestParam(required = false) Long siteId,
            @RequestParam(required = false) Long programmeId,
            @RequestParam(required = false) Integer level,
            @RequestParam(required = false) String sector,
            @RequestParam(required = false) String diplomaType,
            @RequestParam(required = false) Integer programmeYear,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        if (!scopes.seesPeople(user)) {
            throw new org.springframework.security.access.AccessDeniedException("Indicateurs agrégés seulement");
        }
        Filters filters =
                filters(day, schoolYear, cfaId, siteId, programmeId, level, sector, diplomaType, programmeYear);
        StatusQueries.Filter filter = filter(user, filters);
        Paging paging = Paging.of(page);
        List<StatusQueries.Person> people = switch (group) {
            case "alert-without" ->
                statuses.alert(
                        filter, scopes.countingScope(user), StatusQueries.Alert.WITHOUT_CONTRACT_TWO_MONTHS, paging);
            case "alert-terminated" ->
                statuses.alert(filter, scopes.countingScope(user), StatusQueries.Alert.TERMINATED_THREE_MONTHS, paging);
            default -> statuses.people(filter, scopes.countingScope(user), group(group), paging);
        };
        PageSlice<StatusQueries.Person> slice = paging.slice(people);
        Map<Long, ApprenticeInfo> names = referential.apprentices(slice.items().stream()
                .map(StatusQueries.Person::apprenticeId)
                .distinct()
                .toList());
        Map<Long, ProgrammeInfo> programmes = referential.programmes(slice.items().stream()
                .map(StatusQueries.Person::programmeId)
                .distinct()
                .toList());
        List<PersonLine> lines = slice.items().stream()
                .map(person -> new PersonLine(
                        person,
                        names.containsKey(person.apprenticeId())
                                ? names.get(person.apprenticeId()).fullName()
                                : "#" + person.apprenticeId(),
                        programmes.containsKey(person.programmeId())
                                ? programmes.get(person.programmeId()).label()
                                : "—"))
                .toList();
        model.addAttribute("filters", filters);
        model.addAttribute("group", group);
        model.addAttribute("lines", lines);
        model.addAttribute("slice", slice);
        model.addAttribute("backLink", link("/statuses", null, null));
        model.addAttribute("previousLink", slice.hasPrevious() ? link("/statuses/people", group, page - 1) : null);
        model.addAttribute("nextLink", slice.hasNext() ? link("/statuses/people", group, page + 1) : null);
        return "contract/status-people";
    }

    /** The people behind a number as XLSX or CSV (every page); the export is written to the audit trail. */
    @GetMapping(path = "/statuses/people", params = "format")
    org.springframework.http.ResponseEntity<org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody>
            exportPeople(
                    CurrentUser user,
                    @RequestParam String format,
                    @RequestParam String group,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
                    @RequestParam(required = false) Integer schoolYear,
                    @RequestParam(required = false) Long cfaId,
                    @RequestParam(required = false) Long siteId,
                    @RequestParam(required = false) Long programmeId,
                    @RequestParam(required = false) Integer level,
                    @RequestParam(required = false) String sector,
                    @RequestParam(required = false) String diplomaType,
                    @RequestParam(required = false) Integer programmeYear) {
        if (!scopes.seesPeople(user)) {
            throw new org.springframework.security.access.AccessDeniedException("Indicateurs agrégés seulement");
        }
        Filters filters =
                filters(day, schoolYear, cfaId, siteId, programmeId, level, sector, diplomaType, programmeYear);
        StatusQueries.Filter filter = filter(user, filters);
        List<StatusQueries.Person> people = switch (group) {
            case "alert-without" ->
                statuses.alert(filter, scopes.countingScope(user), StatusQueries.Alert.WITHOUT_CONTRACT_TWO_MONTHS);
            case "alert-terminated" ->
                statuses.alert(filter, scopes.countingScope(user), StatusQueries.Alert.TERMINATED_THREE_MONTHS);
            default -> statuses.people(filter, scopes.countingScope(user), group(group));
        };
        Map<Long, ApprenticeInfo> names = new java.util.HashMap<>();
        List<Long> ids = people.stream()
                .map(StatusQueries.Person::apprenticeId)
                .distinct()
                .toList();
        for (int from = 0; from < ids.size(); from += 1000) {
            names.putAll(referential.apprentices(ids.subList(from, Math.min(ids.size(), from + 1000))));
        }
        Map<Long, ProgrammeInfo> programmes = referential.programmes(people.stream()
                .map(StatusQueries.Person::programmeId)
                .distinct()
                .toList());
        audit.recordEvent("EXPORT", "Liste " + group + " au " + filters.day() + " (" + people.size() + " personnes)");
        var table = org.trio.platform.document.Table.<StatusQueries.Person>titled("Statuts au " + filters.day())
                .text(
                        "Nom",
                        p -> names.containsKey(p.apprenticeId())
                                ? names.get(p.apprenticeId()).lastName()
                                : "")
                .text(
                        "Prénom",
                        p -> names.containsKey(p.apprenticeId())
                                ? names.get(p.apprenticeId()).firstName()
                                : "")
                .text(
                        "Formation",
                        p -> programmes.containsKey(p.programmeId())
                                ? programmes.get(p.programmeId()).label()
                                : "")
                .integer("Année de formation", StatusQueries.Person::programmeYear)
                .text("Statut", p -> p.status().nationalCode())
                .date("Depuis le", StatusQueries.Person::since)
                .integer("Jours dans le statut", StatusQueries.Person::days)
                .rows(people);
        return exports.respond(format, "statuts-" + group, table);
    }

    /** The current request's filters on another page of the module (links are built here, not in templates). */
    private static String link(String path, String group, Integer page) {
        var builder = org.springframework.web.servlet.support.ServletUriComponentsBuilder.fromCurrentRequest()
                .replacePath(path)
                .replaceQueryParam("group")
                .replaceQueryParam("page");
        if (group != null) {
            builder.replaceQueryParam("group", group);
        }
        if (page != null) {
            builder.replaceQueryParam("page", page);
        }
        return builder.build().toUriString();
    }

    private static List<ApprenticeStatus> group(String group) {
        return switch (group) {
            case "apprentices" -> List.of(ApprenticeStatus.APPRENTICE, ApprenticeStatus.TRAINING_ENDED);
            case "without-contract" -> List.of(ApprenticeStatus.WITHOUT_CONTRACT);
            case "terminated" -> List.of(ApprenticeStatus.TERMINATED);
            case "dropouts" -> List.of(ApprenticeStatus.DROPOUT);
            case "learners" ->
                List.of(
                        ApprenticeStatus.APPRENTICE,
                        ApprenticeStatus.TRAINING_ENDED,
                        ApprenticeStatus.WITHOUT_CONTRACT,
                        ApprenticeStatus.TERMINATED);
            default -> throw new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND);
        };
    }

    private Filters filters(
            LocalDate day,
            Integer schoolYear,
            Long cfaId,
            Long siteId,
            Long programmeId,
            Integer level,
            String sector,
            String diplomaType,
            Integer programmeYear) {
        LocalDate date = day != null ? day : LocalDate.now(clock);
        int year = schoolYear != null ? schoolYear : SchoolYear.of(date).startYear();
        return new Filters(date, year, cfaId, siteId, programmeId, level, sector, diplomaType, programmeYear);
    }

    private StatusQueries.Filter filter(CurrentUser user, Filters filters) {
        return new StatusQueries.Filter(
                filters.schoolYear(),
                filters.day(),
                filters.cfaId(),
                filters.siteId(),
                scopes.programmeIds(
                        user, filters.programmeId(), filters.level(), filters.sector(), filters.diplomaType()),
                filters.programmeYear());
    }

    private void options(CurrentUser user, Model model) {
        List<ProgrammeInfo> programmes = scopes.programmes(user);
        model.addAttribute("cfas", scopes.cfas(user));
        model.addAttribute("sites", scopes.sites(user));
        model.addAttribute("programmes", programmes);
        model.addAttribute(
                "levels",
                new TreeSet<>(programmes.stream().map(ProgrammeInfo::level).toList()));
        model.addAttribute(
                "sectors",
                new TreeSet<>(programmes.stream()
                        .map(ProgrammeInfo::sector)
                        .filter(java.util.Objects::nonNull)
                        .toList()));
        model.addAttribute(
                "diplomaTypes",
                new TreeSet<>(
                        programmes.stream().map(p -> p.diplomaType().name()).toList()));
    }
}
