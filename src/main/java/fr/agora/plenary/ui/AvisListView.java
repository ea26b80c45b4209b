package fr.agora.plenary.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import fr.agora.plenary.service.AvisData;
import fr.agora.plenary.service.AvisService;
import fr.agora.shared.domain.Role;
import fr.agora.shared.ui.AgoraView;
import fr.agora.shared.ui.MainLayout;
import fr.agora.shared.ui.Notifications;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every avis of the plenaries, year by year: the answer of the city, or how many days it is overdue. An elected
 * official answers an avis here.
 */
@Route(value = "pleniere/avis", layout = MainLayout.class)
@AnonymousAllowed
public class AvisListView extends AgoraView implements BeforeEnterObserver {

    private final AvisService avis;
    private final AuthenticationContext auth;

    public AvisListView(AvisService avis, AuthenticationContext auth) {
        this.avis = avis;
        this.auth = auth;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        build();
    }

    void build() {
        removeAll();
        add(new Paragraph(getTranslation("plenary.avis.intro")));
        List<AvisData> all = avis.all();
        if (all.isEmpty()) {
            add(new Paragraph(getTranslation("plenary.avis.none")));
        }
        Map<Integer, List<AvisData>> byYear = new TreeMap<>(java.util.Comparator.reverseOrder());
        all.forEach(a -> byYear.computeIfAbsent(a.year(), y -> new java.util.ArrayList<>()).add(a));
        boolean elected = auth.hasRole(Role.Names.ELECTED);
        byYear.forEach((year, list) -> {
            add(new H2(getTranslation("plenary.avis.year", String.valueOf(year))));
            for (AvisData a : list) {
                Div c = card(this, a);
                if (elected && a.answer() == null) {
                    TextArea answer = new TextArea(getTranslation("plenary.avis.answer"));
                    answer.setId("answer-" + a.id());
                    answer.setWidthFull();
                    Button send = new Button(getTranslation("plenary.avis.answer-send"), e -> {
                        if (PlenaryUi.run(() -> avis.answer(a.id(), answer.getValue()))) {
                            Notifications.success(getTranslation("plenary.avis.answered"));
                            build();
                        }
                    });
                    send.setId("answer-send-" + a.id());
                    c.add(answer, send);
                }
                add(c);
            }
        });
    }

    static Div card(Component view, AvisData a) {
        Div card = new Div();
        card.addClassName("agora-card");
        card.setId("avis-" + a.id());
        card.add(new H3(a.title()));
        Paragraph text = new Paragraph(a.text());
        text.getStyle().set("white-space", "pre-line");
        card.add(text, new Paragraph(view.getTranslation("plenary.avis.sent", PlenaryUi.date(a.sentOn()),
                PlenaryUi.date(a.dueOn()))));
        Paragraph state;
        if (a.answer() != null) {
            state = new Paragraph(view.getTranslation("plenary.avis.answer-by", a.answeredBy(), PlenaryUi.date(a.answeredOn()))
                    + " " + a.answer());
            state.getStyle().set("white-space", "pre-line");
        } else if (a.daysOverdue() > 0) {
            state = new Paragraph(PlenaryUi.badge(view.getTranslation("plenary.avis.overdue", a.daysOverdue())));
        } else {
            state = new Paragraph(view.getTranslation("plenary.avis.waiting"));
        }
        state.addClassName("avis-state");
        card.add(state);
        return card;
    }

    @Override
    protected String titleKey() {
        return "plenary.avis.title";
    }
}
