package org.trio.contract.internal;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.trio.access.AccessPolicy;
import org.trio.access.CurrentUser;
import org.trio.access.DataCategory;
import org.trio.access.Roles;

/** The "Formation et contrats" section of the apprentice file, as a fragment (htmx) or a page of its own. */
@Controller
class TrainingFileController {

    private final TrainingFile file;
    private final AccessPolicy policy;

    TrainingFileController(TrainingFile file, AccessPolicy policy) {
        this.file = file;
        this.policy = policy;
    }

    /** The page of an apprentice's training and contracts. */
    @GetMapping("/apprentices/{apprenticeId}/training")
    @PreAuthorize(Roles.APPRENTICE_FILE)
    String training(CurrentUser user, @PathVariable long apprenticeId, Model model) {
        fill(user, apprenticeId, model);
        return "contract/training";
    }

    /**
     * The same content as a section of the apprentice file. A URL of its own rather than a request header decides
     * between page and fragment, so that a section never receives a whole page whatever the browser sends.
     */
    @GetMapping("/apprentices/{apprenticeId}/training/section")
    @PreAuthorize(Roles.APPRENTICE_FILE)
    String section(CurrentUser user, @PathVariable long apprenticeId, Model model) {
        fill(user, apprenticeId, model);
        return "contract/training :: section";
    }

    private void fill(CurrentUser user, long apprenticeId, Model model) {
        policy.requireRead(user, apprenticeId, DataCategory.PEDAGOGICAL);
        model.addAttribute("file", file.of(apprenticeId));
        model.addAttribute(
                "canRecord",
                policy.canWrite(user, apprenticeId, DataCategory.PEDAGOGICAL)
                        && (user.is(org.trio.access.Role.CFA_DIRECTOR)
                                || user.is(org.trio.access.Role.PLACEMENT_ADVISOR)
                                || user.is(org.trio.access.Role.SECRETARIAT)));
    }
}
