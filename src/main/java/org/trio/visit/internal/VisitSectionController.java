package org.trio.visit.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.trio.access.AccessPolicy;
import org.trio.access.CurrentUser;
import org.trio.access.DataCategory;
import org.trio.access.Role;
import org.trio.access.Roles;
import org.trio.contract.ContractInfo;
import org.trio.contract.ContractManagement;

/** The apprentice file's section on visits: each contract's due visits and latest visits (an htmx fragment). */
@Controller
@PreAuthorize(Roles.APPRENTICE_FILE)
class VisitSectionController {

    /** One contract in the section. */
    public record ContractVisits(
            long contractId,
            LocalDate start,
            LocalDate end,
            List<VisitQueries.DueRow> due,
            List<VisitQueries.VisitRow> visits) {}

    private final AccessPolicy access;
    private final ContractManagement contracts;
    private final VisitQueries queries;
    private final Clock clock;

    VisitSectionController(AccessPolicy access, ContractManagement contracts, VisitQueries queries, Clock clock) {
        this.access = access;
        this.contracts = contracts;
        this.queries = queries;
        this.clock = clock;
    }

    @GetMapping("/visits/apprentices/{apprenticeId}/section")
    String section(@PathVariable long apprenticeId, CurrentUser user, Model model) {
        access.requireRead(user, apprenticeId, DataCategory.PEDAGOGICAL);
        List<ContractVisits> list = new ArrayList<>();
        for (ContractInfo contract : contracts.contractsOf(apprenticeId)) {
            boolean ownContract = user.role() != Role.MENTOR
                    || java.util.Objects.equals(contract.mentor1Id(), user.personId())
                    || java.util.Objects.equals(contract.mentor2Id(), user.personId());
            if (ownContract) {
                list.add(new ContractVisits(
                        contract.id(),
                        contract.startDate(),
                        contract.lastDay(),
                        queries.due(contract.id()),
                        queries.visits(contract.id()).stream().limit(5).toList()));
            }
        }
        model.addAttribute("contracts", list);
        model.addAttribute("today", LocalDate.now(clock));
        return "visit/section :: section";
    }
}
