package org.trio.quality.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.trio.platform.web.PublicPaths;
import org.trio.quality.internal.SurveyAnswering.Link;
import org.trio.quality.internal.SurveyAnswering.LinkState;
import org.trio.shared.InvalidInputException;
import org.trio.shared.Problem;

/**
 * The page a respondent opens from the private link of an appreciation survey: no account, works on a phone, answered
 * once. The token in the link is the only key; an unknown token is a 404.
 */
@Controller
class PublicSurveyController {

    private final SurveyAnswering answering;
    private final MessageSource messages;

    PublicSurveyController(SurveyAnswering answering, MessageSource messages) {
        this.answering = answering;
        this.messages = messages;
    }

    @GetMapping("/survey/{token}")
    String show(@PathVariable String token, Model model) {
        Link link = find(token);
        model.addAttribute("token", token);
        return page(link, Map.of(), Map.of(), model);
    }

    @PostMapping("/survey/{token}")
    String submit(@PathVariable String token, @RequestParam Map<String, String> values, Model model) {
        Link link = find(token);
        model.addAttribute("token", token);
        if (link.state() != LinkState.OPEN) {
            return page(link, Map.of(), Map.of(), model);
        }
        try {
            answering.submit(link, values);
            model.addAttribute("state", "THANKS");
            model.addAttribute("campaign", link.campaign());
            return "quality/survey-public";
        } catch (SurveyAnswering.AlreadyAnswered e) {
            return page(
                    new Link(link.invitation(), link.campaign(), link.questionnaire(), LinkState.ANSWERED),
                    Map.of(),
                    Map.of(),
                    model);
        } catch (InvalidInputException e) {
            return page(link, values, errors(e.problems()), model);
        }
    }

    private Link find(String token) {
        if (token.length() > 64) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return answering.link(token).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static String page(Link link, Map<String, String> values, Map<String, String> errors, Model model) {
        model.addAttribute("state", link.state().name());
        model.addAttribute("campaign", link.campaign());
        model.addAttribute("questionnaire", link.questionnaire());
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        return "quality/survey-public";
    }

    private Map<String, String> errors(List<Problem> problems) {
        Locale locale = LocaleContextHolder.getLocale();
        Map<String, String> errors = new LinkedHashMap<>();
        for (Problem problem : problems) {
            errors.put(
                    problem.field(),
                    messages.getMessage(problem.code(), problem.arguments().toArray(), problem.code(), locale));
        }
        return errors;
    }

    @Bean
    static PublicPaths surveyPublicPaths() {
        return new PublicPaths(List.of("/survey/**"));
    }
}
