package org.trio.home;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.trio.access.CurrentUser;

@Controller
class HomeController {

    private final List<HomeTaskProvider> providers;
    private final ObjectProvider<HomePanelProvider> panels;

    HomeController(List<HomeTaskProvider> providers, ObjectProvider<HomePanelProvider> panels) {
        this.providers = providers;
        this.panels = panels;
    }

    @GetMapping("/")
    String home(CurrentUser user, Model model) {
        Map<String, List<HomeTask>> tasks = providers.stream()
                .flatMap(provider -> provider.tasksFor(user).stream())
                .sorted(Comparator.comparing(HomeTask::late)
                        .reversed()
                        .thenComparing(HomeTask::due, Comparator.nullsLast(Comparator.naturalOrder())))
                .collect(Collectors.groupingBy(HomeTask::category, LinkedHashMap::new, Collectors.toList()));
        model.addAttribute("user", user);
        model.addAttribute("tasks", tasks);
        model.addAttribute(
                "panels",
                panels.orderedStream()
                        .flatMap(provider -> provider.panelsFor(user).stream())
                        .sorted(Comparator.comparingInt(HomePanel::order))
                        .toList());
        return "home/home";
    }
}
