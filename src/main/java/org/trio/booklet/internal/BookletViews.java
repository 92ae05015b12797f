package org.trio.booklet.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.trio.access.CurrentUser;
import org.trio.booklet.CompetencyInfo;
import org.trio.contract.ContractInfo;

/** What every livret page shows at its top, and the referential grouped by block. */
@Component
class BookletViews {

    /** The heading of a livret page. */
    public record Heading(
            long contractId, long apprenticeId, String apprentice, String employer, List<MemberView> members) {}

    /** A member of the trio and the message key of their role. */
    public record MemberView(String name, String roleKey) {}

    /** A block of the referential with its competencies. */
    public record BlockView(String code, String title, List<CompetencyInfo> competencies) {}

    private final TrioMembers members;
    private final org.trio.referential.ReferentialManagement referential;

    BookletViews(TrioMembers members, org.trio.referential.ReferentialManagement referential) {
        this.members = members;
        this.referential = referential;
    }

    Heading heading(ContractInfo contract) {
        List<MemberView> trio = new ArrayList<>();
        String apprentice = "";
        for (TrioMembers.Member member : members.of(contract)) {
            if (member.role() == org.trio.access.Role.APPRENTICE) {
                apprentice = member.name();
            } else {
                trio.add(new MemberView(member.name(), member.role().messageKey()));
            }
        }
        String employer = referential
                .employer(contract.employerId())
                .map(found -> found.name())
                .orElse("");
        return new Heading(contract.id(), contract.apprenticeId(), apprentice, employer, trio);
    }

    void header(Model model, ContractInfo contract, CurrentUser user) {
        model.addAttribute("heading", heading(contract));
        model.addAttribute("user", user);
    }

    List<BlockView> byBlock(List<CompetencyInfo> competencies) {
        Map<Long, BlockView> blocks = new LinkedHashMap<>();
        for (CompetencyInfo competency : competencies) {
            if (competency.active()) {
                blocks.computeIfAbsent(
                                competency.blockId(),
                                key -> new BlockView(
                                        competency.blockCode(), competency.blockTitle(), new ArrayList<>()))
                        .competencies()
                        .add(competency);
            }
        }
        return List.copyOf(blocks.values());
    }
}
