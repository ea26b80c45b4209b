package fr.agora.plenary.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.agora.plenary.service.LiveBoard;
import fr.agora.plenary.service.LiveState;
import fr.agora.shared.domain.BusinessException;

/**
 * The projector of the room: the current motion and its live count in large type, white on black, without the
 * portal's menus. It shows counts only; a secret motion's voters are never shown (the state has none), an open one's
 * names once it is closed.
 */
@Route("pleniere/:plenaryId([0-9]+)/projection")
@AnonymousAllowed
public class ProjectorView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final LiveBoard board;
    long plenaryId;
    final H1 title = new H1();
    final Div content = new Div();

    public ProjectorView(LiveBoard board) {
        this.board = board;
        setId("projector");
        getStyle().set("background", "#000").set("color", "#fff").set("min-height", "100vh").set("padding", "2rem")
                .set("box-sizing", "border-box").set("font-size", "2.5rem").set("display", "block");
        title.getStyle().set("font-size", "3.5rem").set("margin", "0 0 1rem 0").set("color", "#fff");
        content.getStyle().set("font-size", "2.5rem");
        add(title, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            plenaryId = Long.parseLong(event.getRouteParameters().get("plenaryId").orElse("0"));
            show(board.state(plenaryId));
        } catch (BusinessException | NumberFormatException e) {
            event.rerouteToError(NotFoundException.class, getTranslation("plenary.unknown"));
        }
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        LiveSubscription.follow(this, attach, board, plenaryId, this::show);
    }

    void show(LiveState s) {
        title.setText(s.title());
        content.removeAll();
        content.add(PlenaryUi.tally(this, s, true));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("plenary.projector.title") + " — Agora";
    }
}
