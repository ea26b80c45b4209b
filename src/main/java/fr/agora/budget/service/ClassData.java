package fr.agora.budget.service;

import fr.agora.budget.domain.ClassAccount;

/** A Classes citoyennes class account (a school and a label; never a pupil's name). */
public record ClassData(long id, String teacherEmail, String school, String classLabel) {

    public String displayName() {
        return classLabel + " — " + school;
    }

    static ClassData of(ClassAccount c) {
        return new ClassData(c.getId(), c.getTeacherEmail(), c.getSchool(), c.getClassLabel());
    }
}
