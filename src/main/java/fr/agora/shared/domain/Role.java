package fr.agora.shared.domain;

/**
 * The portal's roles. A resident who registers gets {@link #RESIDENT}; admins grant the others.
 * Spring Security sees each as the authority {@code ROLE_<name>}.
 */
public enum Role {
    RESIDENT,
    COUNCIL_MEMBER,
    COMMITTEE_OFFICER,
    DRAW_OPERATOR,
    MODERATOR,
    SERVICE_REVIEWER,
    PARTNER,
    STAFF,
    ELECTED,
    ADMIN;

    /** The Spring Security authority, {@code ROLE_<name>}. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** Constants for annotations such as {@code @RolesAllowed(Role.Names.ADMIN)}. */
    public static final class Names {
        public static final String RESIDENT = "RESIDENT";
        public static final String COUNCIL_MEMBER = "COUNCIL_MEMBER";
        public static final String COMMITTEE_OFFICER = "COMMITTEE_OFFICER";
        public static final String DRAW_OPERATOR = "DRAW_OPERATOR";
        public static final String MODERATOR = "MODERATOR";
        public static final String SERVICE_REVIEWER = "SERVICE_REVIEWER";
        public static final String PARTNER = "PARTNER";
        public static final String STAFF = "STAFF";
        public static final String ELECTED = "ELECTED";
        public static final String ADMIN = "ADMIN";

        private Names() {
        }
    }
}
