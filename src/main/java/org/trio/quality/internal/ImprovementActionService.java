package org.trio.quality.internal;

import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.trio.quality.IndicatorProvider;
import org.trio.quality.IndicatorResult;
import org.trio.quality.IndicatorScope;
import org.trio.quality.IndicatorValue;
import org.trio.quality.NewImprovementAction;
import org.trio.quality.QualityManagement;
import org.trio.shared.InvalidInputException;

/** Opens and follows improvement measures; the quality module's facade. */
@Service
class ImprovementActionService implements QualityManagement {

    private final ImprovementActions actions;
    private final Validator validator;
    private final Clock clock;
    private final List<IndicatorProvider> providers;
    private final IndicatorRules rules;

    ImprovementActionService(
            ImprovementActions actions,
            Validator validator,
            Clock clock,
            List<IndicatorProvider> providers,
            @org.springframework.beans.factory.annotation.Value("${trio.quality.minimum-people:20}") int minimum) {
        this.actions = actions;
        this.validator = validator;
        this.clock = clock;
        this.providers = providers;
        this.rules = new IndicatorRules(minimum);
    }

    @Override
    @Transactional
    public long openImprovementAction(NewImprovementAction command) {
        var violations = validator.validate(command);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        ImprovementAction.Source source = parseSource(command.source());
        ImprovementAction action = new ImprovementAction(
                command.cfaId(),
                command.title().strip(),
                blankToNull(command.description()),
                source,
                blankToNull(command.sourceReference()),
                command.owner().strip(),
                LocalDate.now(clock),
                command.dueOn());
        return actions.save(action).id;
    }

    @Transactional
    void follow(long id, ActionFollowUp form) {
        ImprovementAction action = find(id).orElseThrow();
        action.follow(form.status(), form.owner().strip(), form.dueOn(), form.doneOn(), form.effectObserved());
    }

    Optional<ImprovementAction> find(long id) {
        return actions.findById(id);
    }

    @Override
    @Transactional(readOnly = true)
    public List<IndicatorResult> indicators(IndicatorScope scope) {
        Map<String, IndicatorValue> current = collect(scope);
        Map<String, IndicatorValue> previous = null;
        List<IndicatorResult> results = new java.util.ArrayList<>();
        for (IndicatorDefinition definition : IndicatorDefinition.ALL) {
            IndicatorValue value = current.get(definition.key());
            IndicatorValue before = null;
            if (definition.poolable() && value != null && value.denominator() > 0) {
                if (previous == null) {
                    previous = collect(scope.previousYear());
                }
                before = previous.get(definition.key());
            }
            results.add(rules.apply(definition, value, before));
        }
        return results;
    }

    private Map<String, IndicatorValue> collect(IndicatorScope scope) {
        return providers.stream()
                .flatMap(provider -> provider.indicators(scope).stream())
                .collect(Collectors.toMap(IndicatorValue::key, value -> value, (first, second) -> first));
    }

    private static ImprovementAction.Source parseSource(String raw) {
        try {
            return ImprovementAction.Source.valueOf(raw.strip());
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("source", "action.source.invalid", raw);
        }
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
