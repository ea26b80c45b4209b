package fr.agora.meetings.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import fr.agora.meetings.service.CalendarFeedService;
import fr.agora.meetings.service.FeedLink;
import fr.agora.meetings.service.MemberSpace;
import fr.agora.meetings.service.ParticipationService;
import fr.agora.shared.domain.BusinessException;
import fr.agora.shared.ui.AgoraView;
import fr.agora.shared.ui.MainLayout;
import fr.agora.shared.ui.Notifications;

/**
 * Where members prepare: per body, the next meetings (each links to its page, where they answer and check in), the
 * minutes to approve, the members as cards (a 360 px phone needs no wide grid) with the contacts they agreed to
 * share, and their private calendar feed (made, shown once, revocable).
 */
@Route(value = MeetingsNavigation.MY_SPACE, layout = MainLayout.class)
@PermitAll
public class MemberSpaceView extends AgoraView {

    private final ParticipationService participation;
    private final CalendarFeedService feeds;
    final TextField feedUrl = new TextField();
    final Div feedList = new Div();

    public MemberSpaceView(ParticipationService participation, CalendarFeedService feeds) {
        this.participation = participation;
        this.feeds = feeds;
        addClassName("agora-meetings");
        MemberSpace space = participation.mySpace();
        if (space.bodies().isEmpty()) {
            add(new Paragraph(getTranslation("meetings.my-space.none")));
            add(new Paragraph(new Anchor(MeetingsNavigation.CALENDAR, getTranslation("meetings.calendar.title"))));
            return;
        }
        feedUrl.setLabel(getTranslation("meetings.feed.url"));
        feedUrl.setReadOnly(true);
        feedUrl.setWidthFull();
        feedUrl.setVisible(false);
        feedUrl.setId("feed-url");
        for (MemberSpace.BodySpace b : space.bodies()) {
            add(new H2(b.body().name()));
            add(new H3(getTranslation("meetings.my-space.next")));
            Div meetings = new Div();
            meetings.addClassName("agora-cards");
            if (b.upcoming().isEmpty()) {
                meetings.add(new Paragraph(getTranslation("meetings.my-space.no-meeting")));
            }
            b.upcoming().forEach(m -> meetings.add(MeetingUi.card(this, m)));
            add(meetings);
            if (!b.minutesToApprove().isEmpty()) {
                add(new H3(getTranslation("meetings.my-space.minutes")));
                b.minutesToApprove().forEach(m -> add(new Paragraph(new Anchor(MeetingsNavigation.meeting(m.id()),
                        m.title() + " — " + MeetingUi.when(m.startsAt())))));
            }
            add(new H3(getTranslation("meetings.my-space.members")));
            Div members = new Div();
            members.addClassName("agora-cards");
            for (MemberSpace.MemberCard c : b.members()) {
                Div card = new Div(new H3(c.name()), new Paragraph(getTranslation("meetings.role." + c.role())));
                card.addClassName("agora-card");
                if (c.email() != null) {
                    Anchor mail = new Anchor("mailto:" + c.email(), c.email());
                    mail.setRouterIgnore(true);
                    card.add(new Paragraph(mail));
                }
                if (c.phone() != null) {
                    Anchor tel = new Anchor("tel:" + c.phone().replace(" ", ""), c.phone());
                    tel.setRouterIgnore(true);
                    card.add(new Paragraph(tel));
                }
                members.add(card);
            }
            add(members);
            Button feed = new Button(getTranslation("meetings.feed.create"), e -> createFeed(b.body().key()));
            feed.setId("feed-create-" + b.body().key().replace(':', '-'));
            add(feed);
        }
        add(new H2(getTranslation("meetings.feed.title")), new Paragraph(getTranslation("meetings.feed.help")), feedUrl,
                feedList);
        showFeeds();
    }

    void createFeed(String bodyKey) {
        try {
            FeedLink link = feeds.create(bodyKey, true);
            feedUrl.setValue(link.url());
            feedUrl.setVisible(true);
            Notifications.success(getTranslation("meetings.feed.created"));
            showFeeds();
        } catch (BusinessException e) {
            Notifications.error(e);
        }
    }

    void showFeeds() {
        feedList.removeAll();
        for (FeedLink f : feeds.mine()) {
            Button revoke = new Button(getTranslation("meetings.feed.revoke"), e -> {
                feeds.revoke(f.id());
                feedUrl.setVisible(false);
                Notifications.success(getTranslation("meetings.feed.revoked"));
                showFeeds();
            });
            revoke.setId("feed-revoke-" + f.id());
            feedList.add(new Paragraph(getTranslation("meetings.feed.active", f.bodyName())), revoke);
        }
    }

    @Override
    protected String titleKey() {
        return "meetings.my-space.title";
    }
}
