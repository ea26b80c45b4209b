package fr.agora.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
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
 * Links are shown according to the user's roles; the views check access again. The layout itself is open to
 * anonymous visitors, because Vaadin checks a route's layouts as well as the route.
 */
@com.vaadin.flow.server.auth.AnonymousAllowed
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final transient AuthenticationContext auth;
    private final transient java.util.List<NavigationEntry> entries;
    private final H1 viewTitle = new H1();

    public MainLayout(AuthenticationContext auth, java.util.List<NavigationEntry> entries) {
        this.auth = auth;
        this.entries = entries.stream().sorted(java.util.Comparator.comparingInt(NavigationEntry::order)).toList();
        setPrimarySection(Section.DRAWER);
        addClassName("agora-layout");

        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("nav.menu"));
        viewTitle.addClassName("agora-view-title");
        HorizontalLayout header = new HorizontalLayout(toggle, viewTitle, headerActions());
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.expand(viewTitle);
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
        addToDrawer(footer());
    }

    private Component headerActions() {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        actions.setSpacing(false);
        actions.addClassName("agora-header-actions");
        boolean english = Locale.ENGLISH.getLanguage().equals(getLocale().getLanguage());
        // the visible name is the target language, in that language (and marked as such for screen readers)
        Button language = headerButton(english ? "Français" : "English", VaadinIcon.GLOBE,
                () -> LocaleInitListener.choose(english ? I18nProvider.FRENCH : I18nProvider.ENGLISH));
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
     * A header button with an icon and a text that phones hide (CSS), keeping the text as the accessible name so
     * that the visible label, when shown, is part of it.
     */
    private static Button headerButton(String text, VaadinIcon icon, Runnable action) {
        Span label = new Span(text);
        label.addClassName("agora-collapsible-label");
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
        entries.stream().filter(e -> !e.admin() && visible(e))
                .forEach(e -> nav.addItem(e.item(getTranslation(e.labelKey()))));
        if (!auth.isAuthenticated()) {
            nav.addItem(new SideNavItem(getTranslation("nav.register"), "inscription", VaadinIcon.USER_CHECK.create()));
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

    private Footer footer() {
        Footer footer = new Footer(new Span(getTranslation("app.footer")));
        footer.addClassName("agora-footer");
        return footer;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        Component content = getContent();
        String title = content instanceof HasDynamicTitle t ? t.getPageTitle() : "Agora";
        viewTitle.setText(title.replace(" — Agora", ""));
    }
}
