package fr.agora.meetings.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import fr.agora.meetings.domain.ContributionStatus;
import fr.agora.meetings.domain.MinutesStatus;
import fr.agora.meetings.service.ContributionData;
import fr.agora.meetings.service.ParticipationService;
import fr.agora.meetings.service.SessionService;
import fr.agora.meetings.service.SessionView;
import fr.agora.shared.domain.BusinessException;
import fr.agora.shared.domain.Role;
import fr.agora.shared.ui.AgoraView;
import fr.agora.shared.ui.MainLayout;
import fr.agora.shared.ui.Notifications;
import jakarta.annotation.security.RolesAllowed;

/**
 * The meeting in session, made for a phone: each member as a card with a check-in button, the quorum shown above the
 * decision form (a decision is refused without quorum), the contributions to accept into the agenda pack, and the
 * minutes: draft, approval date, publication.
 */
@Route(value = "reunions/:meetingId([0-9]+)/seance", layout = MainLayout.class)
@RolesAllowed({Role.Names.STAFF, Role.Names.ADMIN, Role.Names.COMMITTEE_OFFICER})
public class SessionPage extends AgoraView implements BeforeEnterObserver {

    private final SessionService sessions;
    private final ParticipationService participation;

    long meetingId;
    SessionView view;
    final Paragraph quorum = new Paragraph();
    final TextField decisionTitle = new TextField();
    final IntegerField votesFor = new IntegerField();
    final IntegerField votesAgainst = new IntegerField();
    final IntegerField abstentions = new IntegerField();
    final Button decide = new Button();
    final TextArea minutes = new TextArea();
    final Button saveDraft = new Button();
    final DatePicker approvedOn = new DatePicker();
    final Button approve = new Button();
    final Checkbox publishPublicly = new Checkbox();
    final Button publish = new Button();

