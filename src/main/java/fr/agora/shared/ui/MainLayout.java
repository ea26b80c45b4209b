package fr.agora.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.spring.security.AuthenticationContext;
import fr.agora.shared.domain.Role;
import java.util.Locale;

/**
 * The application shell: a header with the portal's name, the language switch and the account menu, and the
 * navigation in a drawer (a side bar on wide screens, an overlay on phones, as {@link AppLayout} does).
 * Links are shown according to the user's roles; the views check access again. Every page has a skip link, a
 * {@code main} landmark around the view and a footer with the legal pages. The layout itself is open to
 * anonymous visitors, because Vaadin checks a route's layouts as well as the route.
 */
@com.vaadin.flow.server.auth.AnonymousAllowed
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final transient AuthenticationContext auth;
    private final transient java.util.List<NavigationEntry> entries;
    private final H1 viewTitle = new H1();
    /** The page's {@code main} landmark, target of the skip link; the routed view goes inside. */
    private final Main main = new Main();
    private HasElement view;

    private final transient LocaleInitListener locales;

    public MainLayout(AuthenticationContext auth, java.util.List<NavigationEntry> entries, LocaleInitListener locales) {
        this.auth = auth;
        this.locales = locales;
        this.entries = entries.stream().sorted(java.util.Comparator.comparingInt(NavigationEntry::order)).toList();
        setPrimarySection(Section.DRAWER);
        addClassName("agora-layout");

        // on a phone too, the menu and the portal's name are words, not only an icon (issue 13): "Menu" beside the
        // icon, "Agora" beside it; the header wraps instead of hiding text, the page title on its own line
        DrawerToggle toggle = new DrawerToggle();
        toggle.setIcon(VaadinIcon.MENU.create());
        toggle.setText(getTranslation("nav.menu.short"));
        toggle.setAriaLabel(getTranslation("nav.menu"));
        toggle.setId("nav-menu");
        Anchor headerBrand = new Anchor("", "Agora");
        headerBrand.setId("header-brand");
        headerBrand.getStyle().set("font-weight", "700").set("font-size", "var(--lumo-font-size-l)")
                .set("color", "var(--lumo-header-text-color)").set("text-decoration", "none")
                .set("padding-inline", "var(--lumo-space-xs)");
        viewTitle.addClassName("agora-view-title");
        viewTitle.getStyle().set("flex", "1 1 100%").set("order", "1").set("margin-block", "0")
                .set("overflow-wrap", "anywhere");
        Component actions = headerActions();
        actions.getElement().getStyle().set("margin-inline-start", "auto").set("flex-wrap", "wrap");
        HorizontalLayout header = new HorizontalLayout(skipLink(), toggle, headerBrand, viewTitle, actions);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.setSpacing(false);
        header.getStyle().set("flex-wrap", "wrap").set("gap", "0 var(--lumo-space-xs)")
                .set("padding", "var(--lumo-space-xs) var(--lumo-space-s)").set("box-sizing", "border-box");
        header.addClassName("agora-header");
        addToNavbar(header);

        Anchor brand = new Anchor("", "Agora");
        brand.addClassName("agora-brand");
        Span city = new Span(getTranslation("app.city"));
        city.addClassName("agora-city");
        addToDrawer(brand, city, navigation());
        SideNav admin = adminNavigation();
        if (!admin.getItems().isEmpty()) {
            addToDrawer(admin);
        }
        main.setId(MAIN_ID);
        main.addClassName("agora-main");
        main.getElement().setAttribute("tabindex", "-1");
        Div content = new Div(main, footer());
        content.addClassName("agora-content");
        setContent(content);
    }

    static final String MAIN_ID = "agora-main";

    /**
     * "Aller au contenu", the first thing a keyboard reaches: moves the focus to the {@code main} landmark. Handled
     * in the browser, since a fragment link would resolve against the router's base address and leave the page.
     */
    private Anchor skipLink() {
        Anchor skip = new Anchor("#" + MAIN_ID, getTranslation("nav.skip"));
        skip.setId("skip-link");
        skip.addClassName("agora-skip-link");
        skip.getElement().executeJs("this.addEventListener('click', e => { e.preventDefault();"
                + " const m = document.getElementById($0); if (m) { m.focus(); m.scrollIntoView(); } });", MAIN_ID);
        return skip;
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        view = content;
        main.getElement().removeAllChildren();
        if (content != null) {
            main.getElement().appendChild(content.getElement());
        }
    }

    @Override
    public void removeRouterLayoutContent(HasElement oldContent) {
        main.getElement().removeAllChildren();
        view = null;
    }

    private Component headerActions() {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        actions.setSpacing(false);
        actions.addClassName("agora-header-actions");
        boolean english = Locale.ENGLISH.getLanguage().equals(getLocale().getLanguage());
        // the visible name is the target language, in that language (and marked as such for screen readers)
        Button language = headerButton(english ? "Français" : "English", VaadinIcon.GLOBE,
                () -> locales.switchTo(english ? I18nProvider.FRENCH : I18nProvider.ENGLISH));
        language.getElement().setAttribute("lang", english ? "fr" : "en");
        language.setTooltipText(getTranslation("nav.language"));
        language.setId("language-switch");
        actions.add(language);
        if (auth.isAuthenticated()) {
            Button profile = headerButton(getTranslation("nav.profile"), VaadinIcon.USER, () -> UI.getCurrent().navigate("profil"));
            profile.setId("nav-profile");
            Button logout = headerButton(getTranslation("nav.logout"), VaadinIcon.SIGN_OUT, auth::logout);
            logout.setId("logout");
            actions.add(profile, logout);
        } else {
            Button login = headerButton(getTranslation("nav.login"), VaadinIcon.SIGN_IN, () -> UI.getCurrent().navigate("login"));
            login.setId("nav-login");
            actions.add(login);
        }
        return actions;
    }

    /**
     * A header button with an icon and its text, shown at every width (phones included: the header wraps), the text
     * being the accessible name.
     */
    private static Button headerButton(String text, VaadinIcon icon, Runnable action) {
        Span label = new Span(text);
        label.getStyle().set("white-space", "nowrap");
        Button button = new Button(icon.create(), e -> action.run());
        button.getElement().appendChild(label.getElement());
        button.setAriaLabel(text);
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    private SideNav navigation() {
        SideNav nav = new SideNav();
        nav.setLabel(getTranslation("nav.label"));
        nav.addItem(new SideNavItem(getTranslation("nav.home"), "", VaadinIcon.HOME.create()));
        nav.addItem(new SideNavItem(getTranslation("nav.territories"), "territoires", VaadinIcon.MAP_MARKER.create()));
        nav.addItem(RouteTarget.of(SearchView.class).navItem(getTranslation("nav.search"), VaadinIcon.SEARCH));
        entries.stream().filter(e -> !e.admin() && visible(e))
                .forEach(e -> nav.addItem(e.item(getTranslation(e.labelKey()))));
        if (!auth.isAuthenticated()) {
            nav.addItem(RouteTarget.of(LoginView.class).navItem(getTranslation("nav.login"), VaadinIcon.SIGN_IN));
            nav.addItem(RouteTarget.of(RegisterView.class).navItem(getTranslation("nav.register"), VaadinIcon.USER_CHECK));
        } else {
            nav.addItem(RouteTarget.of(MySpaceView.class).navItem(getTranslation("nav.myspace"), VaadinIcon.HOME_O));
            nav.addItem(new SideNavItem(getTranslation("nav.profile"), "profil", VaadinIcon.USER.create()));
        }
        nav.addItem(new SideNavItem(getTranslation("nav.privacy"), "confidentialite", VaadinIcon.LOCK.create()));
        return nav;
    }

    /**
     * A separate, labelled navigation for staff and admins (a nested expandable item fails axe's ARIA checks).
     */
    private SideNav adminNavigation() {
        SideNav admin = new SideNav(getTranslation("nav.admin"));
        admin.setId("admin-nav");
        if (java.util.stream.Stream.of(Role.Names.STAFF, Role.Names.ADMIN, Role.Names.MODERATOR, Role.Names.DRAW_OPERATOR)
                .anyMatch(auth::hasRole)) {
            admin.addItem(RouteTarget.of(StaffDashboardView.class).navItem(getTranslation("nav.dashboard"),
                    VaadinIcon.DASHBOARD));
        }
        entries.stream().filter(e -> e.admin() && visible(e))
                .forEach(e -> admin.addItem(e.item(getTranslation(e.labelKey()))));
        if (auth.hasRole(Role.Names.ADMIN)) {
            admin.addItem(new SideNavItem(getTranslation("nav.admin.users"), "admin/utilisateurs", VaadinIcon.USERS.create()));
            admin.addItem(new SideNavItem(getTranslation("nav.admin.territories"), "admin/territoires", VaadinIcon.MAP_MARKER.create()));
            admin.addItem(new SideNavItem(getTranslation("nav.admin.audit"), "admin/journal", VaadinIcon.RECORDS.create()));
            admin.addItem(new SideNavItem(getTranslation("nav.admin.outbox"), "admin/courriels", VaadinIcon.ENVELOPE.create()));
        }
        return admin;
    }

    private boolean visible(NavigationEntry entry) {
        return entry.visibleTo(auth::hasRole);
    }

    /** The footer of every page: the legal pages, the site map and the help, then the portal's line. */
    private Footer footer() {
        UnorderedList links = new UnorderedList();
        links.addClassName("agora-footer-links");
        LegalPages.FOOTER.forEach(p -> links.add(new ListItem(RouteTarget.of(p.view()).link(getTranslation(p.labelKey())))));
        Nav nav = new Nav(links);
        nav.getElement().setAttribute("aria-label", getTranslation("footer.label"));
        Footer footer = new Footer(nav, new Span(getTranslation("app.footer")));
        footer.addClassName("agora-footer");
        footer.setId("agora-footer");
        return footer;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        String title = view instanceof HasDynamicTitle t ? t.getPageTitle() : "Agora";
        viewTitle.setText(title.replace(" — Agora", ""));
        if (view instanceof Component c) {
            FormMemory.restore(c, event.getLocation().getPathWithQueryParameters());
            PasswordReveal.localise(c);
        }
    }
}
