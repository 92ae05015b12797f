package org.trio.booklet.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import org.trio.booklet.BookletManagement;
import org.trio.booklet.MissionStatus;
import org.trio.contract.ContractInfo;
import org.trio.contract.ContractManagement;

/** The apprentice file's section on the livret: each contract's last activity, missions and returns due. */
@Controller
@PreAuthorize(Roles.APPRENTICE_FILE)
class BookletSectionController {

    /** One contract in the section. */
    public record ContractBooklet(
            long contractId,
            java.time.LocalDate start,
            java.time.LocalDate end,
            java.time.Instant lastActivity,
            MissionStatus mission,
            int returnsDue) {}

    private final AccessPolicy access;
    private final ContractManagement contracts;
    private final BookletManagement booklets;
    private final DueReturns dueReturns;
    private final Clock clock;

    BookletSectionController(
            AccessPolicy access,
            ContractManagement contracts,
            BookletManagement booklets,
            DueReturns dueReturns,
            Clock clock) {
        this.access = access;
        this.contracts = contracts;
        this.booklets = booklets;
        this.dueReturns = dueReturns;
        this.clock = clock;
    }

    @GetMapping("/booklet/apprentices/{apprenticeId}/section")
    String section(@PathVariable long apprenticeId, CurrentUser user, Model model) {
        access.requireRead(user, apprenticeId, DataCategory.PEDAGOGICAL);
        List<ContractInfo> own = contracts.contractsOf(apprenticeId).stream()
                .filter(contract -> user.role() != Role.MENTOR || BookletAccess.isMentorOf(user, contract))
                .toList();
        Map<Long, java.time.Instant> last =
                booklets.lastActivities(own.stream().map(ContractInfo::id).toList());
        List<ContractBooklet> list = new ArrayList<>();
        for (ContractInfo contract : own) {
            list.add(new ContractBooklet(
                    contract.id(),
                    contract.startDate(),
                    contract.lastDay(),
                    last.get(contract.id()),
                    booklets.mission(contract.id()).orElse(null),
                    dueReturns.of(contract).size()));
        }
        model.addAttribute("contracts", list);
        model.addAttribute("zone", clock.getZone());
        return "booklet/section :: section";
    }
}
