package fr.agora.meetings.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import fr.agora.meetings.service.BodyData;
import fr.agora.meetings.service.Bodies;
import fr.agora.meetings.service.MeetingService;
import fr.agora.meetings.service.MeetingSummary;
import fr.agora.shared.domain.Role;
import fr.agora.shared.service.TerritoryData;
import fr.agora.shared.service.TerritoryService;
import fr.agora.shared.ui.AgoraView;
import fr.agora.shared.ui.MainLayout;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The public calendar: every public meeting to come, filterable by territory and by body, with its iCal feed (the
 * same filters apply to the feed URL).
 */
@Route(value = MeetingsNavigation.CALENDAR, layout = MainLayout.class)
@AnonymousAllowed
public class CalendarView extends AgoraView {

    final ComboBox<TerritoryData> territory = new ComboBox<>();
    final ComboBox<BodyData> body = new ComboBox<>();
    final Div list = new Div();
    final Anchor feed = new Anchor();
    List<MeetingSummary> shown = List.of();

    private final MeetingService meetings;

    public CalendarView(MeetingService meetings, Bodies bodies, TerritoryService territories, AuthenticationContext auth) {
        this.meetings = meetings;
        addClassName("agora-meetings");
        add(new Paragraph(getTranslation("meetings.calendar.intro")));
        if (auth.isAuthenticated()) {
            Paragraph links = new Paragraph(new Anchor(MeetingsNavigation.MY_SPACE, getTranslation("meetings.my-space.link")));
            if (auth.hasAnyRole(Role.Names.STAFF, Role.Names.ADMIN, Role.Names.COMMITTEE_OFFICER)) {
                links.add(new com.vaadin.flow.component.html.Span(" · "),
                        new Anchor(MeetingsNavigation.PLANNING, getTranslation("meetings.planning.link")));
            }
            add(links);
        }
        List<BodyData> all = bodies.all();
        Map<Long, TerritoryData> byId = territories.all().stream()
                .collect(Collectors.toMap(TerritoryData::id, Function.identity(), (a, b) -> a));
        List<TerritoryData> used = new ArrayList<>(all.stream().map(BodyData::territoryId).filter(Objects::nonNull)
                .distinct().map(byId::get).filter(Objects::nonNull).toList());
        used.sort(Comparator.comparing(TerritoryData::name));
        territory.setLabel(getTranslation("meetings.calendar.territory"));
        territory.setItems(used);
        territory.setItemLabelGenerator(TerritoryData::name);
        territory.setClearButtonVisible(true);
        territory.setId("calendar-territory");
        body.setLabel(getTranslation("meetings.calendar.body"));
        body.setItems(all);
        body.setItemLabelGenerator(BodyData::name);
        body.setClearButtonVisible(true);
        body.setId("calendar-body");
        territory.addValueChangeListener(e -> refresh());
        body.addValueChangeListener(e -> refresh());
        FlexLayout filters = new FlexLayout(territory, body);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.getStyle().set("gap", "var(--lumo-space-m)");
        add(filters);
        feed.setId("calendar-feed");
        add(new Paragraph(feed));
        list.addClassName("agora-cards");
        add(list);
        refresh();
    }

    void refresh() {
        Long t = territory.getValue() == null ? null : territory.getValue().id();
        String b = body.getValue() == null ? null : body.getValue().key();
        shown = meetings.publicCalendar(t, b);
        list.removeAll();
        if (shown.isEmpty()) {
            list.add(new Paragraph(getTranslation("meetings.calendar.none")));
        }
        shown.forEach(m -> list.add(MeetingUi.card(this, m)));
        StringBuilder href = new StringBuilder("/ical/reunions.ics");
        String sep = "?";
        if (t != null) {
            href.append(sep).append("territoire=").append(t);
            sep = "&";
        }
        if (b != null) {
            href.append(sep).append("instance=").append(URLEncoder.encode(b, StandardCharsets.UTF_8));
        }
        feed.setHref(href.toString());
        feed.setText(getTranslation("meetings.calendar.feed"));
        feed.setRouterIgnore(true);
    }

    @Override
    protected String titleKey() {
        return "meetings.calendar.title";
    }
}