    public SessionPage(SessionService sessions, ParticipationService participation) {
        this.sessions = sessions;
        this.participation = participation;
        addClassName("agora-meetings");
        quorum.setId("session-quorum");
        decisionTitle.setId("decision-title");
        votesFor.setId("decision-for");
        votesAgainst.setId("decision-against");
        abstentions.setId("decision-abstentions");
        decide.setId("decision-record");
        minutes.setId("minutes-text");
        saveDraft.setId("minutes-draft");
        approvedOn.setId("minutes-approved-on");
        approve.setId("minutes-approve");
        publish.setId("minutes-publish");
        decide.addClickListener(e -> decide());
        saveDraft.addClickListener(e -> run(() -> sessions.draftMinutes(meetingId, minutes.getValue()), "meetings.minutes.saved"));
        approve.addClickListener(e -> run(() -> sessions.approveMinutes(meetingId, approvedOn.getValue()), "meetings.minutes.approved"));
        publish.addClickListener(e -> run(() -> sessions.publishMinutes(meetingId, publishPublicly.getValue()), "meetings.minutes.published"));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            meetingId = Long.parseLong(event.getRouteParameters().get("meetingId").orElse("0"));
            view = sessions.session(meetingId);
        } catch (BusinessException | NumberFormatException e) {
            event.rerouteToError(NotFoundException.class, getTranslation("meetings.unknown"));
            return;
        }
        build();
    }

    void build() {
        removeAll();
        var s = view.meeting().summary();
        add(new H2(s.title()), new Paragraph(s.bodyName() + " — " + MeetingUi.when(s.startsAt())));
        var q = view.quorum();
        quorum.setText(getTranslation(q.met() ? "meetings.quorum.met" : "meetings.quorum.not-met", q.votingPresent(),
                q.votingMembers(), q.required(), q.percentRule()));
        quorum.getElement().setAttribute("role", "status");
        quorum.getElement().setAttribute("aria-live", "polite");
        quorum.addClassName(q.met() ? "agora-success" : "agora-warning");
        add(quorum);

        add(new H2(getTranslation("meetings.session.attendance")));
        Div cards = new Div();
        cards.addClassName("agora-cards");
        for (SessionView.Row r : view.members()) {
            Div card = new Div();
            card.addClassName("agora-card");
            card.add(new H3(r.name()), new Paragraph(getTranslation("meetings.role." + r.role())));
            card.add(new Paragraph(r.answer() == null ? getTranslation("meetings.answer.none")
                    : getTranslation(r.answer() ? "meetings.answer.is-present" : "meetings.answer.is-absent")));
            if (r.checkedIn()) {
                card.add(new Paragraph(MeetingUi.badge(getTranslation("meetings.session.checked-in"))));
            } else {
                Button in = new Button(getTranslation("meetings.session.check-in", r.name()), e -> checkIn(r.key()));
                in.setId("check-in-" + r.key());
                in.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                card.add(in);
            }
            cards.add(card);
        }
        add(cards);

        add(new H2(getTranslation("meetings.session.decisions")));
        view.decisions().forEach(d -> add(new Paragraph(getTranslation(d.adopted() ? "meetings.decision.adopted"
                : "meetings.decision.rejected", d.title(), d.votesFor(), d.votesAgainst(), d.abstentions()))));
        decisionTitle.setLabel(getTranslation("meetings.decision.title"));
        decisionTitle.setWidthFull();
        decisionTitle.setMaxLength(300);
        for (IntegerField f : new IntegerField[] {votesFor, votesAgainst, abstentions}) {
            f.setMin(0);
            f.setValue(0);
            f.setWidth("8em");
        }
        votesFor.setLabel(getTranslation("meetings.decision.for"));
        votesAgainst.setLabel(getTranslation("meetings.decision.against"));
        abstentions.setLabel(getTranslation("meetings.decision.abstentions"));
        decide.setText(getTranslation("meetings.decision.record"));
        FlexLayout votes = new FlexLayout(votesFor, votesAgainst, abstentions);
        votes.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        votes.getStyle().set("gap", "var(--lumo-space-s)");
        add(decisionTitle, votes, decide);

        add(new H2(getTranslation("meetings.session.contributions")));
        var contributions = participation.contributions(meetingId);
        if (contributions.isEmpty()) {
            add(new Paragraph(getTranslation("meetings.session.no-contribution")));
        }
        for (ContributionData c : contributions) {
            Div card = new Div(new H3(c.title()), new Paragraph(c.body()), new Paragraph(c.authorName()));
            card.addClassName("agora-card");
            if (c.status() == ContributionStatus.SUBMITTED) {
                Button yes = new Button(getTranslation("meetings.contribution.accept"), e -> decideContribution(c.id(), true));
                yes.setId("contribution-accept-" + c.id());
                Button no = new Button(getTranslation("meetings.contribution.decline"), e -> decideContribution(c.id(), false));
                no.setId("contribution-decline-" + c.id());
                card.add(new Div(yes, no));
            } else {
                card.add(new Span(MeetingUi.badge(getTranslation("meetings.contribution.status." + c.status().name()))));
            }
            add(card);
        }

        add(new H2(getTranslation("meetings.minutes")));
        MinutesStatus ms = view.meeting().summary().minutesStatus();
        add(new Paragraph(MeetingUi.badge(getTranslation("meetings.minutes.status." + ms.name()))));
        minutes.setLabel(getTranslation("meetings.minutes.text"));
        minutes.setWidthFull();
        minutes.setMinHeight("10em");
        minutes.setValue(view.meeting().minutesText() == null ? "" : view.meeting().minutesText());
        minutes.setReadOnly(ms == MinutesStatus.APPROVED || ms == MinutesStatus.PUBLISHED);
        saveDraft.setText(getTranslation("meetings.minutes.save-draft"));
        approvedOn.setLabel(getTranslation("meetings.minutes.approved-on"));
        approve.setText(getTranslation("meetings.minutes.approve"));
        publishPublicly.setLabel(getTranslation("meetings.minutes.publicly"));
        publishPublicly.setValue(view.meeting().minutesPublic());
        publish.setText(getTranslation("meetings.minutes.publish"));
        add(minutes, saveDraft, approvedOn, approve, publishPublicly, publish);
    }

    void checkIn(String key) {
        run(() -> sessions.checkIn(meetingId, key), "meetings.session.checked-in");
    }

    void decide() {
        run(() -> sessions.decide(meetingId, decisionTitle.getValue(), value(votesFor), value(votesAgainst),
                value(abstentions)), "meetings.decision.recorded");
    }

    void decideContribution(long id, boolean accept) {
        run(() -> participation.decide(id, accept), accept ? "meetings.contribution.accepted" : "meetings.contribution.declined");
    }

    private static int value(IntegerField f) {
        return f.getValue() == null ? -1 : f.getValue();
    }

    private void run(Runnable action, String successKey) {
        try {
            action.run();
            Notifications.success(getTranslation(successKey));
            view = sessions.session(meetingId);
            build();
        } catch (BusinessException e) {
            Notifications.error(e);
        }
    }

    @Override
    protected String titleKey() {
        return "meetings.session.title";
    }
}
