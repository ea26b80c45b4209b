package fr.agora.budget.domain;

import fr.agora.shared.domain.BusinessException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;

/**
 * A Classes citoyennes class, managed by its teacher, which submits the class's projects into the Classes
 * citoyennes envelope. It has no field for pupils' personal data, on purpose (DOMAIN.md §7 H 43): the class is a
 * school and a label such as « CM1 B », and the « maire de classe » is a role label, never a name.
 */
@Entity
@Table(name = "budget_class_account")
public class ClassAccount {

    /** The role label shown for the class's elected pupil; no name is ever stored. */
    public static final String MAIRE_DE_CLASSE = "maire de classe";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "teacher_email", nullable = false, length = 254)
    private String teacherEmail;

    @Column(nullable = false, length = 160)
    private String school;

    @Column(name = "class_label", nullable = false, length = 60)
    private String classLabel;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ClassAccount() {
    }

    public ClassAccount(String teacherEmail, String school, String classLabel, Instant createdAt) {
        if (school == null || school.isBlank() || school.length() > 160) {
            throw new BusinessException("budget.class.school");
        }
        if (classLabel == null || classLabel.isBlank() || classLabel.length() > 60) {
            throw new BusinessException("budget.class.label");
        }
        this.teacherEmail = teacherEmail.strip().toLowerCase(Locale.ROOT);
        this.school = school.strip();
        this.classLabel = classLabel.strip();
        this.createdAt = createdAt;
    }

    /** The name shown as the proposal's holder. */
    public String displayName() {
        return classLabel + " — " + school;
    }

    public Long getId() {
        return id;
    }

    public String getTeacherEmail() {
        return teacherEmail;
    }

    public String getSchool() {
        return school;
    }

    public String getClassLabel() {
        return classLabel;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
