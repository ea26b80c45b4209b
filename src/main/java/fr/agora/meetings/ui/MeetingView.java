package fr.agora.meetings.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import fr.agora.meetings.domain.MeetingStatus;
import fr.agora.meetings.service.MeetingDetail;
import fr.agora.meetings.service.MeetingService;
import fr.agora.meetings.service.ParticipationService;
import fr.agora.meetings.service.Quorum;
import fr.agora.meetings.service.SessionService;
import fr.agora.shared.domain.BusinessException;
import fr.agora.shared.ui.AgoraView;
import fr.agora.shared.ui.MainLayout;
import fr.agora.shared.ui.Notifications;

/**
 * A meeting's page: when and where, the agenda pack, the minutes once published (or the draft, for members), and for
 * a member their answer to the convocation and their check-in on the day; a signed-in resident or member may send
 * a contribution before the deadline.
 */
@Route(value = "reunions/:meetingId([0-9]+)", layout = MainLayout.class)
@AnonymousAllowed
public class MeetingView extends AgoraView implements BeforeEnterObserver {

    private final MeetingService meetings;
    private final ParticipationService participation;
    private final SessionService sessions;
    private final AuthenticationContext auth;

    MeetingDetail detail;
    final Button present = new Button();
    final Button absent = new Button();
    final Button checkIn = new Button();
    final Span answerText = new Span();
    final TextField contributionTitle = new TextField();
    final TextArea contributionBody = new TextArea();
    final Button contribute = new Button();
    final BeanValidationBinder<ContributionBean> binder = new BeanValidationBinder<>(ContributionBean.class);

