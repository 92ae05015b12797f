package org.trio.referential.internal;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.trio.access.AccountInfo;
import org.trio.access.AccountManagement;
import org.trio.access.CurrentUser;
import org.trio.access.NewAccess;
import org.trio.access.PersonKind;
import org.trio.access.Role;
import org.trio.platform.web.Choice;
import org.trio.shared.InvalidInputException;
import org.trio.shared.Problem;

/**
 * "Créer un accès" on a person's page: the access module owns accounts; this shows the person's account (or the button
 * when the user may open one) and opens it, passing the generated password once to the next page.
 */
@Component
class PersonAccess {

    private final AccountManagement accounts;
    private final Choices choices;

    PersonAccess(AccountManagement accounts, Choices choices) {
        this.accounts = accounts;
        this.choices = choices;
    }

    /**
     * What a person's page shows about their access.
     *
     * @param roles the roles to choose from when opening one (a single role needs no choice)
     */
    record Panel(
            Optional<AccountInfo> account,
            boolean mayOpen,
            List<Choice> roles,
            @Nullable String login) {}

    /** Where an access for this person belongs and what it may be. */
    record Person(
            PersonKind kind,
            long personId,
            String displayName,
            @Nullable String email,
            long networkId,
            @Nullable Long cfaId,
            @Nullable Long siteId,
            @Nullable Long managedByCfaId,
            List<Role> roles) {}

    Panel panel(CurrentUser user, Person person) {
        Optional<AccountInfo> account = accounts.accountOf(person.kind(), person.personId());
        List<Role> grantable = person.roles().stream()
                .filter(accounts.grantableRoles(user)::contains)
                .toList();
        boolean mayOpen = account.isEmpty()
                && !grantable.isEmpty()
                && accounts.mayAdministerAccounts(user, person.networkId(), person.managedByCfaId());
        List<Choice> roles = grantable.stream()
                .map(role -> new Choice(role.name(), choices.message(role.messageKey())))
                .toList();
        return new Panel(account, mayOpen, roles, person.email());
    }

    /** Opens the access with the chosen role (or the only one possible), reporting the outcome to the next page. */
    void open(CurrentUser user, Person person, @Nullable Role chosen, RedirectAttributes redirect) {
        if (!accounts.mayAdministerAccounts(user, person.networkId(), person.managedByCfaId())) {
            throw new AccessDeniedException("Ouverture d'accès refusée");
        }
        Role role = chosen != null
                ? chosen
                : person.roles().size() == 1 ? person.roles().get(0) : null;
        try {
            if (role == null || !person.roles().contains(role)) {
                throw InvalidInputException.of("role", "access.role.required");
            }
            redirect.addFlashAttribute(
                    "issued",
                    accounts.openAccess(
                            user,
                            new NewAccess(
                                    person.email(),
                                    person.displayName(),
                                    role,
                                    person.networkId(),
                                    person.cfaId(),
                                    person.siteId(),
                                    person.personId(),
                                    person.managedByCfaId())));
        } catch (InvalidInputException e) {
            Problem problem = e.problems().get(0);
            redirect.addFlashAttribute(
                    "accessError",
                    choices.message(problem.code(), problem.arguments().toArray()));
        }
    }

    /** The CFA administering accesses opened by this user for people not attached to a CFA (maîtres, employers). */
    @Nullable
    static Long managingCfa(CurrentUser user) {
        return user.role() == Role.CFA_DIRECTOR ? user.cfaId() : null;
    }
}
