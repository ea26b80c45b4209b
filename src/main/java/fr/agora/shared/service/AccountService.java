package fr.agora.shared.service;

import fr.agora.shared.domain.AccountToken;
import fr.agora.shared.domain.AccountTokenRepository;
import fr.agora.shared.domain.AuditEventRepository;
import fr.agora.shared.domain.BusinessException;
import fr.agora.shared.domain.EmailAddress;
import fr.agora.shared.domain.MailMessageRepository;
import fr.agora.shared.domain.PasswordPolicy;
import fr.agora.shared.domain.Role;
import fr.agora.shared.domain.Territory;
import fr.agora.shared.domain.TerritoryRepository;
import fr.agora.shared.domain.TokenPurpose;
import fr.agora.shared.domain.UserAccount;
import fr.agora.shared.domain.UserAccountRepository;
import fr.agora.shared.security.LoginThrottle;
import fr.agora.shared.security.RateLimitExceededException;
import fr.agora.shared.security.RateLimiter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A resident's own account: registration, e-mail verification, password reset, profile, data export and
 * deletion. Every step is audited.
 */
@Service
public class AccountService {

    /** Version of the processing notice a registration consents to. */
    public static final String NOTICE_VERSION = "2026-11";

    private final UserAccountRepository users;
    private final AccountTokenRepository tokens;
    private final TerritoryRepository territories;
    private final AuditEventRepository auditEvents;
    private final MailMessageRepository mails;
    private final PasswordEncoder encoder;
    private final MailService mail;
    private final AuditService audit;
    private final Clock clock;
    private final String publicUrl;
    private final List<PersonalData> features;
    private final RateLimiter limiter;
    private final LoginThrottle throttle;
    private final SessionStamps sessions;

