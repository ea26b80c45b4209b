package fr.agora.shared.ui;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Short help in plain French: how to apply to a conseil citoyen, how to propose, how to vote. */
@Route(value = "aide", layout = MainLayout.class)
@AnonymousAllowed
public class HelpView extends TextPageView {

    public HelpView() {
        section("help-apply", "help.apply.title", "help.apply.1", "help.apply.2", "help.apply.3");
        section("help-propose", "help.propose.title", "help.propose.1", "help.propose.2");
        section("help-vote", "help.vote.title", "help.vote.1", "help.vote.2", "help.vote.3");
        section("help-more", "help.more.title", "help.more");
    }

    @Override
    protected String titleKey() {
        return "help.title";
    }
}
