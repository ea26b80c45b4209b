package fr.agora.plenary.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import fr.agora.plenary.domain.MotionStatus;
import fr.agora.plenary.domain.SessionStatus;
import fr.agora.plenary.service.LiveBoard;
import fr.agora.plenary.service.LiveSessionService;
import fr.agora.plenary.service.LiveState;
import fr.agora.plenary.service.MySeat;
import fr.agora.shared.domain.BusinessException;
import fr.agora.shared.ui.AgoraView;
import fr.agora.shared.ui.MainLayout;
import fr.agora.shared.ui.Notifications;
import fr.agora.voting.MotionChoice;
import jakarta.annotation.security.PermitAll;

/**
 * A representative's phone in the session: check in, then vote pour, contre or abstention on the open motion, with
 * the count updated live. Reopened on another device, it shows the same seat: a vote already cast there is counted
 * and a second one is refused.
 */
@Route(value = "pleniere/:plenaryId([0-9]+)/seance", layout = MainLayout.class)
@PermitAll
public class SeanceView extends AgoraView implements BeforeEnterObserver {

    private final LiveSessionService live;
    private final LiveBoard board;
    long plenaryId;
    MySeat seat;
    Long shownMotion;
    boolean voted;
    final Paragraph who = new Paragraph();
    final Button checkIn = new Button();
    final Div ballot = new Div();
    final Paragraph done = new Paragraph();
    final Div tally = new Div();
    final Button pour = new Button();
    final Button contre = new Button();
    final Button abstention = new Button();

    public SeanceView(LiveSessionService live, LiveBoard board) {
        this.live = live;
        this.board = board;
        who.setId("seat");
        checkIn.setId("check-in");
        checkIn.setText(getTranslation("plenary.seance.check-in"));
        checkIn.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        checkIn.addClickListener(e -> checkIn());
        done.setId("vote-done");
        done.getElement().setAttribute("role", "status");
        pour.setId("vote-pour");
        contre.setId("vote-contre");
        abstention.setId("vote-abstention");
        setup(pour, MotionChoice.POUR, ButtonVariant.LUMO_SUCCESS);
        setup(contre, MotionChoice.CONTRE, ButtonVariant.LUMO_ERROR);
        setup(abstention, MotionChoice.ABSTENTION, ButtonVariant.LUMO_CONTRAST);
        ballot.setId("ballot");
        ballot.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "0.75rem").set("width", "100%");
        ballot.add(pour, contre, abstention);
        add(new H2(getTranslation("plenary.seance.title")), who, checkIn, ballot, done, tally);
    }

    private void setup(Button b, MotionChoice choice, ButtonVariant variant) {
        b.setText(getTranslation("plenary.choice." + choice.name()));
        b.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE, variant);
        b.setWidthFull();
        b.getStyle().set("min-height", "3.5rem").set("font-size", "1.4rem");
        b.addClickListener(e -> vote(choice));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            plenaryId = Long.parseLong(event.getRouteParameters().get("plenaryId").orElse("0"));
            seat = live.mySeat(plenaryId);
        } catch (BusinessException | NumberFormatException e) {
            event.rerouteToError(NotFoundException.class, getTranslation("plenary.unknown"));
            return;
        }
        voted = seat.voted();
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        LiveSubscription.follow(this, attach, board, plenaryId, this::show);
    }

    LiveState last;

    void show(LiveState s) {
        last = s;
        Long motion = s.motion() != null && s.motion().status() == MotionStatus.OPEN ? s.motion().id() : null;
        if (shownMotion != null && !shownMotion.equals(motion)) {
            voted = false; // a new motion (or none): this seat has not voted on it yet
        }
        shownMotion = motion;
        boolean invited = seat.representativeId() != null;
        who.setText(!invited ? getTranslation("plenary.seance.not-invited")
                : seat.checkedIn() ? getTranslation("plenary.seance.present", seat.name())
                : getTranslation("plenary.seance.invited", seat.name()));
        checkIn.setVisible(invited && !seat.checkedIn() && s.session() == SessionStatus.OPEN);
        boolean canVote = seat.checkedIn() && motion != null && !voted;
        ballot.setVisible(canVote);
        done.setVisible(seat.checkedIn() && motion != null && voted);
        done.setText(getTranslation("plenary.seance.voted"));
        tally.removeAll();
        tally.add(PlenaryUi.tally(this, s, false));
    }

    void checkIn() {
        if (PlenaryUi.run(() -> live.checkInMyself(plenaryId))) {
            seat = live.mySeat(plenaryId);
            voted = seat.voted();
            Notifications.success(getTranslation("plenary.seance.checked-in"));
            show(board.state(plenaryId));
        }
    }

    void vote(MotionChoice choice) {
        if (shownMotion == null) {
            return;
        }
        long motion = shownMotion;
        try {
            live.vote(motion, choice);
            voted = true;
            Notifications.success(getTranslation("plenary.seance.voted"));
        } catch (BusinessException e) {
            Notifications.error(e);
            if ("plenary.error.already-voted".equals(e.getMessageKey())) {
                voted = true;
            }
        }
        show(board.state(plenaryId));
    }

    @Override
    protected String titleKey() {
        return "plenary.seance.title";
    }
}