    AccountService(UserAccountRepository users, AccountTokenRepository tokens, TerritoryRepository territories,
            AuditEventRepository auditEvents, MailMessageRepository mails, PasswordEncoder encoder, MailService mail,
            AuditService audit, Clock clock, @Value("${agora.public-url}") String publicUrl, List<PersonalData> features,
            RateLimiter limiter, LoginThrottle throttle, SessionStamps sessions) {
        this.features = features;
        this.limiter = limiter;
        this.throttle = throttle;
        this.sessions = sessions;
        this.users = users;
        this.tokens = tokens;
        this.territories = territories;
        this.auditEvents = auditEvents;
        this.mails = mails;
        this.encoder = encoder;
        this.mail = mail;
        this.audit = audit;
        this.clock = clock;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /**
     * Creates a resident account, unverified, and mails the verification link. When the address already has an
     * account, nothing is created and its owner gets a mail instead (a new verification link if the address was
     * never verified): the person registering sees the same answer either way, so that the form cannot tell
     * who has an account.
     *
     * @throws BusinessException {@code register.email-invalid}, {@code register.name-required},
     *                           {@code register.consent-required}, a {@code password.*} key, or
     *                           {@code rate.limited} ({@link RateLimitExceededException})
     */
    @Transactional
    public void register(RegistrationRequest request) {
        String email = EmailAddress.normalise(request.email());
        limiter.check(RateLimiter.Action.REGISTER, email);
        if (!EmailAddress.isValid(email)) {
            throw new BusinessException("register.email-invalid");
        }
        String name = request.displayName() == null ? "" : request.displayName().strip();
        if (name.isEmpty() || name.length() > 120) {
            throw new BusinessException("register.name-required");
        }
        if (!request.consent()) {
            throw new BusinessException("register.consent-required");
        }
        List<String> problems = PasswordPolicy.problems(request.password(), email);
        if (!problems.isEmpty()) {
            throw new BusinessException(problems.getFirst());
        }
        String hash = encoder.encode(request.password()); // in both cases, so that the answer takes as long
        Optional<UserAccount> existing = users.findByEmail(email);
        if (existing.isPresent()) {
            audit.recordRefusal(CurrentUser.ANONYMOUS, "ACCOUNT_REGISTER", "user", existing.get().getId(),
                    Map.of("reason", "email-taken"));
            tellExistingOwner(existing.get());
            return;
        }
        Instant now = clock.instant();
        UserAccount user = new UserAccount(email, name, hash, now);
        user.consent(NOTICE_VERSION, now);
        user.updateProfile(name, quartier(request.quartierId()), locale(request.locale()));
        users.save(user);
        audit.recordAs(email, "ACCOUNT_REGISTERED", "user", user.getId(), Map.of("consentVersion", NOTICE_VERSION));
        sendVerification(user);
    }

    private void tellExistingOwner(UserAccount user) {
        if (!user.isEmailVerified() && user.isEnabled()) {
            sendVerification(user);
            return;
        }
        mail.send(user.getEmail(), "Agora : vous avez déjà un compte",
                "Bonjour,\n\nQuelqu'un, peut-être vous, a demandé à créer un compte Agora avec cette adresse, qui en a "
                        + "déjà un. Rien n'a été créé ni modifié.\n\n"
                        + "Pour vous connecter : " + publicUrl + "/login\n"
                        + "Mot de passe oublié : " + publicUrl + "/mot-de-passe-oublie\n\n"
                        + "Si ce n'était pas vous, ignorez ce message.\n\n"
                        + "— Someone tried to create an Agora account with this address, which already has one. "
                        + "Nothing was changed.\n");
    }

    private void sendVerification(UserAccount user) {
        String token = issueToken(user, TokenPurpose.VERIFY_EMAIL);
        String link = publicUrl + "/verification?jeton=" + token;
        mail.send(user.getEmail(), "Agora : confirmez votre adresse électronique",
                "Bonjour " + user.getDisplayName() + ",\n\n"
                        + "Pour activer votre compte Agora, ouvrez ce lien (valable 48 heures) :\n" + link + "\n\n"
                        + "Si vous n'avez pas créé de compte, ignorez ce message.\n\n"
                        + "— To activate your Agora account, open the link above (valid for 48 hours).\n", token);
    }

    /** A new one-time token; the account's earlier unused tokens for the same purpose stop working. */
    private String issueToken(UserAccount user, TokenPurpose purpose) {
        String token = Tokens.newToken();
        tokens.revokeUnused(user, purpose, clock.instant());
        tokens.save(new AccountToken(user, purpose, Tokens.hash(token), clock.instant()));
        return token;
    }

    /** Marks the account's e-mail as verified. @throws BusinessException {@code token.invalid} */
    @Transactional
    public void verifyEmail(String token) {
        AccountToken t = usableToken(token, TokenPurpose.VERIFY_EMAIL);
        t.use(clock.instant());
        t.getUser().verifyEmail();
        audit.recordAs(t.getUser().getEmail(), "ACCOUNT_EMAIL_VERIFIED", "user", t.getUser().getId(), null);
    }

    /**
     * Mails a password-reset link if an active account has this address. Says nothing about whether one exists,
     * so that the form cannot be used to find out who has an account.
     */
    @Transactional
    public void requestPasswordReset(String email) {
        String normalised = EmailAddress.normalise(email);
        limiter.check(RateLimiter.Action.PASSWORD_RESET, normalised);
        Optional<UserAccount> user = normalised == null ? Optional.empty() : users.findByEmail(normalised);
        if (user.isEmpty() || !user.get().isEnabled()) {
            audit.recordAs(CurrentUser.ANONYMOUS, "PASSWORD_RESET_UNKNOWN", "user", normalised, null);
            return;
        }
        String token = issueToken(user.get(), TokenPurpose.RESET_PASSWORD);
        mail.send(user.get().getEmail(), "Agora : réinitialisation du mot de passe",
                "Bonjour,\n\nPour choisir un nouveau mot de passe, ouvrez ce lien (valable une heure) :\n"
                        + publicUrl + "/reinitialisation?jeton=" + token + "\n\n"
                        + "Si vous n'avez rien demandé, ignorez ce message : votre mot de passe ne change pas.\n", token);
        audit.recordAs(user.get().getEmail(), "PASSWORD_RESET_REQUESTED", "user", user.get().getId(), null);
    }

    /**
     * Sets a new password from a reset token: every other reset link of the account stops working, every open
     * session of the account ends, and the login delay of failed attempts on the address is lifted.
     */
    @Transactional
    public void resetPassword(String token, String newPassword) {
        AccountToken t = usableToken(token, TokenPurpose.RESET_PASSWORD);
        UserAccount user = t.getUser();
        List<String> problems = PasswordPolicy.problems(newPassword, user.getEmail());
        if (!problems.isEmpty()) {
            throw new BusinessException(problems.getFirst());
        }
        t.use(clock.instant());
        tokens.revokeUnused(user, TokenPurpose.RESET_PASSWORD, clock.instant());
        user.changePassword(encoder.encode(newPassword));
        user.registerSuccessfulLogin(clock.instant());
        throttle.clear(user.getEmail()); // the owner proved control of the mailbox
        user.verifyEmail();
        audit.recordAs(user.getEmail(), "PASSWORD_RESET", "user", user.getId(), null);
    }

    private AccountToken usableToken(String token, TokenPurpose purpose) {
        if (token == null || token.isBlank() || token.length() > 100) {
            throw new BusinessException("token.invalid");
        }
        return tokens.findByTokenHashAndPurpose(Tokens.hash(token.strip()), purpose)
                .filter(t -> t.isUsable(clock.instant()))
                .orElseThrow(() -> {
                    audit.recordRefusal(CurrentUser.actor(), "TOKEN_REJECTED", "token", purpose.name(), null);
                    return new BusinessException("token.invalid");
                });
    }

    /** The logged-in user's profile. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public ProfileData myProfile() {
        UserAccount user = me();
        Territory q = user.getQuartier();
        return new ProfileData(user.getId(), user.getEmail(), user.getDisplayName(), q == null ? null : q.getId(),
                q == null ? null : q.getName(), user.getLocale(), user.getRoles(), user.getCreatedAt(),
                user.getConsentAt(), user.getConsentVersion());
    }

    /** Updates the logged-in user's name, quartier and language. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void updateMyProfile(String displayName, Long quartierId, String locale) {
        String name = displayName == null ? "" : displayName.strip();
        if (name.isEmpty() || name.length() > 120) {
            throw new BusinessException("register.name-required");
        }
        UserAccount user = me();
        Territory wanted = quartier(quartierId);
        Long current = user.getQuartier() == null ? null : user.getQuartier().getId();
        Long next = wanted == null ? null : wanted.getId();
        if (user.getRoles().contains(Role.COMMITTEE_OFFICER) && !java.util.Objects.equals(current, next)) {
            // a comité officer's quartier is the comité they act for: changing it would let them designate for another
            audit.recordRefusal(user.getEmail(), "PROFILE_UPDATED", "user", user.getId(),
                    Map.of("reason", "comité officer's quartier is set by an administrator"));
            throw new BusinessException("profile.error.officer-quartier");
        }
        user.updateProfile(name, wanted, locale(locale));
        audit.record("PROFILE_UPDATED", "user", user.getId(), null);
    }

    /** Changes the logged-in user's password, after checking the current one. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void changeMyPassword(String currentPassword, String newPassword) {
        UserAccount user = me();
        if (currentPassword == null || !encoder.matches(currentPassword, user.getPasswordHash())) {
            audit.recordRefusal(user.getEmail(), "PASSWORD_CHANGE", "user", user.getId(), Map.of("reason", "wrong-password"));
            throw new BusinessException("password.wrong-current");
        }
        List<String> problems = PasswordPolicy.problems(newPassword, user.getEmail());
        if (!problems.isEmpty()) {
            throw new BusinessException(problems.getFirst());
        }
        user.changePassword(encoder.encode(newPassword));
        sessions.keepCurrentSession(user.getSecurityStamp()); // this session stays open, the others end
        audit.record("PASSWORD_CHANGED", "user", user.getId(), null);
    }

    /** Everything Agora holds about the logged-in user, as JSON (right of access and portability). */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public byte[] exportMyData() {
        UserAccount user = me();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("exportedAt", clock.instant().toString());
        data.put("account", Map.of(
                "id", user.getId(),
                "email", user.getEmail(),
                "displayName", user.getDisplayName(),
                "quartier", user.getQuartier() == null ? "" : user.getQuartier().getName(),
                "locale", user.getLocale(),
                "roles", user.getRoles().stream().map(Enum::name).sorted().toList(),
                "createdAt", String.valueOf(user.getCreatedAt()),
                "lastLoginAt", String.valueOf(user.getLastLoginAt()),
                "consent", Map.of("version", String.valueOf(user.getConsentVersion()), "at", String.valueOf(user.getConsentAt()))));
        data.put("activity", auditEvents.findByActorOrderByOccurredAtAsc(user.getEmail()).stream()
                .map(e -> Map.of("at", e.getOccurredAt().toString(), "action", e.getAction(),
                        "target", e.getTargetType() + ":" + e.getTargetId()))
                .toList());
        data.put("mails", mails.findByRecipientOrderByCreatedAtDesc(user.getEmail()).stream()
                .map(m -> Map.of("at", m.getCreatedAt().toString(), "subject", m.getSubject()))
                .toList());
        PersonalData.Person person = new PersonalData.Person(user.getId(), user.getEmail());
        features.stream().sorted(java.util.Comparator.comparing(PersonalData::key))
                .forEach(f -> data.put(f.key(), f.export(person)));
        audit.record("ACCOUNT_DATA_EXPORTED", "user", user.getId(), null);
        JsonMapper mapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
        return mapper.writeValueAsString(data).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Deletes the logged-in user's account after checking the password: personal data are erased, the
     * anonymous row stays so that counts it contributed to are unchanged.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void deleteMyAccount(String password) {
        UserAccount user = me();
        if (password == null || !encoder.matches(password, user.getPasswordHash())) {
            audit.recordRefusal(user.getEmail(), "ACCOUNT_DELETE", "user", user.getId(), Map.of("reason", "wrong-password"));
            throw new BusinessException("password.wrong-current");
        }
        long id = user.getId();
        PersonalData.Person person = new PersonalData.Person(id, user.getEmail());
        features.forEach(f -> f.erase(person));
        tokens.deleteByUser(user);
        user.anonymise(encoder.encode(Tokens.newToken()), clock.instant());
        audit.recordAs("utilisateur#" + id, "ACCOUNT_DELETED", "user", id, null);
    }

    private UserAccount me() {
        String email = CurrentUser.email().orElseThrow(() -> new BusinessException("auth.required"));
        return users.findByEmail(email).orElseThrow(() -> new BusinessException("auth.required"));
    }

    private Territory quartier(Long id) {
        return id == null ? null : territories.findById(id).orElseThrow(() -> new BusinessException("territory.unknown"));
    }

    private static String locale(String locale) {
        return "en".equals(locale) ? "en" : "fr";
    }
}