    public MeetingView(MeetingService meetings, ParticipationService participation, SessionService sessions,
            AuthenticationContext auth) {
        this.meetings = meetings;
        this.participation = participation;
        this.sessions = sessions;
        this.auth = auth;
        addClassName("agora-meetings");
        present.setId("meeting-present");
        absent.setId("meeting-absent");
        checkIn.setId("meeting-check-in");
        contribute.setId("meeting-contribute");
        contributionTitle.setId("contribution-title");
        contributionBody.setId("contribution-body");
        present.addClickListener(e -> answer(true));
        absent.addClickListener(e -> answer(false));
        checkIn.addClickListener(e -> checkIn());
        contribute.addClickListener(e -> contribute());
        binder.forField(contributionTitle).asRequired(getTranslation("meetings.contribution.title-required"))
                .bind(ContributionBean::getTitle, ContributionBean::setTitle);
        binder.forField(contributionBody).asRequired(getTranslation("meetings.contribution.body-required"))
                .bind(ContributionBean::getBody, ContributionBean::setBody);
        binder.setBean(new ContributionBean());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            detail = meetings.get(Long.parseLong(event.getRouteParameters().get("meetingId").orElse("0")));
        } catch (BusinessException | NumberFormatException e) {
            event.rerouteToError(NotFoundException.class, getTranslation("meetings.unknown"));
            return;
        }
        build();
    }

    void build() {
        removeAll();
        var s = detail.summary();
        add(new H2(s.title()));
        add(new Paragraph(s.bodyName()));
        add(new Paragraph(getTranslation("meetings.when", MeetingUi.when(s.startsAt()))));
        add(new Paragraph(getTranslation("meetings.where", s.place())));
        if (detail.remoteLink() != null) {
            Anchor remote = new Anchor(detail.remoteLink(), getTranslation("meetings.remote"));
            remote.setRouterIgnore(true);
            add(new Paragraph(remote));
        }
        Paragraph badges = new Paragraph(MeetingUi.badge(getTranslation("meetings.status." + s.status().name())));
        if (!s.publicMeeting()) {
            badges.add(new Span(" "), MeetingUi.badge(getTranslation("meetings.members-only")));
        }
        add(badges);
        if (detail.canManage()) {
            add(new Paragraph(new Anchor(MeetingsNavigation.session(s.id()), getTranslation("meetings.session.link"))));
        }
        if (detail.memberKey() != null && s.status() != MeetingStatus.CANCELLED) {
            add(new H2(getTranslation("meetings.answer.title")));
            present.setText(getTranslation("meetings.answer.present"));
            absent.setText(getTranslation("meetings.answer.absent"));
            present.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            checkIn.setText(getTranslation("meetings.check-in"));
            showAnswer();
            Div buttons = new Div(present, absent, checkIn);
            buttons.addClassName("agora-buttons");
            add(answerText, buttons);
        }
        add(new H2(getTranslation("meetings.agenda")));
        if (detail.agenda().isEmpty()) {
            add(new Paragraph(getTranslation("meetings.agenda.empty")));
        } else {
            OrderedList agenda = new OrderedList();
            agenda.setId("meeting-agenda");
            detail.agenda().forEach(a -> {
                ListItem li = new ListItem(a.title());
                if (a.detail() != null) {
                    li.add(new Paragraph(a.detail()));
                }
                agenda.add(li);
            });
            add(agenda);
        }
        if (detail.acceptsContributions()) {
            add(new H2(getTranslation("meetings.contribution.title")));
            add(new Paragraph(getTranslation("meetings.contribution.deadline", MeetingUi.when(detail.contributionDeadline()))));
            if (auth.isAuthenticated()) {
                contributionTitle.setLabel(getTranslation("meetings.contribution.subject"));
                contributionTitle.setMaxLength(200);
                contributionTitle.setWidthFull();
                contributionBody.setLabel(getTranslation("meetings.contribution.body"));
                contributionBody.setMaxLength(4000);
                contributionBody.setWidthFull();
                contribute.setText(getTranslation("meetings.contribution.send"));
                add(contributionTitle, contributionBody, contribute);
            } else {
                add(new Paragraph(new Anchor("login", getTranslation("meetings.contribution.login"))));
            }
        }
        if (detail.minutesText() != null) {
            add(new H2(getTranslation("meetings.minutes")));
            if (detail.minutesPublishedAt() == null) {
                add(new Paragraph(MeetingUi.badge(getTranslation("meetings.minutes.draft-private"))));
            } else {
                add(new Paragraph(getTranslation("meetings.minutes.approved-published",
                        MeetingUi.date(detail.minutesApprovedOn()), MeetingUi.when(detail.minutesPublishedAt()))));
            }
            Paragraph text = new Paragraph(detail.minutesText());
            text.setId("meeting-minutes");
            text.getStyle().set("white-space", "pre-wrap");
            add(text);
        }
    }

    private void showAnswer() {
        answerText.setText(detail.myAnswer() == null ? getTranslation("meetings.answer.none")
                : getTranslation(detail.myAnswer() ? "meetings.answer.is-present" : "meetings.answer.is-absent"));
        answerText.setId("meeting-answer");
    }

    void answer(boolean yes) {
        try {
            participation.answer(detail.summary().id(), yes);
            detail = meetings.get(detail.summary().id());
            showAnswer();
            Notifications.success(getTranslation("meetings.answer.saved"));
        } catch (BusinessException e) {
            Notifications.error(e);
        }
    }

    void checkIn() {
        try {
            Quorum q = sessions.checkInMyself(detail.summary().id());
            Notifications.success(getTranslation("meetings.check-in.done", q.votingPresent(), q.required()));
        } catch (BusinessException e) {
            Notifications.error(e);
        }
    }

    void contribute() {
        if (!binder.validate().isOk()) {
            return;
        }
        try {
            ContributionBean bean = binder.getBean();
            participation.contribute(detail.summary().id(), bean.getTitle(), bean.getBody());
            binder.setBean(new ContributionBean());
            Notifications.success(getTranslation("meetings.contribution.sent"));
        } catch (BusinessException e) {
            Notifications.error(e);
        }
    }

    @Override
    protected String titleKey() {
        return "meetings.meeting.title";
    }
}
