package fr.agora.shared.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.agora.shared.domain.TerritoryKind;
import fr.agora.shared.service.TerritoryData;
import fr.agora.shared.service.TerritoryService;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Search across the portal's public content (councils, walks, and whatever later features contribute through
 * {@link SearchResult.Source}), with a filter by quartier prioritaire.
 */
@Route(value = "recherche", layout = MainLayout.class)
@AnonymousAllowed
public class SearchView extends AgoraView {

    static final int MAX_WORDS = 8;

    final TextField query = new TextField();
    final ComboBox<TerritoryData> quartier = new ComboBox<>();
    final Button search = new Button();
    final Div results = new Div();
    private final transient List<SearchResult.Source> sources;

    public SearchView(List<SearchResult.Source> sources, TerritoryService territories) {
        this.sources = sources;
        query.setLabel(getTranslation("search.query"));
        query.setId("search-query");
        query.setMaxLength(200);
        query.setClearButtonVisible(true);
        quartier.setLabel(getTranslation("search.quartier"));
        quartier.setId("search-quartier");
        quartier.setItems(territories.current(TerritoryKind.QPV));
        quartier.setItemLabelGenerator(TerritoryData::name);
        quartier.setClearButtonVisible(true);
        search.setText(getTranslation("search.submit"));
        search.setId("search-submit");
        search.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        search.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        search.addClickListener(e -> run());
        FormLayout form = new FormLayout(query, quartier);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
        results.setId("search-results");
        results.getElement().setAttribute("aria-live", "polite");
        add(new Paragraph(getTranslation("search.intro")), form, search, results);
    }

    /** Runs the search: every word must appear; the quartier, when chosen, narrows to what concerns it. */
    void run() {
        results.removeAll();
        List<String> words = Arrays.stream(query.getValue().toLowerCase(Locale.ROOT).split("\\s+"))
                .filter(w -> !w.isBlank()).limit(MAX_WORDS).toList();
        TerritoryData where = quartier.getValue();
        if (words.isEmpty() && where == null) {
            results.add(new Paragraph(getTranslation("search.empty-query")));
            return;
        }
        List<SearchResult> found = sources.stream().flatMap(s -> s.search(words, getLocale()).stream())
                .filter(r -> where == null || r.territoryCodes().contains(where.code()))
                .sorted(Comparator.comparing(SearchResult::title, String.CASE_INSENSITIVE_ORDER)).toList();
        results.add(new H2(getTranslation("search.count", found.size())));
        if (found.isEmpty()) {
            results.add(new Paragraph(getTranslation("search.none")));
            return;
        }
        UnorderedList list = new UnorderedList();
        found.forEach(r -> list.add(new ListItem(new Span(getTranslation("search.kind", getTranslation(r.kindKey())) + " "),
                r.target().link(r.title()), new Span(r.detail() == null || r.detail().isEmpty() ? "" : " — " + r.detail()))));
        results.add(list);
    }

    @Override
    protected String titleKey() {
        return "search.title";
    }
}
